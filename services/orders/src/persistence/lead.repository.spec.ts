import { openSqliteTestDatabase, type SqliteTestDatabase } from '../../test/sqlite-database';
import { formatLeadNo, openLead } from '../domain/lead';
import { LeadRepository } from './lead.repository';

/** What every seeded lead has beside its own details: a direct sale for a new customer. */
const sales = { customerId: null, salesMode: 'DIRECT' as const, source: null, crmOwnerId: null };

describe('LeadRepository.list on SQLite', () => {
  let database: SqliteTestDatabase;
  const repo = new LeadRepository();
  const list = (
    filter: Parameters<LeadRepository['list']>[1]['filter'],
    first = 10,
    after?: string,
    branchScope: readonly string[] | null = null,
  ) => repo.list(database.db.manager, { filter, first, after }, branchScope);
  const leadNos = async (filter: Parameters<typeof list>[0], branchScope: readonly string[] | null = null) =>
    (await list(filter, 10, undefined, branchScope)).edges.map((e) => e.node.leadNo);

  beforeAll(async () => {
    database = await openSqliteTestDatabase();
    const seed: [string, string, string, string][] = [
      ['Acme Industries', 'pune', 'b-pune', '2026-01-10T09:00:00Z'],
      ['Globex 100%_Fibre', 'pune', 'b-pune', '2026-02-10T09:00:00Z'],
      ['Initech', 'blr', 'b-blr', '2026-03-10T09:00:00Z'],
      ['ACME Foods', 'blr', 'b-blr', '2026-04-10T09:00:00Z'],
    ];
    await database.db.transaction(async (em) => {
      for (const [i, [customerName, cityId, branchId, at]] of seed.entries()) {
        const lead = openLead(
          {
            customerName,
            cityId,
            branchId,
            contactEmail: null,
            contactPhone: null,
            productInterest: null,
            ...sales,
          },
          { id: `lead-${i + 1}`, leadNo: formatLeadNo(2026, i + 1), createdAt: new Date(at), createdBy: 'u' },
        );
        await repo.insert(em, { ...lead, clientMutationId: null, requestHash: null });
      }
      // A lead from before leads had branches.
      const legacy = openLead(
        {
          customerName: 'Legacy Ltd',
          cityId: 'goa',
          branchId: 'unused',
          ...sales,
          contactEmail: null,
          contactPhone: null,
          productInterest: null,
        },
        {
          id: 'lead-0',
          leadNo: formatLeadNo(2025, 1),
          createdAt: new Date('2025-06-01T09:00:00Z'),
          createdBy: 'u',
        },
      );
      await repo.insert(em, { ...legacy, branchId: null, clientMutationId: null, requestHash: null });
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
      'LEAD-2025-000001',
    ]);
  });

  it('keeps to the branch scope: every lead for null, only those branches for a list, none for []', async () => {
    expect(await leadNos({}, ['b-pune'])).toEqual(['LEAD-2026-000002', 'LEAD-2026-000001']);
    expect(await leadNos({}, ['b-blr', 'b-pune'])).toHaveLength(4);
    expect(await leadNos({}, [])).toEqual([]);
    expect(await leadNos({}, ['b-elsewhere'])).toEqual([]);
    // A lead without a branch is only in the unrestricted (ALL) list.
    expect(await leadNos({ search: 'legacy' }, null)).toEqual(['LEAD-2025-000001']);
    expect(await leadNos({ search: 'legacy' }, ['b-pune', 'b-blr'])).toEqual([]);
    const scoped = await list({ search: 'acme' }, 10, undefined, ['b-blr']);
    expect([scoped.totalCount, scoped.edges.map((e) => e.node.leadNo)]).toEqual([1, ['LEAD-2026-000004']]);
  });

  it('narrows by branch, within the scope', async () => {
    expect(await leadNos({ branchId: 'b-blr' })).toEqual(['LEAD-2026-000004', 'LEAD-2026-000003']);
    expect(await leadNos({ branchId: 'b-blr' }, ['b-pune'])).toEqual([]);
  });

  it('counts and pages only the leads in scope', async () => {
    const page1 = await list({}, 1, undefined, ['b-pune']);
    expect([page1.totalCount, page1.pageInfo.hasNextPage]).toEqual([2, true]);
    const page2 = await list({}, 1, page1.pageInfo.endCursor!, ['b-pune']);
    expect(page2.edges.map((e) => e.node.id)).toEqual(['lead-1']);
    expect(page2.pageInfo.hasNextPage).toBe(false);
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
    expect(page1.totalCount).toBe(5);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const page2 = await list({}, 3, page1.pageInfo.endCursor!);
    expect(page2.edges.map((e) => e.node.id)).toEqual(['lead-1', 'lead-0']);
    expect(page2.pageInfo.hasNextPage).toBe(false);
  });
});
