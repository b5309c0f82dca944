import { randomUUID } from 'node:crypto';
import { OutboxEntity } from '@oms/messaging';
import { seedAccess } from '@oms/testkit';
import {
  aBranch,
  aBso,
  aCaller,
  aCitySetting,
  aFeasibilityRequestInput,
  aFeasibleAnswer,
  aNotFeasibleAnswer,
  partnerAccess,
  staffAccess,
} from '../../test/builders';
import { openSqliteTestDatabase, type SqliteTestDatabase } from '../../test/sqlite-database';
import {
  BsoAnswerEntity,
  FeasibilityRequestEntity,
  FeasibilityRequestStatusChangeEntity,
} from '../persistence/feasibility-request.entities';
import { FeasibilityRequestRepository } from '../persistence/feasibility-request.repository';
import { KnownMastersRepository } from '../persistence/known-masters.repository';
import { RequesterDirectory } from '../persistence/requester-directory';
import type { FeasibilityRequest } from '../domain/feasibility-request';
import { CreateFeasibilityRequest } from './create-feasibility-request';
import { RespondToFeasibilityRequest } from './respond-to-feasibility-request';

describe('RespondToFeasibilityRequest (SQLite)', () => {
  let database: SqliteTestDatabase;
  let respond: RespondToFeasibilityRequest;
  let request: FeasibilityRequest;
  const answeredAt = new Date('2026-05-04T08:00:00.000Z');
  const cityId = randomUUID();
  const branch = aBranch('PUNE_01', [cityId]);
  const airlink = aBso('AIRLINK');
  const skynet = aBso('SKYNET');
  const airlinkPartner = aCaller(partnerAccess('p-airlink', airlink.id));
  const skynetPartner = aCaller(partnerAccess('p-skynet', skynet.id));

  const answers = () => database.db.manager.getRepository(BsoAnswerEntity).find();
  const history = () =>
    database.db.manager
      .getRepository(FeasibilityRequestStatusChangeEntity)
      .find({ where: { requestId: request.id }, order: { changedAt: 'ASC' } });
  const answeredEvents = async () =>
    (await database.db.manager.getRepository(OutboxEntity).find({ order: { seq: 'ASC' } })).filter(
      (row) => row.eventType === 'feasibility_request.answered',
    );
  const unchanged = async () => {
    expect(await answers()).toEqual([]);
    expect(await history()).toHaveLength(1);
    expect(await answeredEvents()).toEqual([]);
    const stored = await database.db.manager
      .getRepository(FeasibilityRequestEntity)
      .findOneBy({ id: request.id });
    expect(stored?.status).toBe('OPEN');
  };

  // Who is told of the answer: the requester and the technical team of the branch — not a technician of
  // another branch, nor an administrator who reaches every branch only through the ALL scope.
  const sales = staffAccess('sales-1', { branchIds: [branch.id] });
  const technical = (userId: string, scope: { branchIds?: string[]; allBranches?: boolean }) =>
    staffAccess(userId, { ...scope, permissions: ['FEASIBILITY:VIEW', 'TECHNICAL_FEASIBILITY'] });
  const people = [
    sales,
    technical('tech-2', { branchIds: [randomUUID(), branch.id] }),
    technical('tech-1', { branchIds: [branch.id] }),
    technical('tech-elsewhere', { branchIds: [randomUUID()] }),
    technical('admin', { allBranches: true }),
    { ...technical('tech-left', { branchIds: [branch.id] }), active: false },
  ];

  beforeEach(async () => {
    database = await openSqliteTestDatabase();
    await database.deliver(branch.created(), airlink.created(), aCitySetting(airlink, cityId).created());
    await seedAccess(database.db, ...people);
    const requests = new FeasibilityRequestRepository();
    const create = new CreateFeasibilityRequest(
      database.uow,
      requests,
      new KnownMastersRepository(),
      () => new Date('2026-05-03T08:00:00.000Z'),
    );
    const created = await create.execute(
      aCaller(sales),
      aFeasibilityRequestInput({ cityId, branchId: branch.id, bsoId: airlink.id }),
    );
    if (!created.ok) throw new Error(JSON.stringify(created.errors));
    request = created.value;
    respond = new RespondToFeasibilityRequest(
      database.uow,
      requests,
      new KnownMastersRepository(),
      new RequesterDirectory(),
      () => answeredAt,
    );
  });

  afterEach(async () => {
    await database.close();
  });

  it("records the assigned BSO partner's feasible answer, moves the request to ANSWERED and writes the event", async () => {
    const result = await respond.execute(airlinkPartner, aFeasibleAnswer(request.id));
    expect(result).toEqual({ ok: true, value: { ...request, status: 'ANSWERED' } });
    expect(await answers()).toEqual([
      {
        id: expect.any(String),
        requestId: request.id,
        bsoId: airlink.id,
        feasible: true,
        otcCost: '12500.00',
        mrcCost: '3000.50',
        currency: 'INR',
        expectedDeliveryDays: 30,
        remarks: 'Fibre available in the building riser',
        answeredAt,
        answeredBy: 'p-airlink',
      },
    ]);
    expect((await history()).map((h) => [h.fromStatus, h.toStatus, h.changedBy, h.changedAt])).toEqual([
      [null, 'OPEN', 'sales-1', request.createdAt],
      ['OPEN', 'ANSWERED', 'p-airlink', answeredAt],
    ]);
    const [event] = await answeredEvents();
    expect(event.messageKey).toBe(request.id);
    const envelope = JSON.parse(event.envelope);
    expect(envelope.actor).toEqual({ kind: 'PARTNER', id: 'p-airlink' });
    expect(envelope.payload).toEqual({
      requestId: request.id,
      requestNo: request.requestNo,
      leadId: request.leadId,
      cityId,
      branchId: branch.id,
      bsoId: airlink.id,
      feasible: true,
      otcCost: '12500.00',
      mrcCost: '3000.50',
      currency: 'INR',
      expectedDeliveryDays: 30,
      remarks: 'Fibre available in the building riser',
      answeredAt: answeredAt.toISOString(),
      answeredBy: 'p-airlink',
      bsoCode: 'AIRLINK',
      bsoName: airlink.name,
      notify: [
        { email: 'sales-1@oms.test', name: 'sales-1', role: 'SALES', kind: 'TO' },
        { email: 'tech-1@oms.test', name: 'tech-1', role: 'TECHNICAL', kind: 'TO' },
        { email: 'tech-2@oms.test', name: 'tech-2', role: 'TECHNICAL', kind: 'TO' },
      ],
    });
  });

  it('records that it is not feasible, without costs', async () => {
    const result = await respond.execute(
      airlinkPartner,
      aNotFeasibleAnswer(request.id, '  No fibre nearby  '),
    );
    expect(result.ok).toBe(true);
    expect(await answers()).toEqual([
      expect.objectContaining({
        feasible: false,
        otcCost: null,
        mrcCost: null,
        expectedDeliveryDays: null,
        remarks: 'No fibre nearby',
      }),
    ]);
  });

  it('refuses a second answer with INVALID_STATE and keeps the first', async () => {
    await respond.execute(airlinkPartner, aFeasibleAnswer(request.id));
    const again = await respond.execute(airlinkPartner, aNotFeasibleAnswer(request.id));
    expect(again.ok ? [] : again.errors).toEqual([
      {
        code: 'INVALID_STATE',
        field: ['input', 'id'],
        message: `feasibility request ${request.requestNo} is ANSWERED: it no longer waits for an answer`,
      },
    ]);
    expect((await answers()).map((a) => a.feasible)).toEqual([true]);
    expect(await answeredEvents()).toHaveLength(1);
  });

  it('refuses partners of other BSOs and staff with FORBIDDEN, and writes nothing', async () => {
    const admin = aCaller(staffAccess('admin', { allBranches: true, permissions: ['FEASIBILITY_RESPOND'] }));
    for (const caller of [skynetPartner, admin]) {
      const refused = await respond.execute(caller, aFeasibleAnswer(request.id));
      expect(refused.ok ? [] : refused.errors).toEqual([
        {
          code: 'FORBIDDEN',
          field: ['input', 'id'],
          message: 'only a partner account of the BSO the request is assigned to can answer it',
        },
      ]);
    }
    await unchanged();
  });

  it('refuses an unknown request with NOT_FOUND', async () => {
    const missing = await respond.execute(airlinkPartner, aFeasibleAnswer(randomUUID()));
    expect(missing.ok ? [] : missing.errors.map((e) => [e.code, e.field])).toEqual([
      ['NOT_FOUND', ['input', 'id']],
    ]);
  });

  it('refuses an incomplete or malformed answer field by field and writes nothing', async () => {
    const incomplete = await respond.execute(airlinkPartner, {
      id: request.id,
      feasible: true,
      otcCost: null,
      remarks: 'x'.repeat(1001),
    });
    expect(incomplete.ok ? [] : incomplete.errors.map((e) => [e.code, e.field])).toEqual([
      ['VALIDATION_FAILED', ['input', 'remarks']],
      ['VALIDATION_FAILED', ['input', 'otcCost']],
      ['VALIDATION_FAILED', ['input', 'mrcCost']],
      ['VALIDATION_FAILED', ['input', 'expectedDeliveryDays']],
    ]);
    const missingParts = await respond.execute(airlinkPartner, { id: request.id, feasible: true });
    expect(missingParts.ok ? [] : missingParts.errors).toEqual([
      {
        code: 'VALIDATION_FAILED',
        field: ['input', 'otcCost'],
        message: 'otcCost is required when it is feasible',
      },
      {
        code: 'VALIDATION_FAILED',
        field: ['input', 'mrcCost'],
        message: 'mrcCost is required when it is feasible',
      },
      {
        code: 'VALIDATION_FAILED',
        field: ['input', 'expectedDeliveryDays'],
        message: 'expectedDeliveryDays is required when it is feasible',
      },
    ]);
    const malformed = await respond.execute(
      airlinkPartner,
      aFeasibleAnswer('FR-1', { otcCost: '-1', mrcCost: '10.555', expectedDeliveryDays: 366 }),
    );
    expect(malformed.ok ? [] : malformed.errors.map((e) => [e.field, e.message])).toEqual([
      [['input', 'id'], 'id must be the id of a feasibility request (a UUID)'],
      [
        ['input', 'otcCost'],
        'otcCost must be an amount ≥ 0 with at most 10 digits before the point and 2 after',
      ],
      [
        ['input', 'mrcCost'],
        'mrcCost must be an amount ≥ 0 with at most 10 digits before the point and 2 after',
      ],
      [['input', 'expectedDeliveryDays'], 'expectedDeliveryDays must be 1–365'],
    ]);
    const notFeasibleWithCosts = await respond.execute(airlinkPartner, {
      ...aNotFeasibleAnswer(request.id),
      otcCost: '100',
      expectedDeliveryDays: 0,
    });
    // Both rules are reported, so the client learns everything wrong with the answer in one round.
    expect(
      notFeasibleWithCosts.ok ? [] : notFeasibleWithCosts.errors.map((e) => [e.field, e.message]),
    ).toEqual([
      [['input', 'expectedDeliveryDays'], 'expectedDeliveryDays must be 1–365'],
      [['input', 'otcCost'], 'otcCost is only given when it is feasible'],
      [['input', 'expectedDeliveryDays'], 'expectedDeliveryDays is only given when it is feasible'],
    ]);
    const notFeasibleWithCost = await respond.execute(airlinkPartner, {
      ...aNotFeasibleAnswer(request.id),
      otcCost: '100',
    });
    expect(notFeasibleWithCost.ok ? [] : notFeasibleWithCost.errors).toEqual([
      {
        code: 'VALIDATION_FAILED',
        field: ['input', 'otcCost'],
        message: 'otcCost is only given when it is feasible',
      },
    ]);
    await unchanged();
  });
});
