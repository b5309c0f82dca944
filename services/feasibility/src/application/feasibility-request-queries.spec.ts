import { randomUUID } from 'node:crypto';
import {
  aBranch,
  aBso,
  aCaller,
  aCitySetting,
  aFeasibilityRequestInput,
  partnerAccess,
  staffAccess,
} from '../../test/builders';
import { openSqliteTestDatabase, type SqliteTestDatabase } from '../../test/sqlite-database';
import { FeasibilityRequestRepository } from '../persistence/feasibility-request.repository';
import { FeasibilityRequestQueries } from './feasibility-request-queries';

// Late BSO answers on the embedded-mode database: AIRLINK answers within 24 h, SKYNET within 48 h.
describe('late BSO answers (SQLite)', () => {
  let database: SqliteTestDatabase;
  let now: Date;
  const raisedAt = new Date('2026-06-01T08:00:00.000Z');
  const cityId = randomUUID();
  const branch = aBranch('PUNE_01', [cityId]);
  const [airlink, skynet] = [aBso('AIRLINK'), aBso('SKYNET')];
  const sales = aCaller(staffAccess('sales-1', { branchIds: [branch.id] }));
  const requests = new FeasibilityRequestRepository();
  let queries: FeasibilityRequestQueries;
  let ids: { airlinkOpen: string; airlinkAnswered: string; skynetOpen: string };

  const listed = async (answerOverdue: boolean) =>
    (await queries.list(sales.principal, { filter: { answerOverdue }, first: 100 })).edges
      .map((e) => e.node.id)
      .sort();

  beforeEach(async () => {
    database = await openSqliteTestDatabase();
    await database.deliver(
      branch.created(),
      airlink.created(),
      skynet.created(),
      aCitySetting(airlink, cityId, 24).created(),
      aCitySetting(skynet, cityId, 48).created(),
    );
    const raise = async (bsoId: string) =>
      (
        await database.raise(
          sales,
          aFeasibilityRequestInput({ cityId, branchId: branch.id, bsoId }),
          raisedAt,
        )
      ).id;
    ids = {
      airlinkOpen: await raise(airlink.id),
      airlinkAnswered: await raise(airlink.id),
      skynetOpen: await raise(skynet.id),
    };
    await database.answerFeasible(airlink.id, ids.airlinkAnswered);
    queries = new FeasibilityRequestQueries(database.db, requests, () => now);
  });

  afterEach(async () => {
    await database.close();
  });

  it('lists none as late before any due time, then the open ones whose TAT has run out', async () => {
    now = new Date('2026-06-02T08:00:00.000Z'); // exactly AIRLINK's due time: not late yet
    expect(await listed(true)).toEqual([]);
    expect(await listed(false)).toEqual(Object.values(ids).sort());
    expect(await queries.overdueAnswersByBso()).toEqual([]);

    now = new Date('2026-06-02T08:00:01.000Z'); // AIRLINK late on its open request; SKYNET still in time
    expect(await listed(true)).toEqual([ids.airlinkOpen]);
    expect(await listed(false)).toEqual([ids.airlinkAnswered, ids.skynetOpen].sort());
    expect(await queries.overdueAnswersByBso()).toEqual([{ bso: 'AIRLINK', count: 1 }]);

    now = new Date('2026-06-04T00:00:00.000Z'); // both late; the answered request never is
    expect(await listed(true)).toEqual([ids.airlinkOpen, ids.skynetOpen].sort());
    expect((await queries.overdueAnswersByBso()).sort((a, b) => a.bso.localeCompare(b.bso))).toEqual([
      { bso: 'AIRLINK', count: 1 },
      { bso: 'SKYNET', count: 1 },
    ]);
  });

  it('keeps a partner to its own BSO’s late requests', async () => {
    now = new Date('2026-06-04T00:00:00.000Z');
    const page = await queries.list(aCaller(partnerAccess('p-skynet', skynet.id)).principal, {
      filter: { answerOverdue: true },
      first: 100,
    });
    expect(page.edges.map((e) => e.node.id)).toEqual([ids.skynetOpen]);
  });
});
