import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Database } from '@oms/persistence';
import {
  CreateMessagingTables1763700000000,
  OutboxEntity,
  UnitOfWork,
  messagingEntities,
} from '@oms/messaging';
import { aUserContext, anApprovalMatrixInput } from '../../test/builders';
import { ApprovalMatrixEntity } from '../persistence/approval-matrix.entities';
import { ApprovalMatrixRepository } from '../persistence/approval-matrix.repository';
import { approvalsMigrations } from '../persistence/migrations';
import { approvalsService } from '../service';
import { CreateApprovalMatrix } from './create-approval-matrix';

// The use case against the embedded-mode database (a SQLite file through sql.js): the same migrations and
// versioning that run on MySQL in the integration spec.
describe('CreateApprovalMatrix (SQLite)', () => {
  let dir: string;
  let db: Database;
  let useCase: CreateApprovalMatrix;
  const at = new Date('2026-05-01T10:00:00.000Z');

  const matrixCount = () => db.manager.getRepository(ApprovalMatrixEntity).count();
  const outbox = () => db.manager.getRepository(OutboxEntity).find({ order: { seq: 'ASC' } });

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'approvals-spec-'));
    db = await Database.open({
      service: 'approvals',
      dataDir: dir,
      entities: [...approvalsService.entities, ...messagingEntities],
      migrations: [CreateMessagingTables1763700000000, ...approvalsMigrations],
    });
    useCase = new CreateApprovalMatrix(new UnitOfWork(db, ''), new ApprovalMatrixRepository(), () => at);
  });

  afterEach(async () => {
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('starts a name at version 1, gives the same name (any case) the next version, and writes the events', async () => {
    const v1 = await useCase.execute(aUserContext('admin-7'), {
      name: ' ILL  Enterprise DOA ',
      description: '  ',
    });
    const v2 = await useCase.execute(aUserContext(), { name: 'ill enterprise doa' });
    const other = await useCase.execute(aUserContext(), { name: 'VoIP SME DOA', description: 'SIP trunks' });
    if (!v1.ok || !v2.ok || !other.ok) throw new Error('expected three matrices');

    expect(v1.value).toMatchObject({
      name: 'ILL Enterprise DOA',
      version: 1,
      status: 'DRAFT',
      description: null,
      createdBy: 'admin-7',
      createdAt: at,
    });
    expect(v2.value).toMatchObject({ name: 'ill enterprise doa', version: 2 });
    expect(other.value).toMatchObject({ name: 'VoIP SME DOA', version: 1, description: 'SIP trunks' });

    const rows = await outbox();
    expect(rows.map((r) => [r.topic, r.eventType, r.messageKey])).toEqual([
      ['oms.approvals.v1', 'approval_matrix.created', v1.value.id],
      ['oms.approvals.v1', 'approval_matrix.created', v2.value.id],
      ['oms.approvals.v1', 'approval_matrix.created', other.value.id],
    ]);
    expect(JSON.parse(rows[1].envelope).payload).toEqual({
      matrixId: v2.value.id,
      name: 'ill enterprise doa',
      version: 2,
      createdAt: '2026-05-01T10:00:00.000Z',
    });
  });

  it('refuses bad input field by field and writes nothing', async () => {
    const tooShort = await useCase.execute(aUserContext(), {
      clientMutationId: '',
      name: '  a    ',
      description: 'x'.repeat(501),
    });
    expect(tooShort.ok ? [] : tooShort.errors).toEqual([
      {
        code: 'VALIDATION_FAILED',
        field: ['input', 'clientMutationId'],
        message: 'clientMutationId must have 1–100 characters',
      },
      {
        code: 'VALIDATION_FAILED',
        field: ['input', 'name'],
        message: 'name must have at least 3 characters',
      },
      {
        code: 'VALIDATION_FAILED',
        field: ['input', 'description'],
        message: 'description must have at most 500 characters',
      },
    ]);
    const tooLong = await useCase.execute(aUserContext(), { name: 'n'.repeat(101) });
    expect(tooLong.ok ? [] : tooLong.errors.map((e) => e.message)).toEqual([
      'name must have at most 100 characters',
    ]);
    const missing = await useCase.execute(aUserContext(), {});
    expect(missing.ok ? [] : missing.errors.map((e) => e.field)).toEqual([['input', 'name']]);
    expect(await matrixCount()).toBe(0);
    expect(await outbox()).toEqual([]);
  });

  it('accepts the bounds of name and description', async () => {
    const shortest = await useCase.execute(aUserContext(), { name: 'DOA' });
    const longest = await useCase.execute(aUserContext(), {
      name: 'n'.repeat(100),
      description: 'd'.repeat(500),
    });
    expect(shortest.ok && shortest.value.version).toBe(1);
    expect(longest.ok && longest.value.description).toHaveLength(500);
  });

  it('answers a resubmitted idempotency key with the first version instead of a new one', async () => {
    const input = anApprovalMatrixInput({ clientMutationId: 'admin-form-1' });
    const first = await useCase.execute(aUserContext('admin-1'), input);
    const again = await useCase.execute(aUserContext('admin-1'), { ...input });
    expect(again).toEqual(first);
    expect(await matrixCount()).toBe(1);
    expect(await outbox()).toHaveLength(1);

    const changed = await useCase.execute(aUserContext('admin-1'), { ...input, description: 'changed' });
    expect(changed.ok ? [] : changed.errors.map((e) => [e.code, e.field])).toEqual([
      ['IDEMPOTENCY_KEY_REUSED', ['input', 'clientMutationId']],
    ]);

    // Another administrator's identical key is theirs: it creates the next version.
    const otherAdmin = await useCase.execute(aUserContext('admin-2'), { ...input });
    expect(otherAdmin.ok && otherAdmin.value.version).toBe(2);
    expect(await outbox()).toHaveLength(2);
  });
});
