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

  async throttle(emailKey: string): Promise<ThrottleState | null> {
    const row = await this.db.read((em) =>
      em.getRepository(LoginThrottleEntity).findOne({ where: { emailKey } }),
    );
    return row
      ? { failures: row.failures, lockedUntil: row.lockedUntil, lastFailureAt: row.lastFailureAt }
      : null;
  }

  async saveThrottle(em: EntityManager, emailKey: string, state: ThrottleState): Promise<void> {
    await em.getRepository(LoginThrottleEntity).save({ emailKey, ...state });
  }

  async clearThrottle(em: EntityManager, emailKey: string): Promise<void> {
    await em.getRepository(LoginThrottleEntity).delete({ emailKey });
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
