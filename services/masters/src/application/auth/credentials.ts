import type { EntityManager } from 'typeorm';

/** What login needs to know about an account. */
export interface Credentials {
  userId: string;
  passwordHash: string;
  active: boolean;
}

/** The port through which authentication reads and changes users' passwords (the users' repository). */
export interface CredentialStore {
  /** The account with this email (compared lower-cased), or null. */
  byEmail(em: EntityManager, email: string): Promise<Credentials | null>;
  byUserId(em: EntityManager, userId: string): Promise<Credentials | null>;
  setPasswordHash(em: EntityManager, userId: string, passwordHash: string, changedAt: Date): Promise<void>;
}
