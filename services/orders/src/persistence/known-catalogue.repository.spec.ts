import { openSqliteTestDatabase, type SqliteTestDatabase } from '../../test/sqlite-database';
import { KnownCatalogueRepository } from './known-catalogue.repository';

describe('KnownCatalogueRepository on SQLite', () => {
  let database: SqliteTestDatabase;
  const repo = new KnownCatalogueRepository();
  const read = <T>(work: (em: SqliteTestDatabase['db']['manager']) => Promise<T>) =>
    work(database.db.manager);

  beforeAll(async () => {
    database = await openSqliteTestDatabase();
    await database.db.transaction(async (em) => {
      await repo.upsertBandwidth(em, { id: 'bw-1g', value: 1, unit: 'GBPS', rank: 90, active: true });
      await repo.upsertBandwidth(em, { id: 'bw-10m', value: 10, unit: 'MBPS', rank: 10, active: true });
      await repo.upsertBandwidth(em, { id: 'bw-100m', value: 100, unit: 'MBPS', rank: 50, active: false });
      await repo.upsertBandwidth(em, { id: 'bw-other', value: 2, unit: 'MBPS', rank: 5, active: true });
      // Listed in masters' order at the time; bw-unknown's own event has not arrived yet.
      await repo.upsertProduct(em, {
        id: 'p-ill',
        code: 'ILL',
        categoryId: 'cat-ill',
        bandwidthIds: ['bw-10m', 'bw-100m', 'bw-1g', 'bw-unknown'],
        active: true,
      });
      await repo.upsertProduct(em, {
        id: 'p-voip',
        code: 'VOIP',
        categoryId: 'cat-voip',
        bandwidthIds: [],
        active: true,
      });
    });
  });

  afterAll(async () => {
    await database.close();
  });

  it('answers the rank of a bandwidth, or null for one it does not know', async () => {
    expect(await read((em) => repo.rankOf(em, 'bw-100m'))).toBe(50);
    expect(await read((em) => repo.rankOf(em, 'bw-unknown'))).toBeNull();
  });

  it("lists a product's bandwidths by their current rank, inactive ones flagged, unknown ones left out", async () => {
    const ids = async () => (await read((em) => repo.bandwidthsOfProduct(em, 'p-ill'))).map((b) => b.id);
    expect(await ids()).toEqual(['bw-10m', 'bw-100m', 'bw-1g']);
    const [, middle] = await read((em) => repo.bandwidthsOfProduct(em, 'p-ill'));
    expect(middle).toEqual({ id: 'bw-100m', value: 100, unit: 'MBPS', rank: 50, active: false });

    // A re-ranking in masters reorders the answer, although the product's own list did not change.
    await database.db.transaction((em) => repo.changeBandwidth(em, 'bw-10m', { rank: 95 }));
    expect(await ids()).toEqual(['bw-100m', 'bw-1g', 'bw-10m']);
    expect(await read((em) => repo.rankOf(em, 'bw-10m'))).toBe(95);
  });

  it('gives no bandwidths for a product without any, or one it does not know', async () => {
    expect(await read((em) => repo.bandwidthsOfProduct(em, 'p-voip'))).toEqual([]);
    expect(await read((em) => repo.bandwidthsOfProduct(em, 'p-unknown'))).toEqual([]);
  });
});
