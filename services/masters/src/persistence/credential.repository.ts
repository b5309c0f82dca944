import type { EntityManager } from 'typeorm';
import type { CredentialStore, Credentials } from '../application/auth/credentials';

interface CredentialRow {
  id: string;
  password_hash: string;
  deactivated_at: Date | string | null;
}

/** Reads and changes passwords in the users' table (`app_user`), for authentication. */
export class CredentialRepository implements CredentialStore {
  byEmail(em: EntityManager, email: string): Promise<Credentials | null> {
    return this.one(em, 'u.email = :email', { email: email.toLowerCase() });
  }

  byUserId(em: EntityManager, userId: string): Promise<Credentials | null> {
    return this.one(em, 'u.id = :userId', { userId });
  }

  async setPasswordHash(em: EntityManager, userId: string, passwordHash: string, changedAt: Date): Promise<void> {
    await em
      .createQueryBuilder()
      .update('app_user')
      .set({ password_hash: passwordHash, password_changed_at: changedAt })
      .where('id = :userId', { userId })
      .execute();
  }

  private async one(em: EntityManager, where: string, params: Record<string, string>): Promise<Credentials | null> {
    const row = await em
      .createQueryBuilder()
      .select(['u.id AS id', 'u.password_hash AS password_hash', 'u.deactivated_at AS deactivated_at'])
      .from('app_user', 'u')
      .where(where, params)
      .getRawOne<CredentialRow>();
    return row ? { userId: row.id, passwordHash: row.password_hash, active: row.deactivated_at === null } : null;
  }
}
