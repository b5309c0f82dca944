import { randomUUID } from 'node:crypto';
import { currentNumber } from '@oms/persistence';
import { OutboxEntity } from '@oms/messaging';
import {
  aBranch,
  aBso,
  aCaller,
  aCitySetting,
  aFeasibilityRequestInput,
  partnerAccess,
  staffAccess,
  type FeasibilityRequestInput,
} from '../../test/builders';
import { openSqliteTestDatabase, type SqliteTestDatabase } from '../../test/sqlite-database';
import {
  FeasibilityRequestEntity,
  FeasibilityRequestStatusChangeEntity,
} from '../persistence/feasibility-request.entities';
import { FeasibilityRequestRepository } from '../persistence/feasibility-request.repository';
import { KnownMastersRepository } from '../persistence/known-masters.repository';
import { CreateFeasibilityRequest } from './create-feasibility-request';

// The use case against the embedded-mode database (a SQLite file through sql.js): the same migrations and
// number allocation that run on MySQL in the integration spec. Masters data arrives as masters' events.
describe('CreateFeasibilityRequest (SQLite)', () => {
  let database: SqliteTestDatabase;
  let now: Date;
  let useCase: CreateFeasibilityRequest;
  const cityId = randomUUID();
  const branch = aBranch('PUNE_01', [cityId]);
  const bso = aBso('AIRLINK');
  const setting = aCitySetting(bso, cityId, 36);
  const admin = (userId = 'user-1') => aCaller(staffAccess(userId, { allBranches: true }));
  /** A request the copies accept: Pune, branch PUNE_01, AIRLINK. */
  const anAcceptedInput = (overrides: Partial<FeasibilityRequestInput> = {}) =>
    aFeasibilityRequestInput({ cityId, branchId: branch.id, bsoId: bso.id, ...overrides });

  const count = {
    requests: () => database.db.manager.getRepository(FeasibilityRequestEntity).count(),
    history: () => database.db.manager.getRepository(FeasibilityRequestStatusChangeEntity).count(),
    outbox: () => database.db.manager.getRepository(OutboxEntity).count(),
    number: () => currentNumber(database.db.manager, 'feasibility_request', 2026),
  };
  const outbox = () => database.db.manager.getRepository(OutboxEntity).find({ order: { seq: 'ASC' } });
  const nothingWritten = async () => {
    expect(await count.requests()).toBe(0);
    expect(await count.history()).toBe(0);
    expect(await count.outbox()).toBe(0);
    expect(await count.number()).toBe(0);
  };

  beforeEach(async () => {
    database = await openSqliteTestDatabase();
    await database.deliver(branch.created(), bso.created(), setting.created());
    now = new Date('2026-12-31T23:59:59.000Z');
    useCase = new CreateFeasibilityRequest(
      database.uow,
      new FeasibilityRequestRepository(),
      new KnownMastersRepository(),
      () => now,
    );
  });

  afterEach(async () => {
    await database.close();
  });

  it('numbers requests per year from 1, keeps branch, BSO and answer-by time, and writes feasibility.requested', async () => {
    const input = anAcceptedInput({ address: '  Plot 7, MIDC Bhosari, Pune  ' });
    const first = await useCase.execute(admin('user-9'), input);
    const second = await useCase.execute(admin(), anAcceptedInput());
    now = new Date('2027-01-01T00:00:00.000Z');
    const third = await useCase.execute(admin(), anAcceptedInput());

    if (!first.ok || !second.ok || !third.ok) throw new Error('expected three requests');
    expect([first.value.requestNo, second.value.requestNo, third.value.requestNo]).toEqual([
      'FR-2026-000001',
      'FR-2026-000002',
      'FR-2027-000001',
    ]);
    expect(first.value).toMatchObject({
      status: 'OPEN',
      createdBy: 'user-9',
      branchId: branch.id,
      bsoId: bso.id,
      address: 'Plot 7, MIDC Bhosari, Pune',
      // The BSO's TAT for Pune is 36 hours.
      answerDueAt: new Date('2027-01-02T11:59:59.000Z'),
    });
    const stored = await database.db.manager
      .getRepository(FeasibilityRequestEntity)
      .findOneBy({ id: first.value.id });
    expect(stored).toEqual(first.value);
    expect(await count.number()).toBe(2);

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
      cityId,
      bandwidthMbps: 100,
      address: 'Plot 7, MIDC Bhosari, Pune',
      // What the mail to the BSO needs: the branch, the BSO, when its answer is due, and its addresses.
      branchId: branch.id,
      bsoId: bso.id,
      bsoCode: 'AIRLINK',
      bsoName: 'AIRLINK Networks',
      answerDueAt: '2027-01-02T11:59:59.000Z',
      notify: [{ email: 'feasibility@bso.example', name: null, role: 'BSO', kind: 'TO' }],
      createdAt: '2026-12-31T23:59:59.000Z',
    });
  });

  it('refuses bad input field by field and writes nothing: no request, no number, no event', async () => {
    const result = await useCase.execute(admin(), {
      clientMutationId: '   ',
      leadId: 'lead-1',
      cityId: '',
      branchId: 'PUNE_01',
      bsoId: 'airlink',
      bandwidthMbps: 0,
      address: 'Pune',
    });
    expect(result.ok ? [] : result.errors.map((e) => [e.code, e.field])).toEqual([
      ['VALIDATION_FAILED', ['input', 'clientMutationId']],
      ['VALIDATION_FAILED', ['input', 'leadId']],
      ['VALIDATION_FAILED', ['input', 'cityId']],
      ['VALIDATION_FAILED', ['input', 'branchId']],
      ['VALIDATION_FAILED', ['input', 'bsoId']],
      ['VALIDATION_FAILED', ['input', 'bandwidthMbps']],
      ['VALIDATION_FAILED', ['input', 'address']],
    ]);
    const tooMuch = await useCase.execute(
      admin(),
      anAcceptedInput({ bandwidthMbps: 100_001, address: 'x'.repeat(501) }),
    );
    expect(tooMuch.ok ? [] : tooMuch.errors.map((e) => e.message)).toEqual([
      'bandwidthMbps must be at most 100000',
      'address must have at most 500 characters',
    ]);
    await nothingWritten();
  });

  it('refuses a branch the caller does not work in with FORBIDDEN, whatever else is wrong with the input', async () => {
    const elsewhere = aCaller(staffAccess('user-2', { branchIds: [randomUUID()] }));
    const partner = aCaller(partnerAccess('p-1', bso.id, ['FEASIBILITY:CREATE']));
    for (const caller of [elsewhere, partner]) {
      const refused = await useCase.execute(caller, anAcceptedInput({ bsoId: randomUUID() }));
      expect(refused.ok ? [] : refused.errors).toEqual([
        {
          code: 'FORBIDDEN',
          field: ['input', 'branchId'],
          message: 'you may not raise feasibility requests for this branch',
        },
      ]);
    }
    await nothingWritten();
    // Staff of the branch may.
    const own = await useCase.execute(
      aCaller(staffAccess('user-3', { branchIds: [branch.id] })),
      anAcceptedInput(),
    );
    expect(own.ok).toBe(true);
  });

  it('refuses unknown, inactive and non-serving references with typed errors and writes nothing', async () => {
    const unknown = await useCase.execute(
      admin(),
      anAcceptedInput({ branchId: randomUUID(), bsoId: randomUUID() }),
    );
    expect(unknown.ok ? [] : unknown.errors).toEqual([
      { code: 'REFERENCE_NOT_FOUND', field: ['input', 'branchId'], message: 'no branch has this id' },
      { code: 'REFERENCE_NOT_FOUND', field: ['input', 'bsoId'], message: 'no BSO has this id' },
    ]);

    const otherCity = await useCase.execute(admin(), anAcceptedInput({ cityId: randomUUID() }));
    expect(otherCity.ok ? [] : otherCity.errors).toEqual([
      {
        code: 'VALIDATION_FAILED',
        field: ['input', 'bsoId'],
        message: 'BSO AIRLINK does not serve the city of the request',
      },
    ]);

    const closed = aBranch('CLOSED_01', [cityId]);
    const retired = aBso('RETIRED');
    await database.deliver(closed.created(), closed.deactivated(), retired.created(), retired.deactivated());
    const inactive = await useCase.execute(
      admin(),
      anAcceptedInput({ branchId: closed.id, bsoId: retired.id }),
    );
    expect(inactive.ok ? [] : inactive.errors).toEqual([
      { code: 'REFERENCE_INACTIVE', field: ['input', 'branchId'], message: 'branch CLOSED_01 is inactive' },
      { code: 'REFERENCE_INACTIVE', field: ['input', 'bsoId'], message: 'BSO RETIRED is inactive' },
    ]);

    // Once masters deactivates the setting, the BSO no longer serves the city.
    await database.deliver(setting.deactivated());
    const noLonger = await useCase.execute(admin(), anAcceptedInput());
    expect(noLonger.ok ? [] : noLonger.errors.map((e) => e.code)).toEqual(['VALIDATION_FAILED']);
    await nothingWritten();
  });

  it('accepts the bounds and stores the ids in their canonical lower case', async () => {
    const leadId = 'A3B1C2D4-E5F6-4A7B-8C9D-0E1F2A3B4C5D';
    const lowest = await useCase.execute(
      admin(),
      anAcceptedInput({ leadId, bsoId: bso.id.toUpperCase(), bandwidthMbps: 1, address: 'Pune.' }),
    );
    const highest = await useCase.execute(
      admin(),
      anAcceptedInput({ bandwidthMbps: 100_000, address: 'a'.repeat(500) }),
    );
    expect(lowest.ok && [lowest.value.leadId, lowest.value.bsoId]).toEqual([leadId.toLowerCase(), bso.id]);
    expect(highest.ok).toBe(true);
  });

  it('answers a resubmitted idempotency key with the first request and writes nothing new', async () => {
    const input = anAcceptedInput({ clientMutationId: 'web-42' });
    const first = await useCase.execute(admin('user-1'), input);
    const again = await useCase.execute(admin('user-1'), { ...input });
    expect(again).toEqual(first);
    expect(await count.requests()).toBe(1);
    expect(await count.outbox()).toBe(1);
    expect(await count.number()).toBe(1);

    const changed = await useCase.execute(admin('user-1'), { ...input, bandwidthMbps: 200 });
    expect(changed.ok ? [] : changed.errors).toEqual([
      {
        code: 'IDEMPOTENCY_KEY_REUSED',
        field: ['input', 'clientMutationId'],
        message:
          'clientMutationId web-42 was already used for feasibility request FR-2026-000001 with a different input',
      },
    ]);

    // Keys are the caller's own: another user's identical key raises a request of its own.
    const otherUser = await useCase.execute(admin('user-2'), { ...input });
    expect(otherUser.ok && otherUser.value.requestNo).toBe('FR-2026-000002');
    expect(await count.outbox()).toBe(2);
  });
});
