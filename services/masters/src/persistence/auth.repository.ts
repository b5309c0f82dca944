import { IsNull, MoreThan, type EntityManager } from 'typeorm';
import type { Database } from '@oms/persistence';
import type { ThrottleState } from '../domain/login-throttle';
import {
  AuthSessionEntity,
  LoginThrottleEntity,
  RefreshTokenEntity,
  type AuthSessionRow,
  type RefreshTokenRow,
} from './auth.entities';

/** Sessions, refresh tokens and login throttling. */
export class AuthRepository {
  constructor(private readonly db: Database) {}

  /**
   * Makes sure an address has its throttling row (no failures yet), in a transaction of its own: a duplicate
   * key check inside the counting transaction would hold a shared lock there and let two attempts deadlock.
   */
  async ensureThrottle(emailKey: string): Promise<void> {
    await this.db.transaction((em) =>
      em
        .getRepository(LoginThrottleEntity)
        .createQueryBuilder()
        .insert()
        .values({ emailKey, failures: 0, lockedUntil: null, lastFailureAt: null })
        .orIgnore()
        .execute(),
    );
  }

  /**
   * An address's throttling state, read under the row's write lock until the transaction ends (after
   * `ensureThrottle`), so that attempts made at the same time are counted one after another. The no-op UPDATE
   * takes the lock on MySQL/MariaDB; SQLite runs one transaction at a time anyway.
   */
  async lockThrottle(em: EntityManager, emailKey: string): Promise<ThrottleState> {
    const repository = em.getRepository(LoginThrottleEntity);
    await repository
      .createQueryBuilder()
      .update()
      .set({ failures: () => 'failures' })
      .where('email_key = :emailKey', { emailKey })
      .execute();
    const row = await repository.findOneOrFail({ where: { emailKey } });
    return { failures: row.failures, lockedUntil: row.lockedUntil, lastFailureAt: row.lastFailureAt };
  }

  async saveThrottle(em: EntityManager, emailKey: string, state: ThrottleState): Promise<void> {
    await em.getRepository(LoginThrottleEntity).save({ emailKey, ...state });
  }

  /** Forgets an address's failures. The row stays, so that `lockThrottle` always finds it. */
  async clearThrottle(em: EntityManager, emailKey: string): Promise<void> {
    await em
      .getRepository(LoginThrottleEntity)
      .update({ emailKey }, { failures: 0, lockedUntil: null, lastFailureAt: null });
  }

  async saveSession(em: EntityManager, session: AuthSessionRow): Promise<void> {
    await em.getRepository(AuthSessionEntity).insert(session);
  }

  session(em: EntityManager, id: string): Promise<AuthSessionRow | null> {
    return em.getRepository(AuthSessionEntity).findOne({ where: { id } });
  }

  liveSessionsOf(em: EntityManager, userId: string, now: Date): Promise<AuthSessionRow[]> {
    return em
      .getRepository(AuthSessionEntity)
      .find({ where: { userId, revokedAt: IsNull(), expiresAt: MoreThan(now) } });
  }

  async markRevoked(em: EntityManager, id: string, reason: string, at: Date): Promise<void> {
    await em.getRepository(AuthSessionEntity).update({ id }, { revokedAt: at, revokedReason: reason });
  }

  async saveRefreshToken(em: EntityManager, token: RefreshTokenRow): Promise<void> {
    await em.getRepository(RefreshTokenEntity).insert(token);
  }

  refreshToken(em: EntityManager, tokenHash: string): Promise<RefreshTokenRow | null> {
    return em.getRepository(RefreshTokenEntity).findOne({ where: { tokenHash } });
  }

  /** Marks a refresh token spent; false when it already was (only one exchange of a token can win). */
  async spendRefreshToken(em: EntityManager, tokenHash: string, at: Date): Promise<boolean> {
    const result = await em
      .getRepository(RefreshTokenEntity)
      .update({ tokenHash, usedAt: IsNull() }, { usedAt: at });
    return (result.affected ?? 0) > 0;
  }
}
