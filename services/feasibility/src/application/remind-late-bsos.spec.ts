import { randomUUID } from 'node:crypto';
import { SYSTEM_ACTOR, leadCancelled } from '@oms/contracts';
import { OutboxEntity } from '@oms/messaging';
import { seedAccess } from '@oms/testkit';
import {
  aBranch,
  aBso,
  aCaller,
  aCitySetting,
  aFeasibilityRequestInput,
  anEvent,
  staffAccess,
} from '../../test/builders';
import { openSqliteTestDatabase, type SqliteTestDatabase } from '../../test/sqlite-database';
import { FeasibilityRequestEntity } from '../persistence/feasibility-request.entities';
import { FeasibilityRequestRepository } from '../persistence/feasibility-request.repository';
import { KnownMastersRepository } from '../persistence/known-masters.repository';
import { RequesterDirectory } from '../persistence/requester-directory';
import { RemindLateBsos } from './remind-late-bsos';

// AIRLINK answers within 24 h (To and Cc addresses), SKYNET within 48 h; both raised at 08:00 on 1 June.
describe('RemindLateBsos (SQLite)', () => {
  let database: SqliteTestDatabase;
  let now: Date;
  let remind: RemindLateBsos;
  const raisedAt = new Date('2026-06-01T08:00:00.000Z');
  const cityId = randomUUID();
  const branch = aBranch('PUNE_01', [cityId]);
  const [airlink, skynet] = [aBso('AIRLINK', 'Airlink Networks'), aBso('SKYNET')];
  const airlinkPune = aCitySetting(airlink, cityId, 24);
  airlinkPune.to = ['noc@airlink.example'];
  airlinkPune.cc = ['sales@airlink.example'];
  const salesAccess = staffAccess('sales-1', { branchIds: [branch.id] });
  const sales = aCaller(salesAccess);
  const context = { correlationId: 'sweep-1', causationId: null, actor: SYSTEM_ACTOR };

  const reminders = async () =>
    (await database.db.manager.getRepository(OutboxEntity).find({ order: { seq: 'ASC' } }))
      .filter((row) => row.eventType === 'feasibility_request.reminded')
      .map((row) => JSON.parse(row.envelope) as { payload: Record<string, unknown> });
  const stored = (id: string) =>
    database.db.manager.getRepository(FeasibilityRequestEntity).findOneByOrFail({ id });
  const raise = async (bsoId: string) =>
    (await database.raise(sales, aFeasibilityRequestInput({ cityId, branchId: branch.id, bsoId }), raisedAt))
      .id;

  beforeEach(async () => {
    database = await openSqliteTestDatabase();
    await database.deliver(
      branch.created(),
      airlink.created(),
      skynet.created(),
      airlinkPune.created(),
      aCitySetting(skynet, cityId, 48).created(),
    );
    await seedAccess(database.db, salesAccess);
    remind = new RemindLateBsos(
      database.uow,
      new FeasibilityRequestRepository(),
      new KnownMastersRepository(),
      new RequesterDirectory(),
      () => now,
    );
  });

  afterEach(async () => {
    await database.close();
  });

  it('reminds a late BSO once, with its To and Cc and the requester in Cc, and no BSO still in time', async () => {
    const late = await raise(airlink.id);
    const inTime = await raise(skynet.id);
    now = new Date('2026-06-02T08:00:00.000Z'); // AIRLINK's due time: not late yet
    expect(await remind.execute(context)).toBe(0);

    now = new Date('2026-06-02T09:00:00.000Z');
    expect(await remind.execute(context)).toBe(1);
    expect(await remind.execute(context)).toBe(0);
    expect((await stored(late)).remindedAt).toEqual(now);
    expect((await stored(inTime)).remindedAt).toBeNull();
    const [event] = await reminders();
    expect(event.payload).toEqual({
      requestId: late,
      requestNo: expect.stringMatching(/^FR-2026-\d{6}$/),
      leadId: expect.any(String),
      cityId,
      branchId: branch.id,
      bsoId: airlink.id,
      bsoCode: 'AIRLINK',
      bsoName: 'Airlink Networks',
      bandwidthMbps: 100,
      address: expect.any(String),
      answerDueAt: '2026-06-02T08:00:00.000Z',
      remindedAt: '2026-06-02T09:00:00.000Z',
      notify: [
        { email: 'noc@airlink.example', name: null, role: 'BSO', kind: 'TO' },
        { email: 'sales@airlink.example', name: null, role: 'BSO', kind: 'CC' },
        { email: 'sales-1@oms.test', name: 'sales-1', role: 'SALES', kind: 'CC' },
      ],
    });
    expect(remind.stats.reminded).toBe(1);
  });

  it('does not remind a BSO that answered, or for a withdrawn request', async () => {
    const answered = await raise(airlink.id);
    await database.answerFeasible(airlink.id, answered);
    const leadId = randomUUID();
    await database.raise(
      sales,
      aFeasibilityRequestInput({ leadId, cityId, branchId: branch.id, bsoId: skynet.id }),
      raisedAt,
    );
    await database.deliver(
      anEvent(leadCancelled, leadId, {
        leadId,
        leadNo: 'LEAD-2026-000001',
        customerName: 'Acme',
        cityId,
        branchId: branch.id,
        reason: 'dropped',
        cancelledAt: raisedAt.toISOString(),
        cancelledBy: 'sales-1',
      }),
    );
    now = new Date('2026-06-10T00:00:00.000Z');
    expect(await remind.execute(context)).toBe(0);
    expect(await reminders()).toEqual([]);
  });
});
