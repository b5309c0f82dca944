import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Database } from '@oms/persistence';
import {
  FeasibilityRequestEntity,
  FeasibilityRequestStatusChangeEntity,
} from '../feasibility-request.entities';
import { feasibilityMigrations } from './index';
import { feasibilityService } from '../../service';

// An embedded-mode database that already holds requests is migrated in place: the rows (and their history,
// which references them) stay, with no branch, BSO or answer-by time.
describe('the BSO feasibility migration on a database with older requests (SQLite)', () => {
  let dir: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'feasibility-migration-'));
  });

  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps older requests and their history, with the new columns empty', async () => {
    const before = await Database.open({
      service: 'feasibility',
      dataDir: dir,
      entities: [],
      migrations: feasibilityMigrations.slice(0, 2),
    });
    const createdAt = '2025-06-01 10:00:00.000';
    await before.dataSource.query(
      `INSERT INTO feasibility_request (id, request_no, lead_id, city_id, bandwidth_mbps, address, status,
         client_mutation_id, created_at, created_by)
       VALUES ('req-old', 'FR-2025-000001', 'lead-1', 'city-1', 50, 'Old Pune site', 'OPEN', NULL, ?, 'u-1')`,
      [createdAt],
    );
    await before.dataSource.query(
      `INSERT INTO feasibility_request_history (id, request_id, from_status, to_status, changed_at, changed_by, comment)
       VALUES ('h-old', 'req-old', NULL, 'OPEN', ?, 'u-1', NULL)`,
      [createdAt],
    );
    await before.close();

    const after = await Database.open({
      service: 'feasibility',
      dataDir: dir,
      entities: feasibilityService.entities,
      migrations: feasibilityMigrations,
    });
    try {
      expect(
        await after.manager.getRepository(FeasibilityRequestEntity).findOneBy({ id: 'req-old' }),
      ).toMatchObject({
        requestNo: 'FR-2025-000001',
        branchId: null,
        bsoId: null,
        answerDueAt: null,
        status: 'OPEN',
      });
      expect(
        await after.manager
          .getRepository(FeasibilityRequestStatusChangeEntity)
          .countBy({ requestId: 'req-old' }),
      ).toBe(1);
    } finally {
      await after.close();
    }
  });
});
