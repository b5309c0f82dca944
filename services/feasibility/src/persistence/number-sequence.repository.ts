import type { EntityManager } from 'typeorm';
import { NumberSequenceEntity } from './number-sequence.entity';

/**
 * Gap-free per-year counters (request numbers) allocated inside the caller's transaction, so a number is
 * used only if the row it numbers commits.
 *
 * Portable MySQL/SQLite: the increment comes first, so on MySQL the counter row is write-locked before it
 * is read and concurrent transactions queue behind it (SQLite transactions are serialised anyway). The first
 * number of a year inserts the row; two transactions racing to do that collide on the primary key, and the
 * loser's transaction is retried whole (see `retryOnWriteConflict`) and then finds the row.
 */
export class NumberSequenceRepository {
  /** The next number of counter `name` in `year`, starting at 1. */
  async next(em: EntityManager, name: string, year: number): Promise<number> {
    const repo = em.getRepository(NumberSequenceEntity);
    await repo.increment({ name, year }, 'lastValue', 1);
    const row = await repo.findOneBy({ name, year });
    if (row) return Number(row.lastValue);
    await repo.insert({ name, year, lastValue: 1 });
    return 1;
  }

  /** The last number counter `name` handed out in `year`, or 0 when it has not started. */
  async current(em: EntityManager, name: string, year: number): Promise<number> {
    const row = await em.getRepository(NumberSequenceEntity).findOneBy({ name, year });
    return row ? Number(row.lastValue) : 0;
  }
}
