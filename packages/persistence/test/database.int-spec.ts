import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EntitySchema, Table, type MigrationInterface, type QueryRunner } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '@oms/testkit';
import { Database, InvalidCursorError, columns, containsPattern, paginate, type Dialect } from '../src';

/** A test-only row with one column of each portable kind. */
interface SampleRow {
  seq: string;
  id: string;
  label: string;
  body: string;
  count: number;
  createdAt: Date;
  closedAt: Date | null;
}

const SampleEntity = new EntitySchema<SampleRow>({
  name: 'Sample',
  tableName: 'sample',
  columns: {
    seq: { type: 'bigint', primary: true, generated: 'increment' },
    id: { type: 'varchar', length: 36, unique: true },
    label: { type: 'varchar', length: 100 },
    body: { type: 'text' },
    count: { type: 'int' },
    createdAt: { name: 'created_at', type: 'datetime', precision: 3 },
    closedAt: { name: 'closed_at', type: 'datetime', precision: 3, nullable: true },
  },
});

class CreateSample1763900000000 implements MigrationInterface {
  name = 'CreateSample1763900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columns(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'sample',
        columns: [
          c.sequence('seq'),
          { ...c.uuid('id', false), isUnique: true },
          c.string('label', 100),
          c.text('body'),
          c.int('count', false, 0),
          c.instant('created_at'),
          c.instant('closed_at', true),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('sample');
  }
}

/** A sample row; the body is long (more than MySQL's 64 KB `text`) and not only ASCII. */
function aSample(label: string, createdAt: Date, overrides: Partial<SampleRow> = {}): Omit<SampleRow, 'seq'> {
  return {
    id: randomUUID(),
    label,
    body: `${label}: नमस्ते — 🚀 ${'x'.repeat(70_000)}`,
    count: 7,
    createdAt,
    closedAt: null,
    ...overrides,
  };
}

/** Where each dialect's database lives, so a test can open it again as a restarted process would. */
interface Target {
  dialect: Dialect;
  open(): Promise<Database>;
  cleanup(): Promise<void>;
}

async function mysqlTarget(): Promise<Target> {
  const database: TestDatabase = await createTestDatabase('persistence');
  return {
    dialect: 'mysql',
    open: () =>
      Database.open({
        service: 'sample',
        url: database.url,
        dataDir: tmpdir(),
        entities: [SampleEntity],
        migrations: [CreateSample1763900000000],
        poolSize: 3,
      }),
    cleanup: () => database.drop(),
  };
}

async function sqliteTarget(): Promise<Target> {
  const dataDir = mkdtempSync(join(tmpdir(), 'oms-persistence-'));
  return {
    dialect: 'sqlite',
    open: () =>
      Database.open({
        service: 'sample',
        dataDir,
        entities: [SampleEntity],
        migrations: [CreateSample1763900000000],
      }),
    cleanup: async () => rmSync(dataDir, { recursive: true, force: true }),
  };
}

describe.each([
  ['MySQL (MariaDB test database)', mysqlTarget],
  ['SQLite (temporary file)', sqliteTarget],
])('Database on %s', (_name, makeTarget) => {
  let target: Target;
  let db: Database;

  beforeAll(async () => {
    target = await makeTarget();
    db = await target.open();
  });

  afterAll(async () => {
    await db?.close();
    await target?.cleanup();
  });

  const samples = () => db.manager.getRepository(SampleEntity);

  it('runs the migrations once and opens on the expected dialect', async () => {
    expect(db.dialect).toBe(target.dialect);
    expect(await db.ping()).toBe(true);
    expect(await db.dataSource.showMigrations()).toBe(false);
    const ran = await db.dataSource.query<{ name: string }[]>('SELECT name FROM migrations');
    expect(ran.map((r) => r.name)).toEqual(['CreateSample1763900000000']);
  });

  it('round-trips text, milliseconds, null and the bigint sequence with the same values', async () => {
    const first = aSample('first', new Date('2024-02-29T23:59:58.123Z'), {
      closedAt: new Date('2025-01-01T00:00:00.001Z'),
    });
    const second = aSample('second', new Date('2024-03-01T05:30:00.999Z'), { count: -3 });
    await db.transaction(async (em) => {
      await em.getRepository(SampleEntity).insert(first);
      await em.getRepository(SampleEntity).insert(second);
    });

    const rows = await samples().find({ order: { seq: 'ASC' } });
    // The sequence orders rows by insertion and comes back as a string on both engines.
    const withoutBody = ({ body: _body, ...rest }: Omit<SampleRow, 'seq'> & { seq?: string }) => rest;
    expect(rows.map(withoutBody)).toEqual([
      { ...withoutBody(first), seq: '1' },
      { ...withoutBody(second), seq: '2' },
    ]);
    expect(rows[0].createdAt.getUTCMilliseconds()).toBe(123);
    // Compared as booleans: a 70 KB diff helps nobody.
    expect(rows[0].body === first.body).toBe(true);
    expect(rows[1].body === second.body).toBe(true);

    // A Date used as a query parameter matches the stored value to the millisecond.
    const exact = await samples()
      .createQueryBuilder('s')
      .where('s.createdAt = :at', { at: new Date('2024-03-01T05:30:00.999Z') })
      .getMany();
    expect(exact.map((r) => r.label)).toEqual(['second']);
  });

  it('rolls a failed transaction back and keeps working afterwards', async () => {
    const before = await samples().count();
    await expect(
      db.transaction(async (em) => {
        await em.getRepository(SampleEntity).insert(aSample('rolled-back', new Date()));
        expect(await em.getRepository(SampleEntity).count()).toBe(before + 1);
        throw new Error('use case failed');
      }),
    ).rejects.toThrow('use case failed');
    expect(await samples().count()).toBe(before);
    expect(await samples().count({ where: { label: 'rolled-back' } })).toBe(0);

    // A statement that fails inside the transaction (duplicate unique id) rolls back the earlier insert too.
    const [existing] = await samples().find({ take: 1 });
    await expect(
      db.transaction(async (em) => {
        await em.getRepository(SampleEntity).insert(aSample('partial', new Date()));
        await em.getRepository(SampleEntity).insert(aSample('duplicate', new Date(), { id: existing.id }));
      }),
    ).rejects.toThrow();
    expect(await samples().count({ where: { label: 'partial' } })).toBe(0);

    await db.transaction((em) => em.getRepository(SampleEntity).insert(aSample('after', new Date())));
    expect(await samples().count()).toBe(before + 1);
  });

  it('keeps committed data, and only committed data, across close and reopen', async () => {
    const rowsBefore = await samples().find({ order: { seq: 'ASC' } });
    expect(rowsBefore.length).toBeGreaterThan(0);
    await db.close();
    db = await target.open(); // migrations already applied: nothing runs twice
    expect(await samples().find({ order: { seq: 'ASC' } })).toEqual(rowsBefore);
    expect(await db.dataSource.showMigrations()).toBe(false);

    // The sequence continues after the restart instead of reusing numbers.
    await db.transaction((em) => em.getRepository(SampleEntity).insert(aSample('reopened', new Date())));
    const last = await samples().findOneByOrFail({ label: 'reopened' });
    expect(BigInt(last.seq)).toBeGreaterThan(BigInt(rowsBefore.at(-1)!.seq));
  });

  it('pages newest first with cursors, stable across equal timestamps', async () => {
    const at = new Date('2030-06-01T10:00:00.500Z');
    const page = (first: number, after?: string | null) =>
      paginate(samples().createQueryBuilder('s').where('s.label LIKE :p', { p: 'page-%' }), { first, after });
    // Three rows share one timestamp, so the id decides their order.
    await db.transaction(async (em) => {
      for (const [i, ms] of [500, 500, 500, 100, 900].entries()) {
        await em
          .getRepository(SampleEntity)
          .insert(aSample(`page-${i}`, new Date(at.getTime() - 500 + ms), { body: 'short' }));
      }
    });
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 5; i++) {
      const result = await page(2, after);
      expect(result.totalCount).toBe(5);
      seen.push(...result.edges.map((e) => e.node.id));
      after = result.pageInfo.endCursor;
      if (!result.pageInfo.hasNextPage) break;
    }
    const all = await samples().find({ where: { body: 'short' } });
    const expected = [...all]
      .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : -1))
      .map((r) => r.id);
    expect(seen).toEqual(expected);
    await expect(page(2, 'not-a-cursor')).rejects.toBeInstanceOf(InvalidCursorError);
  });

  it('matches search text literally, wildcards included', async () => {
    await db.transaction(async (em) => {
      await em.getRepository(SampleEntity).insert(aSample('100% Fibre_Plan!', new Date(), { body: 'short' }));
      await em.getRepository(SampleEntity).insert(aSample('1000 FibreXPlan', new Date(), { body: 'short' }));
    });
    const search = (text: string) =>
      samples()
        .createQueryBuilder('s')
        .where("LOWER(s.label) LIKE :q ESCAPE '!'", { q: containsPattern(text) })
        .getMany()
        .then((rows) => rows.map((r) => r.label));
    expect(await search('0% fibre_')).toEqual(['100% Fibre_Plan!']);
    expect(await search('  PLAN! ')).toEqual(['100% Fibre_Plan!']);
    expect((await search('fibre')).sort()).toEqual(['100% Fibre_Plan!', '1000 FibreXPlan']);
  });
});
