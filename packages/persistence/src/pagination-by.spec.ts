import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EntitySchema, Table, type MigrationInterface, type QueryRunner } from 'typeorm';
import { columns } from './columns';
import { Database } from './database';
import { InvalidCursorError, paginateBy, type OrderKey, type Page } from './pagination';

interface RankedRow {
  id: string;
  rank: number;
  code: string;
  createdAt: Date;
}

const RankedEntity = new EntitySchema<RankedRow>({
  name: 'Ranked',
  tableName: 'ranked',
  columns: {
    id: { type: 'varchar', length: 36, primary: true },
    rank: { name: 'rank_no', type: 'int' },
    code: { type: 'varchar', length: 20 },
    createdAt: { name: 'created_at', type: 'datetime', precision: 3 },
  },
});

class CreateRanked1763900000002 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columns(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'ranked',
        columns: [c.uuid('id'), c.int('rank_no'), c.string('code', 20), c.instant('created_at')],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('ranked');
  }
}

const RANK_THEN_CODE: OrderKey<RankedRow>[] = [
  { property: 'rank', direction: 'ASC', type: 'number' },
  { property: 'code', direction: 'ASC', type: 'string' },
  { property: 'id', direction: 'ASC', type: 'string' },
];

const cursorOf = (values: unknown) => Buffer.from(JSON.stringify(values)).toString('base64url');

describe('paginateBy (SQLite)', () => {
  let dataDir: string;
  let db: Database;
  let all: RankedRow[];

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'oms-paginate-by-'));
    db = await Database.open({
      service: 'ranked',
      dataDir,
      entities: [RankedEntity],
      migrations: [CreateRanked1763900000002],
    });
    const base = Date.parse('2025-01-01T00:00:00.000Z');
    await db.transaction(async (em) => {
      // 23 rows over 5 ranks (negative ones too); codes repeat across ranks, and every code repeats once
      // within rank 0, so only the id breaks that tie; timestamps repeat in threes.
      for (let i = 0; i < 23; i++) {
        await em.getRepository(RankedEntity).insert({
          id: randomUUID(),
          rank: (i % 5) - 2,
          code: `C${i % 4}`,
          createdAt: new Date(base + Math.floor(i / 3) * 1000),
        });
      }
    });
    all = await db.manager.getRepository(RankedEntity).find();
  });

  afterAll(async () => {
    await db.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const query = () => db.manager.getRepository(RankedEntity).createQueryBuilder('r');

  async function walk(keys: readonly OrderKey<RankedRow>[], first: number): Promise<string[]> {
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: Page<RankedRow> = await paginateBy(query(), { first, after }, keys);
      expect(page.totalCount).toBe(23);
      expect(page.edges.length).toBeLessThanOrEqual(first);
      seen.push(...page.edges.map((e) => e.node.id));
      if (!page.pageInfo.hasNextPage) return seen;
      after = page.pageInfo.endCursor;
    }
  }

  it('walks the list in the order of its keys, every row once, through the cursors it hands out', async () => {
    const expected = [...all]
      .sort((a, b) => a.rank - b.rank || a.code.localeCompare(b.code) || (a.id < b.id ? -1 : 1))
      .map((r) => r.id);
    expect(await walk(RANK_THEN_CODE, 4)).toEqual(expected);
    expect(await walk(RANK_THEN_CODE, 1)).toEqual(expected);
  });

  it('mixes directions and date keys', async () => {
    const keys: OrderKey<RankedRow>[] = [
      { property: 'rank', direction: 'DESC', type: 'number' },
      { property: 'createdAt', direction: 'ASC', type: 'date' },
      { property: 'id', direction: 'DESC', type: 'string' },
    ];
    const expected = [...all]
      .sort(
        (a, b) => b.rank - a.rank || a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? 1 : -1),
      )
      .map((r) => r.id);
    expect(await walk(keys, 3)).toEqual(expected);
  });

  it('pages within a filter and caps first', async () => {
    const page = await paginateBy(
      query().where('r.rank = :rank', { rank: 0 }),
      { first: 500 },
      RANK_THEN_CODE,
      3,
    );
    expect(page.totalCount).toBe(all.filter((r) => r.rank === 0).length);
    expect(page.edges).toHaveLength(3);
    expect(page.pageInfo.hasNextPage).toBe(true);
  });

  it('refuses cursors that do not fit its keys with InvalidCursorError', async () => {
    const bad = [
      'garbage',
      cursorOf({ rank: 1 }),
      cursorOf([1, 'C1']),
      cursorOf([1, 'C1', 'id', 'extra']),
      cursorOf(['1', 'C1', 'id']),
      cursorOf([1, 2, 'id']),
      cursorOf([1, 'C1', '']),
      cursorOf([null, 'C1', 'id']),
    ];
    for (const after of bad) {
      await expect(paginateBy(query(), { after }, RANK_THEN_CODE)).rejects.toBeInstanceOf(InvalidCursorError);
    }
    const dated: OrderKey<RankedRow>[] = [
      { property: 'createdAt', direction: 'DESC', type: 'date' },
      { property: 'id', direction: 'DESC', type: 'string' },
    ];
    await expect(
      paginateBy(query(), { after: cursorOf(['not a date', 'id']) }, dated),
    ).rejects.toBeInstanceOf(InvalidCursorError);
  });
});
