import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Database } from '@oms/persistence';
import type { AccessSnapshot } from '@oms/contracts';
import {
  AccessDirectory,
  CreateAccessCopy1763700000600,
  RevokedSessionEntity,
  accessCopyEntities,
  saveAccessSnapshot,
  saveRevokedSession,
} from './access-copy';

const snapshot = (version: number, name: string): AccessSnapshot => ({
  userId: 'u-1',
  version,
  active: true,
  kind: 'STAFF',
  bsoId: null,
  email: 'u@x',
  name,
  homeBranchId: 'b1',
  branchIds: ['b1'],
  allBranches: false,
  installationCityIds: [],
  groups: ['SALES'],
  permissions: ['LEADS:VIEW'],
});

describe('the access copy (SQLite)', () => {
  let dir: string;
  let db: Database;
  let directory: AccessDirectory;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'oms-access-'));
    db = await Database.open({
      service: 'access',
      dataDir: dir,
      entities: accessCopyEntities,
      migrations: [CreateAccessCopy1763700000600],
    });
    directory = new AccessDirectory(db);
  });

  afterAll(async () => {
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps the newest snapshot of a user whatever order they arrive in', async () => {
    expect(await directory.snapshotOf('u-1')).toBeNull();
    await db.transaction((em) => saveAccessSnapshot(em, snapshot(2, 'second')));
    await db.transaction((em) => saveAccessSnapshot(em, snapshot(1, 'first, late')));
    expect((await directory.snapshotOf('u-1'))?.name).toBe('second');
    await db.transaction((em) => saveAccessSnapshot(em, snapshot(3, 'third')));
    expect((await directory.snapshotOf('u-1'))?.name).toBe('third');
  });

  it('remembers revoked sessions until their tokens have expired, then sweeps them', async () => {
    const past = new Date(Date.now() - 60_000);
    const future = new Date(Date.now() + 60_000);
    await db.transaction((em) =>
      saveRevokedSession(em, { sessionId: 's-old', userId: 'u-1', reason: 'LOGOUT', expiresAt: past }),
    );
    expect(await directory.isRevoked('s-old')).toBe(true);
    await db.transaction((em) =>
      saveRevokedSession(em, { sessionId: 's-new', userId: 'u-1', reason: 'LOGOUT', expiresAt: future }),
    );
    await db.transaction((em) =>
      saveRevokedSession(em, { sessionId: 's-new', userId: 'u-1', reason: 'AGAIN', expiresAt: future }),
    );
    expect(await directory.isRevoked('s-new')).toBe(true);
    expect(await directory.isRevoked('s-old')).toBe(false);
    const rows = await db.read((em) => em.getRepository(RevokedSessionEntity).find());
    expect(rows.map((r) => [r.sessionId, r.reason])).toEqual([['s-new', 'LOGOUT']]);
  });
});
