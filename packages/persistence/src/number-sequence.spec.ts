import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Database } from './database';
import {
  CreateNumberSequence1763700000500,
  NumberSequenceEntity,
  currentNumber,
  nextNumber,
} from './number-sequence';

// The counters on the embedded-mode engine (a SQLite file through sql.js); the races run on MariaDB in
// test/number-sequence.int-spec.ts.
describe('number sequences (SQLite)', () => {
  let dir: string;
  let db: Database;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'number-sequence-spec-'));
    db = await Database.open({
      service: 'numbers',
      dataDir: dir,
      entities: [NumberSequenceEntity],
      migrations: [CreateNumberSequence1763700000500],
    });
  });

  afterEach(async () => {
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const next = (name: string, year: number) => db.transaction((em) => nextNumber(em, name, year));

  it('counts from 1 per name and year, each series on its own', async () => {
    expect([await next('lead', 2026), await next('lead', 2026), await next('lead', 2026)]).toEqual([1, 2, 3]);
    expect(await next('lead', 2027)).toBe(1);
    expect(await next('feasibility_request', 2026)).toBe(1);
    expect(await currentNumber(db.manager, 'lead', 2026)).toBe(3);
    expect(await db.manager.getRepository(NumberSequenceEntity).find({ order: { name: 'ASC' } })).toEqual([
      { name: 'feasibility_request', year: 2026, lastValue: 1 },
      { name: 'lead', year: 2026, lastValue: 3 },
      { name: 'lead', year: 2027, lastValue: 1 },
    ]);
  });

  it('gives a number back when the transaction that took it rolls back', async () => {
    await next('lead', 2026);
    await expect(
      db.transaction(async (em) => {
        expect(await nextNumber(em, 'lead', 2026)).toBe(2);
        throw new Error('the numbered row failed');
      }),
    ).rejects.toThrow('the numbered row failed');
    // A rolled-back first number of a year leaves no counter row behind either.
    await expect(
      db.transaction(async (em) => {
        await nextNumber(em, 'lead', 2030);
        throw new Error('the numbered row failed');
      }),
    ).rejects.toThrow('the numbered row failed');
    expect(await next('lead', 2026)).toBe(2);
    expect(await currentNumber(db.manager, 'lead', 2030)).toBe(0);
  });
});
