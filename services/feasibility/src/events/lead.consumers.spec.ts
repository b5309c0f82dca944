import { randomUUID } from 'node:crypto';
import { leadCancelled, leadConverted } from '@oms/contracts';
import { InboxEntity, OutboxEntity } from '@oms/messaging';
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

describe('a lead orders cancelled or converted (SQLite)', () => {
  let database: SqliteTestDatabase;
  const cityId = randomUUID();
  const branch = aBranch('PUNE_01', [cityId]);
  const [airlink, skynet] = [aBso('AIRLINK'), aBso('SKYNET')];
  const sales = aCaller(staffAccess('sales-1', { branchIds: [branch.id] }));
  const leadId = randomUUID();

  const about = { leadId, leadNo: 'LEAD-2026-000007', customerName: 'Acme', cityId, branchId: branch.id };
  const cancellation = (reason = 'budget frozen') =>
    anEvent(
      leadCancelled,
      leadId,
      { ...about, reason, cancelledAt: new Date().toISOString(), cancelledBy: 'sales-1' },
      'sales-1',
    );
  const conversion = () =>
    anEvent(
      leadConverted,
      leadId,
      {
        ...about,
        orderId: 'order-1',
        orderNo: 'ORD-2026-000003',
        convertedAt: new Date().toISOString(),
        convertedBy: 'sales-1',
      },
      'sales-1',
    );
  const stored = () =>
    database.db.manager.getRepository(FeasibilityRequestEntity).find({ order: { requestNo: 'ASC' } });
  const withdrawals = async () =>
    (await database.db.manager.getRepository(OutboxEntity).find({ order: { seq: 'ASC' } }))
      .filter((row) => row.eventType === 'feasibility_request.withdrawn')
      .map((row) => JSON.parse(row.envelope) as { actor: unknown; payload: Record<string, unknown> });

  beforeEach(async () => {
    database = await openSqliteTestDatabase();
    await database.deliver(
      branch.created(),
      airlink.created(),
      skynet.created(),
      aCitySetting(airlink, cityId).created(),
      aCitySetting(skynet, cityId).created(),
    );
    for (const bso of [airlink, skynet])
      await database.raise(
        sales,
        aFeasibilityRequestInput({ leadId, cityId, branchId: branch.id, bsoId: bso.id }),
      );
    // Another lead's request, which the cancellation must not touch.
    await database.raise(sales, aFeasibilityRequestInput({ cityId, branchId: branch.id, bsoId: airlink.id }));
    const [forAirlink] = (await stored()).filter((r) => r.leadId === leadId);
    await database.answerFeasible(airlink.id, forAirlink.id);
  });

  afterEach(async () => {
    await database.close();
  });

  it("withdraws the lead's answered and open requests, as the canceller, and leaves other leads' alone", async () => {
    await database.deliver(cancellation());
    const after = await stored();
    expect(after.filter((r) => r.leadId === leadId).map((r) => r.status)).toEqual(['CANCELLED', 'CANCELLED']);
    expect(after.filter((r) => r.leadId !== leadId).map((r) => r.status)).toEqual(['OPEN']);
    const events = await withdrawals();
    expect(events.map((e) => [e.payload.bsoId, e.payload.fromStatus])).toEqual([
      [airlink.id, 'ANSWERED'],
      [skynet.id, 'OPEN'],
    ]);
    expect(events[0]).toMatchObject({
      actor: { kind: 'USER', id: 'sales-1' },
      payload: {
        reason: 'lead LEAD-2026-000007 was cancelled: budget frozen',
        withdrawnBy: 'sales-1',
        notify: [expect.objectContaining({ role: 'BSO' })],
      },
    });
  });

  it('withdraws nothing more when the event comes again, or the lead is cancelled again', async () => {
    const event = cancellation();
    await database.deliver(event, event);
    await database.deliver(cancellation('again'));
    expect(await withdrawals()).toHaveLength(2);
    expect(await database.db.manager.getRepository(InboxEntity).countBy({ eventId: event.id })).toBe(1);
  });

  it('withdraws the waiting requests when the lead became an order on another answer', async () => {
    await database.deliver(conversion());
    const events = await withdrawals();
    expect(events.map((e) => e.payload.reason)).toEqual([
      'lead LEAD-2026-000007 became order ORD-2026-000003 on another answer',
      'lead LEAD-2026-000007 became order ORD-2026-000003 on another answer',
    ]);
    // The lead's later cancellation (its booked order dropped) finds nothing left to withdraw.
    await database.deliver(cancellation());
    expect(await withdrawals()).toHaveLength(2);
  });

  it('cuts a long reason to what a withdrawal keeps', async () => {
    await database.deliver(cancellation('x'.repeat(600)));
    const [first] = await withdrawals();
    expect((first.payload.reason as string).length).toBe(500);
    expect((first.payload.reason as string).endsWith('…')).toBe(true);
  });
});
