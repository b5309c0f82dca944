import {
  EntitySchema,
  In,
  LessThan,
  Like,
  Table,
  TableIndex,
  type EntityManager,
  type MigrationInterface,
  type QueryRunner,
} from 'typeorm';
import { accessSnapshotSchema, type AccessSnapshot } from '@oms/contracts';
import { columns, type Database } from '@oms/persistence';
import type { EventHandler } from '@oms/messaging';

/** One user's latest access snapshot, as this service knows it. */
export interface AccessPrincipalRow {
  userId: string;
  version: number;
  snapshot: string;
  updatedAt: Date;
}

/** A login session that may no longer be used, kept until its last token would have expired anyway. */
export interface RevokedSessionRow {
  sessionId: string;
  userId: string;
  reason: string;
  expiresAt: Date;
  revokedAt: Date;
}

export const AccessPrincipalEntity = new EntitySchema<AccessPrincipalRow>({
  name: 'AccessPrincipal',
  tableName: 'access_principal',
  columns: {
    userId: { name: 'user_id', type: 'varchar', length: 36, primary: true },
    version: { type: 'int' },
    snapshot: { type: 'text' },
    updatedAt: { name: 'updated_at', type: 'datetime', precision: 3 },
  },
});

export const RevokedSessionEntity = new EntitySchema<RevokedSessionRow>({
  name: 'RevokedSession',
  tableName: 'revoked_session',
  columns: {
    sessionId: { name: 'session_id', type: 'varchar', length: 36, primary: true },
    userId: { name: 'user_id', type: 'varchar', length: 36 },
    reason: { type: 'varchar', length: 60 },
    expiresAt: { name: 'expires_at', type: 'datetime', precision: 3 },
    revokedAt: { name: 'revoked_at', type: 'datetime', precision: 3 },
  },
});

/** The tables every service registers for its copy of users' access. */
export const accessCopyEntities = [AccessPrincipalEntity, RevokedSessionEntity];

/** Creates `access_principal` and `revoked_session` (MySQL and SQLite alike). */
export class CreateAccessCopy1763700000600 implements MigrationInterface {
  name = 'CreateAccessCopy1763700000600';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columns(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'access_principal',
        columns: [
          { ...c.string('user_id', 36), isPrimary: true },
          c.int('version'),
          c.text('snapshot'),
          c.instant('updated_at'),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'revoked_session',
        columns: [
          { ...c.string('session_id', 36), isPrimary: true },
          c.string('user_id', 36),
          c.string('reason', 60),
          c.instant('expires_at'),
          c.instant('revoked_at'),
        ],
        indices: [new TableIndex({ name: 'ix_revoked_session_expiry', columnNames: ['expires_at'] })],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('revoked_session');
    await queryRunner.dropTable('access_principal');
  }
}

/** Keeps the newest snapshot of a user; an older or equal version (a redelivery, a reordering) changes nothing. */
export async function saveAccessSnapshot(em: EntityManager, snapshot: AccessSnapshot): Promise<void> {
  const repo = em.getRepository(AccessPrincipalEntity);
  const current = await repo.findOne({ where: { userId: snapshot.userId } });
  if (current && current.version >= snapshot.version) return;
  await repo.save({
    userId: snapshot.userId,
    version: snapshot.version,
    snapshot: JSON.stringify(snapshot),
    updatedAt: new Date(),
  });
}

/** The latest snapshots this service's access copy holds for several users (the unknown ones left out). */
export async function accessSnapshotsOf(
  em: EntityManager,
  userIds: readonly string[],
): Promise<AccessSnapshot[]> {
  if (userIds.length === 0) return [];
  const rows = await em.getRepository(AccessPrincipalEntity).findBy({ userId: In([...userIds]) });
  return rows.map((row) => accessSnapshotSchema.parse(JSON.parse(row.snapshot)));
}

/**
 * The snapshots of the users who hold `permission` (a `MENU:RIGHT` or a named right), active or not: the
 * copy is narrowed in SQL by the quoted name, then each snapshot's permissions are checked exactly.
 */
export async function accessSnapshotsHolding(
  em: EntityManager,
  permission: string,
): Promise<AccessSnapshot[]> {
  const rows = await em
    .getRepository(AccessPrincipalEntity)
    .findBy({ snapshot: Like(`%${JSON.stringify(permission)}%`) });
  return rows
    .map((row) => accessSnapshotSchema.parse(JSON.parse(row.snapshot)))
    .filter((snapshot) => snapshot.permissions.includes(permission));
}

/**
 * Records a revoked session; revoking twice keeps the first record. Records past their `expiresAt` can no
 * longer matter (no token of theirs is valid any more), so each new one sweeps them away.
 */
export async function saveRevokedSession(
  em: EntityManager,
  revoked: { sessionId: string; userId: string; reason: string; expiresAt: Date },
): Promise<void> {
  const repo = em.getRepository(RevokedSessionEntity);
  if (await repo.findOne({ where: { sessionId: revoked.sessionId } })) return;
  await repo.delete({ expiresAt: LessThan(new Date()) });
  await repo.save({ ...revoked, revokedAt: new Date() });
}

/** The event handlers that keep a service's access copy up to date from masters' events. */
export const accessCopyHandlers: Record<string, EventHandler> = {
  'user_access.changed': (event, tx) => saveAccessSnapshot(tx.em, accessSnapshotSchema.parse(event.payload)),
  'session.revoked': (event, tx) => {
    const p = event.payload as { sessionId: string; userId: string; reason: string; expiresAt: string };
    return saveRevokedSession(tx.em, { ...p, expiresAt: new Date(p.expiresAt) });
  },
};

/** Reads a service's access copy: the snapshot of a user and whether a session was revoked. */
export class AccessDirectory {
  constructor(private readonly db: Database) {}

  /** The user's latest snapshot, or null when this service has not heard of the user. */
  async snapshotOf(userId: string): Promise<AccessSnapshot | null> {
    const row = await this.db.read((em) =>
      em.getRepository(AccessPrincipalEntity).findOne({ where: { userId } }),
    );
    return row ? accessSnapshotSchema.parse(JSON.parse(row.snapshot)) : null;
  }

  /** Whether a session has been revoked. */
  async isRevoked(sessionId: string): Promise<boolean> {
    const count = await this.db.read((em) =>
      em.getRepository(RevokedSessionEntity).count({ where: { sessionId } }),
    );
    return count > 0;
  }
}
