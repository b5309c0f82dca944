import { EntitySchema } from 'typeorm';

/** A login session: one refresh-token family, from a login until logout, expiry or revocation. */
export interface AuthSessionRow {
  id: string;
  userId: string;
  createdAt: Date;
  expiresAt: Date;
  revokedAt: Date | null;
  revokedReason: string | null;
}

/** One refresh token of a session, stored as its SHA-256 only; `usedAt` is set when it is exchanged. */
export interface RefreshTokenRow {
  tokenHash: string;
  sessionId: string;
  issuedAt: Date;
  usedAt: Date | null;
}

/** Failed-login bookkeeping for one email address (by its SHA-256, whether or not an account has it). */
export interface LoginThrottleRow {
  emailKey: string;
  failures: number;
  lockedUntil: Date | null;
  lastFailureAt: Date | null;
}

const instant = (name: string, nullable = false) =>
  ({ name, type: 'datetime', precision: 3, nullable }) as const;

export const AuthSessionEntity = new EntitySchema<AuthSessionRow>({
  name: 'AuthSession',
  tableName: 'auth_session',
  columns: {
    id: { type: 'varchar', length: 36, primary: true },
    userId: { name: 'user_id', type: 'varchar', length: 36 },
    createdAt: instant('created_at'),
    expiresAt: instant('expires_at'),
    revokedAt: instant('revoked_at', true),
    revokedReason: { name: 'revoked_reason', type: 'varchar', length: 40, nullable: true },
  },
});

export const RefreshTokenEntity = new EntitySchema<RefreshTokenRow>({
  name: 'RefreshToken',
  tableName: 'refresh_token',
  columns: {
    tokenHash: { name: 'token_hash', type: 'varchar', length: 64, primary: true },
    sessionId: { name: 'session_id', type: 'varchar', length: 36 },
    issuedAt: instant('issued_at'),
    usedAt: instant('used_at', true),
  },
});

export const LoginThrottleEntity = new EntitySchema<LoginThrottleRow>({
  name: 'LoginThrottle',
  tableName: 'login_throttle',
  columns: {
    emailKey: { name: 'email_key', type: 'varchar', length: 64, primary: true },
    failures: { type: 'int' },
    lockedUntil: instant('locked_until', true),
    lastFailureAt: instant('last_failure_at', true),
  },
});

export const authEntities = [AuthSessionEntity, RefreshTokenEntity, LoginThrottleEntity];
