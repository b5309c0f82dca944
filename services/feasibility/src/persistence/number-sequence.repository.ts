import type { EntityManager } from 'typeorm';
import { NumberSequenceEntity } from './number-sequence.entity';

/**
 * Gap-free per-year counters (request numbers) allocated inside the caller's transaction, so a number is
 * used only if the row it numbers commits.
 *
 * Portable MySQL/SQLite: the increment comes first, so on MySQL the counter row is write-locked before it
 * is read and concurrent transactions queue behind it (SQLite transactions are serialised anyway). Whether
 * the increment found the row decides what happens next — not a later read, which under READ COMMITTED
 * could see a row another transaction committed in between and hand out its number twice. The first number
 * of a year inserts the row; two transactions racing to do that collide on the primary key, and the loser's
 * transaction is retried whole (see `retryOnWriteConflict`) and then increments the winner's row.
 */
export class NumberSequenceRepository {
  /** The next number of counter `name` in `year`, starting at 1. */
  async next(em: EntityManager, name: string, year: number): Promise<number> {
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
  async current(em: EntityManager, name: string, year: number): Promise<number> {
    const row = await em.getRepository(NumberSequenceEntity).findOneBy({ name, year });
    return row ? Number(row.lastValue) : 0;
  }
}
