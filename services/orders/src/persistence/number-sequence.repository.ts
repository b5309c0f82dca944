import type { EntityManager } from 'typeorm';
import { NumberSequenceEntity } from './number-sequence.entity';
import { isUniqueViolation } from './sql-errors';

/** Raised by `next` when a series has no counter row yet: `start` it in its own transaction, then retry. */
export class SequenceNotStartedError extends Error {
  constructor(readonly sequence: string) {
    super(`number sequence ${sequence} has not been started`);
    this.name = 'SequenceNotStartedError';
  }
}

/**
 * Hands out gap-free consecutive numbers per named series from the `number_sequence` table, inside the
 * caller's transaction: the counter row stays locked until that transaction ends, and a rolled-back
 * transaction gives its number back. Plain UPDATE/INSERT/SELECT, so it works the same on MySQL and SQLite.
 *
 * A new series' row is created by `start`, in a transaction of its own: creating it inside the numbering
 * transaction would make concurrent first callers deadlock on MySQL (each holds a shared lock on the
 * duplicate row and waits for the others' to increment it).
 */
export class NumberSequenceRepository {
  /** The next number of `name`. Must run inside a transaction; throws `SequenceNotStartedError` for a new series. */
  async next(em: EntityManager, name: string): Promise<number> {
    const repo = em.getRepository(NumberSequenceEntity);
    const bumped = await repo.increment({ name }, 'lastIssued', 1);
    if ((bumped.affected ?? 0) === 0) throw new SequenceNotStartedError(name);
    const row = await repo.findOneByOrFail({ name });
    return Number(row.lastIssued);
  }

  /** Creates the counter row of a series at 0 (its first `next` gives 1); no-op when it already exists. */
  async start(em: EntityManager, name: string): Promise<void> {
    try {
      await em.getRepository(NumberSequenceEntity).insert({ name, lastIssued: 0 });
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
    }
  }
}
