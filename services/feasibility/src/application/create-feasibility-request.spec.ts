import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Database, currentNumber } from '@oms/persistence';
import {
  CreateMessagingTables1763700000000,
  OutboxEntity,
  UnitOfWork,
  messagingEntities,
} from '@oms/messaging';
import { aFeasibilityRequestInput, aUserContext } from '../../test/builders';
import { FeasibilityRequestEntity } from '../persistence/feasibility-request.entities';
import { FeasibilityRequestRepository } from '../persistence/feasibility-request.repository';
import { feasibilityMigrations } from '../persistence/migrations';
import { feasibilityService } from '../service';
import { CreateFeasibilityRequest } from './create-feasibility-request';

// The use case against the embedded-mode database (a SQLite file through sql.js): the same migrations and
// number allocation that run on MySQL in the integration spec.
describe('CreateFeasibilityRequest (SQLite)', () => {
  let dir: string;
  let db: Database;
  let now: Date;
  let useCase: CreateFeasibilityRequest;

  const requestCount = () => db.manager.getRepository(FeasibilityRequestEntity).count();
  const outbox = () => db.manager.getRepository(OutboxEntity).find({ order: { seq: 'ASC' } });

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'feasibility-spec-'));
    db = await Database.open({
      service: 'feasibility',
      dataDir: dir,
      entities: [...feasibilityService.entities, ...messagingEntities],
      migrations: [CreateMessagingTables1763700000000, ...feasibilityMigrations],
    });
    now = new Date('2026-12-31T23:59:59.000Z');
    useCase = new CreateFeasibilityRequest(
      new UnitOfWork(db, ''),
      new FeasibilityRequestRepository(),
      () => now,
    );
  });

  afterEach(async () => {
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('numbers requests per year from 1 and writes the feasibility.requested event', async () => {
    const input = aFeasibilityRequestInput({ address: '  Plot 7, MIDC Bhosari, Pune  ' });
    const first = await useCase.execute(aUserContext('user-9'), input);
    const second = await useCase.execute(aUserContext(), aFeasibilityRequestInput());
    now = new Date('2027-01-01T00:00:00.000Z');
    const third = await useCase.execute(aUserContext(), aFeasibilityRequestInput());

    if (!first.ok || !second.ok || !third.ok) throw new Error('expected three requests');
    expect([first.value.requestNo, second.value.requestNo, third.value.requestNo]).toEqual([
      'FR-2026-000001',
      'FR-2026-000002',
      'FR-2027-000001',
    ]);
    expect(first.value).toMatchObject({
      status: 'OPEN',
      createdBy: 'user-9',
      address: 'Plot 7, MIDC Bhosari, Pune',
    });
    expect(await currentNumber(db.manager, 'feasibility_request', 2026)).toBe(2);

    const rows = await outbox();
    expect(rows.map((r) => [r.topic, r.eventType, r.messageKey])).toEqual([
      ['oms.feasibility.v1', 'feasibility.requested', first.value.id],
      ['oms.feasibility.v1', 'feasibility.requested', second.value.id],
      ['oms.feasibility.v1', 'feasibility.requested', third.value.id],
    ]);
    expect(JSON.parse(rows[0].envelope).payload).toEqual({
      requestId: first.value.id,
      requestNo: 'FR-2026-000001',
      leadId: input.leadId,
      cityId: input.cityId,
      bandwidthMbps: 100,
      address: 'Plot 7, MIDC Bhosari, Pune',
      createdAt: '2026-12-31T23:59:59.000Z',
    });
  });

  it('refuses bad input field by field and writes nothing: no request, no number, no event', async () => {
    const result = await useCase.execute(aUserContext(), {
      clientMutationId: '   ',
      leadId: 'lead-1',
      cityId: '',
      bandwidthMbps: 0,
      address: 'Pune',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => [e.code, e.field])).toEqual([
      ['VALIDATION_FAILED', ['input', 'clientMutationId']],
      ['VALIDATION_FAILED', ['input', 'leadId']],
      ['VALIDATION_FAILED', ['input', 'cityId']],
      ['VALIDATION_FAILED', ['input', 'bandwidthMbps']],
      ['VALIDATION_FAILED', ['input', 'address']],
    ]);
    const tooMuch = await useCase.execute(
      aUserContext(),
      aFeasibilityRequestInput({ bandwidthMbps: 100_001, address: 'x'.repeat(501) }),
    );
    expect(tooMuch.ok ? [] : tooMuch.errors.map((e) => e.message)).toEqual([
      'bandwidthMbps must be at most 100000',
      'address must have at most 500 characters',
    ]);
    expect(await requestCount()).toBe(0);
    expect(await outbox()).toEqual([]);
    expect(await currentNumber(db.manager, 'feasibility_request', 2026)).toBe(0);
  });

  it('accepts the bounds and stores lead and city ids in their canonical lower case', async () => {
    const leadId = 'A3B1C2D4-E5F6-4A7B-8C9D-0E1F2A3B4C5D';
    const lowest = await useCase.execute(
      aUserContext(),
      aFeasibilityRequestInput({ leadId, bandwidthMbps: 1, address: 'Pune.' }),
    );
    const highest = await useCase.execute(
      aUserContext(),
      aFeasibilityRequestInput({ bandwidthMbps: 100_000, address: 'a'.repeat(500) }),
    );
    expect(lowest.ok && lowest.value.leadId).toBe(leadId.toLowerCase());
    expect(highest.ok).toBe(true);
  });

  it('answers a resubmitted idempotency key with the first request and writes nothing new', async () => {
    const input = aFeasibilityRequestInput({ clientMutationId: 'web-42' });
    const first = await useCase.execute(aUserContext('user-1'), input);
    const again = await useCase.execute(aUserContext('user-1'), { ...input });
    expect(again).toEqual(first);
    expect(await requestCount()).toBe(1);
    expect(await outbox()).toHaveLength(1);
    expect(await currentNumber(db.manager, 'feasibility_request', 2026)).toBe(1);

    const changed = await useCase.execute(aUserContext('user-1'), { ...input, bandwidthMbps: 200 });
    expect(changed.ok ? [] : changed.errors).toEqual([
      {
        code: 'IDEMPOTENCY_KEY_REUSED',
        field: ['input', 'clientMutationId'],
        message:
          'clientMutationId web-42 was already used for feasibility request FR-2026-000001 with a different input',
      },
    ]);

    // Keys are the caller's own: another user's identical key raises a request of its own.
    const otherUser = await useCase.execute(aUserContext('user-2'), { ...input });
    expect(otherUser.ok && otherUser.value.requestNo).toBe('FR-2026-000002');
    expect(await outbox()).toHaveLength(2);
  });
});
