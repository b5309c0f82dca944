import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EntitySchema, Table, type MigrationInterface, type QueryRunner } from 'typeorm';
import { columns } from './columns';
import { Database } from './database';
import { InvalidCursorError, paginate, type Page } from './pagination';

interface ItemRow {
  id: string;
  name: string;
  createdAt: Date;
}

const ItemEntity = new EntitySchema<ItemRow>({
  name: 'Item',
  tableName: 'item',
  columns: {
    id: { type: 'varchar', length: 36, primary: true },
    name: { type: 'varchar', length: 100 },
    createdAt: { name: 'created_at', type: 'datetime', precision: 3 },
  },
});

class CreateItem1763900000001 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columns(queryRunner);
    await queryRunner.createTable(
      new Table({ name: 'item', columns: [c.uuid('id'), c.string('name', 100), c.instant('created_at')] }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('item');
  }
}

const cursorOf = (text: string) => Buffer.from(text).toString('base64url');

describe('paginate (SQLite)', () => {
  let dataDir: string;
  let db: Database;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'oms-paginate-'));
    db = await Database.open({
      service: 'items',
      dataDir,
      entities: [ItemEntity],
      migrations: [CreateItem1763900000001],
    });
    const base = Date.parse('2025-01-01T00:00:00.000Z');
    await db.transaction(async (em) => {
      // 25 items; every three share a timestamp, so the id breaks ties.
      for (let i = 0; i < 25; i++) {
        await em.getRepository(ItemEntity).insert({
          id: randomUUID(),
          name: `item-${i}`,
          createdAt: new Date(base + Math.floor(i / 3) * 1000 + 7),
        });
      }
    });
  });

  afterAll(async () => {
    await db.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const query = () => db.manager.getRepository(ItemEntity).createQueryBuilder('i');

  it('walks the whole list newest first, every item once, through the cursors it hands out', async () => {
    const all = await db.manager.getRepository(ItemEntity).find();
    const expected = [...all]
      .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : -1))
      .map((r) => r.id);
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const page: Page<ItemRow> = await paginate(query(), { first: 4, after });
      pages += 1;
      expect(page.totalCount).toBe(25);
      seen.push(...page.edges.map((e) => e.node.id));
      expect(page.pageInfo.endCursor).toBe(page.edges.at(-1)?.cursor ?? null);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(pages).toBe(7);
    expect(seen).toEqual(expected);
  });

  it('defaults to 20, caps first at maxFirst and asks for at least one', async () => {
    expect((await paginate(query(), {})).edges).toHaveLength(20);
    expect((await paginate(query(), { first: 500 }, 10)).edges).toHaveLength(10);
    expect((await paginate(query(), { first: 0 })).edges).toHaveLength(1);
    expect((await paginate(query(), { first: -5 })).edges).toHaveLength(1);
  });

  it('answers an empty page with no cursor', async () => {
    const page = await paginate(query().where('i.name = :n', { n: 'nobody' }), { first: 5 });
    expect(page).toEqual({ edges: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 });
  });

  it('refuses cursors it did not hand out with InvalidCursorError', async () => {
    const bad = [
      'garbage',
      cursorOf('not a date|some-id'),
      cursorOf('2025-01-01T00:00:00.000Z'),
      cursorOf('2025-01-01T00:00:00.000Z|'),
      cursorOf('|some-id'),
    ];
    for (const after of bad) {
      await expect(paginate(query(), { first: 2, after })).rejects.toBeInstanceOf(InvalidCursorError);
    }
    const err = await paginate(query(), { after: 'garbage' }).catch((e: unknown) => e as Error);
    expect(err).toMatchObject({
      name: 'InvalidCursorError',
      message: 'after is not a cursor returned by this list',
    });
  });

  it('treats an empty cursor as the first page', async () => {
    const first = await paginate(query(), { first: 3 });
    const emptyAfter = await paginate(query(), { first: 3, after: '' });
    expect(emptyAfter.edges.map((e) => e.node.id)).toEqual(first.edges.map((e) => e.node.id));
  });
});
