import type { EntityManager } from 'typeorm';
import { NumberSequenceEntity } from './number-sequence.entity';
import { isUniqueViolation } from './sql-errors';

/**
 * Hands out gap-free consecutive numbers per named series from the `number_sequence` table, inside the
 * caller's transaction: the counter row stays locked until that transaction ends, and a rolled-back
 * transaction gives its number back. Plain UPDATE/INSERT/SELECT, so it works the same on MySQL and SQLite.
 */
export class NumberSequenceRepository {
  /** The next number of `name` (1 for a new series). Must run inside a transaction. */
  async next(em: EntityManager, name: string): Promise<number> {
    const repo = em.getRepository(NumberSequenceEntity);
    if (!(await this.increment(em, name))) {
      try {
        await repo.insert({ name, lastIssued: 1 });
        return 1;
      } catch (err) {
        // Another transaction started the series first; once it committed, our increment finds its row.
        if (!isUniqueViolation(err) || !(await this.increment(em, name))) throw err;
      }
    }
    const row = await repo.findOneByOrFail({ name });
    return Number(row.lastIssued);
  }

  /** Bumps the counter (taking its row lock); false when the series has no row yet. */
  private async increment(em: EntityManager, name: string): Promise<boolean> {
    const result = await em.getRepository(NumberSequenceEntity).increment({ name }, 'lastIssued', 1);
    return (result.affected ?? 0) > 0;
  }
}
