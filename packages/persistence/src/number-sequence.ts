import { EntitySchema, Table, type EntityManager, type MigrationInterface, type QueryRunner } from 'typeorm';
import { columns } from './columns';

/** The last number one named counter handed out in one calendar year (lead numbers, request numbers…). */
export interface NumberSequenceRow {
  name: string;
  year: number;
  /** The last number handed out; the first is 1. */
  lastValue: number;
}

/** The `number_sequence` table: one counter row per series and year. Register it in each numbering service. */
export const NumberSequenceEntity = new EntitySchema<NumberSequenceRow>({
  name: 'NumberSequence',
  tableName: 'number_sequence',
  columns: {
    name: { name: 'sequence_name', type: 'varchar', length: 60, primary: true },
    year: { name: 'period_year', type: 'int', primary: true },
    lastValue: { name: 'last_value', type: 'int' },
  },
});

/**
 * Creates `number_sequence` on MySQL and SQLite alike. A numbering service lists it first among its own
 * migrations.
 */
export class CreateNumberSequence1763700000500 implements MigrationInterface {
  name = 'CreateNumberSequence1763700000500';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columns(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'number_sequence',
        columns: [
          { ...c.string('sequence_name', 60), isPrimary: true },
          { ...c.int('period_year'), isPrimary: true },
          c.int('last_value', false, 0),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('number_sequence');
  }
}

/**
 * The next gap-free number (1, 2, …) of counter `name` in `year`, allocated inside the caller's transaction,
 * so a number is used only if the row it numbers commits and a rolled-back transaction gives it back.
 *
 * Portable MySQL/SQLite: the increment comes first, so on MySQL the counter row is write-locked before it
 * is read and concurrent transactions queue behind it (SQLite transactions are serialised anyway). Whether
 * the increment found the row decides what happens next — not a later read, which under READ COMMITTED
 * could see a row another transaction committed in between and hand out its number twice. The first number
 * of a year inserts the row; two transactions racing to do that collide on the primary key, and the loser
 * fails with a write conflict: `UnitOfWork.run` (or `retryOnWriteConflict`) runs its transaction again, and
 * the rerun increments the winner's row.
 */
export async function nextNumber(em: EntityManager, name: string, year: number): Promise<number> {
  const repo = em.getRepository(NumberSequenceEntity);
  const { affected } = await repo.increment({ name, year }, 'lastValue', 1);
  if (affected === undefined) throw new Error('the database driver did not report the rows it updated');
  if (affected === 0) {
    await repo.insert({ name, year, lastValue: 1 });
    return 1;
  }
  // Our increment holds the row's write lock until commit, so this reads our own value.
  const row = await repo.findOneByOrFail({ name, year });
  return Number(row.lastValue);
}

/** The last number counter `name` handed out in `year`, or 0 when it has not started. */
export async function currentNumber(em: EntityManager, name: string, year: number): Promise<number> {
  const row = await em.getRepository(NumberSequenceEntity).findOneBy({ name, year });
  return row ? Number(row.lastValue) : 0;
}
