import { openSqliteTestDatabase, type SqliteTestDatabase } from '../../test/sqlite-database';
import { formatLeadNo, openLead } from '../domain/lead';
import { LeadRepository } from './lead.repository';

describe('LeadRepository.list on SQLite', () => {
  let database: SqliteTestDatabase;
  const repo = new LeadRepository();
  const list = (filter: Parameters<LeadRepository['list']>[1]['filter'], first = 10, after?: string) =>
    repo.list(database.db.manager, { filter, first, after });
  const leadNos = async (filter: Parameters<typeof list>[0]) =>
    (await list(filter)).edges.map((e) => e.node.leadNo);

  beforeAll(async () => {
    database = await openSqliteTestDatabase();
    const seed: [string, string, string][] = [
      ['Acme Industries', 'pune', '2026-01-10T09:00:00Z'],
      ['Globex 100%_Fibre', 'pune', '2026-02-10T09:00:00Z'],
      ['Initech', 'blr', '2026-03-10T09:00:00Z'],
      ['ACME Foods', 'blr', '2026-04-10T09:00:00Z'],
    ];
    await database.db.transaction(async (em) => {
      for (const [i, [customerName, cityId, at]] of seed.entries()) {
        const lead = openLead(
          { customerName, cityId, contactEmail: null, contactPhone: null, productInterest: null },
          { id: `lead-${i + 1}`, leadNo: formatLeadNo(2026, i + 1), createdAt: new Date(at), createdBy: 'u' },
        );
        await repo.insert(em, { ...lead, clientMutationId: null, requestHash: null });
      }
    });
  });

  afterAll(async () => {
    await database.close();
  });

  it('lists newest first', async () => {
    expect(await leadNos({})).toEqual([
      'LEAD-2026-000004',
      'LEAD-2026-000003',
      'LEAD-2026-000002',
      'LEAD-2026-000001',
    ]);
  });

  it('searches customer names and lead numbers case-insensitively, wildcards taken literally', async () => {
    expect(await leadNos({ search: 'acme' })).toEqual(['LEAD-2026-000004', 'LEAD-2026-000001']);
    expect(await leadNos({ search: '2026-000003' })).toEqual(['LEAD-2026-000003']);
    expect(await leadNos({ search: '100%_' })).toEqual(['LEAD-2026-000002']);
    expect(await leadNos({ search: '%' })).toEqual(['LEAD-2026-000002']);
  });

  it('narrows by city and by a half-open creation window', async () => {
    expect(await leadNos({ cityId: 'pune' })).toEqual(['LEAD-2026-000002', 'LEAD-2026-000001']);
    expect(
      await leadNos({
        createdFrom: new Date('2026-02-10T09:00:00Z'),
        createdTo: new Date('2026-04-10T09:00:00Z'),
      }),
    ).toEqual(['LEAD-2026-000003', 'LEAD-2026-000002']);
    expect(
      await leadNos({ cityId: 'blr', search: 'acme', createdFrom: new Date('2026-04-01T00:00:00Z') }),
    ).toEqual(['LEAD-2026-000004']);
  });

  it('pages with cursors and counts all matches', async () => {
    const page1 = await list({}, 3);
    expect(page1.totalCount).toBe(4);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const page2 = await list({}, 3, page1.pageInfo.endCursor!);
    expect(page2.edges.map((e) => e.node.id)).toEqual(['lead-1']);
    expect(page2.pageInfo.hasNextPage).toBe(false);
  });
});
