import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { z } from 'zod';
import { sessionRevoked } from '@oms/contracts';
import {
  hashPassword,
  needsRehash,
  passwordWeakness,
  saveRevokedSession,
  verifyPassword,
  type AccessTokenIssuer,
  type Principal,
} from '@oms/auth';
import type { Transaction, UnitOfWork, EventContext } from '@oms/messaging';
import { fail, ok, parseInput, userError, type Result } from '@oms/server';
import { afterFailure, isLocked, type ThrottleRule, type ThrottleState } from '../../domain/login-throttle';
import type { AuthRepository } from '../../persistence/auth.repository';
import type { CredentialStore } from './credentials';

/** The typed errors of authentication. */
export const AuthErrorCode = {
  /** Wrong email or password, or an inactive account: deliberately one code for all three. */
  INVALID_CREDENTIALS: 'INVALID_CREDENTIALS',
  /** Too many failed logins for this email address; try again later. */
  LOGIN_LOCKED: 'LOGIN_LOCKED',
  /** Unknown, spent, expired or revoked refresh token. */
  INVALID_REFRESH_TOKEN: 'INVALID_REFRESH_TOKEN',
  /** The call has no session to end or change. */
  NO_SESSION: 'NO_SESSION',
  WEAK_PASSWORD: 'WEAK_PASSWORD',
} as const;

/** What a login or refresh hands the client. */
export interface AuthTokens {
  tokenType: 'Bearer';
  accessToken: string;
  accessTokenExpiresAt: Date;
  refreshToken: string;
  refreshTokenExpiresAt: Date;
}

/** Why a session ended (recorded on it and in the `session.revoked` event). */
export type RevocationReason = 'LOGOUT' | 'REFRESH_TOKEN_REUSE' | 'PASSWORD_CHANGED' | 'PASSWORD_RESET';

export interface AuthenticationSettings {
  sessionHours: number;
  throttle: ThrottleRule;
}

const loginInput = z.object({
  email: z.string().trim().min(1, 'email is required').max(254),
  password: z.string().min(1, 'password is required').max(1024),
});
const refreshInput = z.object({ refreshToken: z.string().min(1, 'refreshToken is required').max(200) });
const changePasswordInput = z.object({
  currentPassword: z.string().min(1, 'currentPassword is required').max(1024),
  newPassword: z.string().max(1024),
});

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const invalidCredentials = () =>
  userError(AuthErrorCode.INVALID_CREDENTIALS, 'The email or password is not correct.');
const invalidRefresh = () =>
  userError(AuthErrorCode.INVALID_REFRESH_TOKEN, 'The refresh token is not valid. Sign in again.', [
    'input',
    'refreshToken',
  ]);

/**
 * Login, session renewal, logout and password change. Sessions are refresh-token families: every refresh
 * spends its token and issues the next one; presenting a spent token again means it was stolen (or replayed),
 * so the whole family is revoked and every service hears of it (`session.revoked`).
 */
export class Authentication {
  /** Verified against when no account has the email, so both cases cost the same time. */
  private readonly decoy: Promise<string> = hashPassword(randomBytes(16).toString('hex'));

  constructor(
    private readonly uow: UnitOfWork,
    private readonly sessions: AuthRepository,
    private readonly credentials: CredentialStore,
    private readonly tokens: Promise<AccessTokenIssuer>,
    private readonly settings: AuthenticationSettings,
  ) {}

  /** Signs in with email and password. No answer tells whether an account has the email. */
  async login(context: EventContext, raw: unknown): Promise<Result<AuthTokens>> {
    const parsed = parseInput(loginInput, raw);
    if (!parsed.ok) return parsed;
    const email = parsed.value.email.toLowerCase();
    const emailKey = sha256(email);
    const now = new Date();
    const attempt = await this.countAttempt(context, emailKey, now);
    if (attempt.refused) return fail(this.locked(attempt.state.lockedUntil as Date));

    const account = await this.uow.run(context, (tx) => this.credentials.byEmail(tx.em, email));
    const hash = account?.passwordHash ?? (await this.decoy);
    const matches = await verifyPassword(parsed.value.password, hash);
    if (!account || !matches || !account.active) {
      const { state } = attempt;
      return fail(isLocked(state, now) ? this.locked(state.lockedUntil as Date) : invalidCredentials());
    }
    return this.uow.run(context, async (tx) => {
      await this.sessions.clearThrottle(tx.em, emailKey);
      if (needsRehash(account.passwordHash))
        await this.credentials.setPasswordHash(
          tx.em,
          account.userId,
          await hashPassword(parsed.value.password),
          now,
        );
      const session = {
        id: randomUUID(),
        userId: account.userId,
        createdAt: now,
        expiresAt: new Date(now.getTime() + this.settings.sessionHours * 3_600_000),
        revokedAt: null,
        revokedReason: null,
      };
      await this.sessions.saveSession(tx.em, session);
      return ok(await this.issue(tx, session, now));
    });
  }

  /** Exchanges a refresh token for a new access token and the next refresh token of the same session. */
  async refresh(context: EventContext, raw: unknown): Promise<Result<AuthTokens>> {
    const parsed = parseInput(refreshInput, raw);
    if (!parsed.ok) return parsed;
    const tokenHash = sha256(parsed.value.refreshToken);
    const now = new Date();
    return this.uow.run(context, async (tx) => {
      const token = await this.sessions.refreshToken(tx.em, tokenHash);
      if (!token) return fail(invalidRefresh());
      const session = await this.sessions.session(tx.em, token.sessionId);
      if (!session || session.revokedAt || session.expiresAt.getTime() <= now.getTime())
        return fail(invalidRefresh());
      // Only one exchange of a token can win; a second one is reuse, whether sequential or concurrent.
      const spent = await this.sessions.spendRefreshToken(tx.em, tokenHash, now);
      if (!spent) {
        await this.revoke(tx, session, 'REFRESH_TOKEN_REUSE', now);
        return fail(invalidRefresh());
      }
      const account = await this.credentials.byUserId(tx.em, session.userId);
      if (!account?.active) return fail(invalidRefresh());
      return ok(await this.issue(tx, session, now));
    });
  }

  /** Ends the caller's session: its refresh token stops working and its access tokens are refused. */
  async logout(context: EventContext, principal: Principal): Promise<Result<true>> {
    if (!principal.sessionId)
      return fail(userError(AuthErrorCode.NO_SESSION, 'This call belongs to no session.'));
    const sessionId = principal.sessionId;
    return this.uow.run(context, async (tx) => {
      const session = await this.sessions.session(tx.em, sessionId);
      if (!session) return fail(userError(AuthErrorCode.NO_SESSION, 'This call belongs to no session.'));
      if (!session.revokedAt) await this.revoke(tx, session, 'LOGOUT', new Date());
      return ok(true as const);
    });
  }

  /** Changes the caller's password after checking the current one; every other session of the user ends. */
  async changePassword(context: EventContext, principal: Principal, raw: unknown): Promise<Result<true>> {
    const parsed = parseInput(changePasswordInput, raw);
    if (!parsed.ok) return parsed;
    const userId = principal.userId;
    if (!userId) return fail(userError(AuthErrorCode.NO_SESSION, 'Sign in to change your password.'));
    const weakness = passwordWeakness(parsed.value.newPassword);
    if (weakness)
      return fail(
        userError(AuthErrorCode.WEAK_PASSWORD, `The new password ${weakness}.`, ['input', 'newPassword']),
      );
    // Guessing the current password here counts against the same address as guessing it at login, so a
    // stolen access token cannot be used to try passwords without being locked out.
    const emailKey = sha256((principal.snapshot?.email ?? userId).toLowerCase());
    const now = new Date();
    const attempt = await this.countAttempt(context, emailKey, now);
    if (attempt.refused) return fail(this.locked(attempt.state.lockedUntil as Date));
    const account = await this.uow.run(context, (tx) => this.credentials.byUserId(tx.em, userId));
    if (!account || !(await verifyPassword(parsed.value.currentPassword, account.passwordHash)))
      return fail(
        userError(AuthErrorCode.INVALID_CREDENTIALS, 'The current password is not correct.', [
          'input',
          'currentPassword',
        ]),
      );
    const hash = await hashPassword(parsed.value.newPassword);
    return this.uow.run(context, async (tx) => {
      await this.sessions.clearThrottle(tx.em, emailKey);
      await this.credentials.setPasswordHash(tx.em, userId, hash, now);
      await this.endSessionsOf(tx, userId, 'PASSWORD_CHANGED', principal.sessionId);
      return ok(true as const);
    });
  }

  /**
   * Counts one password attempt for an address before the password is checked, under the address's row lock,
   * so that guesses sent in parallel cannot all be checked before the lock; a success clears the count.
   * Refused when the address is locked.
   */
  private async countAttempt(
    context: EventContext,
    key: string,
    now: Date,
  ): Promise<{ refused: boolean; state: ThrottleState }> {
    await this.sessions.ensureThrottle(key);
    return this.uow.run(context, async (tx) => {
      const state = await this.sessions.lockThrottle(tx.em, key);
      if (isLocked(state, now)) return { refused: true, state };
      const next = afterFailure(state, now, this.settings.throttle);
      await this.sessions.saveThrottle(tx.em, key, next);
      return { refused: false, state: next };
    });
  }

  /** Ends every live session of a user except `keep` (an admin's password reset ends them all). */
  async endSessionsOf(
    tx: Transaction,
    userId: string,
    reason: RevocationReason,
    keep: string | null = null,
  ): Promise<void> {
    const now = new Date();
    for (const session of await this.sessions.liveSessionsOf(tx.em, userId, now))
      if (session.id !== keep) await this.revoke(tx, session, reason, now);
  }

  private async issue(
    tx: Transaction,
    session: { id: string; userId: string; expiresAt: Date },
    now: Date,
  ): Promise<AuthTokens> {
    const refreshToken = randomBytes(32).toString('base64url');
    await this.sessions.saveRefreshToken(tx.em, {
      tokenHash: sha256(refreshToken),
      sessionId: session.id,
      issuedAt: now,
      usedAt: null,
    });
    const access = await (await this.tokens).issue({ userId: session.userId, sessionId: session.id });
    return {
      tokenType: 'Bearer',
      accessToken: access.token,
      accessTokenExpiresAt: access.expiresAt,
      refreshToken,
      refreshTokenExpiresAt: session.expiresAt,
    };
  }

  private async revoke(
    tx: Transaction,
    session: { id: string; userId: string },
    reason: RevocationReason,
    now: Date,
  ): Promise<void> {
    await this.sessions.markRevoked(tx.em, session.id, reason, now);
    // Access tokens of the session live at most one token lifetime more; until then services refuse them.
    const expiresAt = new Date(now.getTime() + (await this.tokens).ttlSeconds * 1000);
    const revoked = { sessionId: session.id, userId: session.userId, reason, expiresAt };
    await saveRevokedSession(tx.em, revoked);
    await tx.events.publish(sessionRevoked, session.id, { ...revoked, expiresAt: expiresAt.toISOString() });
  }

  private locked(until: Date) {
    const minutes = Math.max(1, Math.ceil((until.getTime() - Date.now()) / 60_000));
    return userError(
      AuthErrorCode.LOGIN_LOCKED,
      `Too many failed sign-ins for this email address. Try again in ${minutes} minute(s).`,
    );
  }
}
