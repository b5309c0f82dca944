import type { ObjectLiteral, Repository } from 'typeorm';

/** What the senders' queue needs of a row: its id, status and when it is due. */
export interface QueuedRow extends ObjectLiteral {
  id: string;
  status: string;
  nextAttemptAt: Date | null;
}

/** Rows in one of `statuses` due at `now`, oldest due first (sync jobs and mails alike). */
export function dueRows<T extends QueuedRow>(
  repo: Repository<T>,
  statuses: readonly string[],
  now: Date,
  limit: number,
): Promise<T[]> {
  return repo
    .createQueryBuilder('q')
    .where('q.status IN (:...statuses)', { statuses: [...statuses] })
    .andWhere('q.nextAttemptAt <= :now', { now })
    .orderBy('q.nextAttemptAt', 'ASC')
    .addOrderBy('q.id', 'ASC')
    .take(limit)
    .getMany();
}

/**
 * Takes a due row for one attempt by moving its next attempt to `leaseUntil`, only if nobody else moved it
 * first; true when this caller got it (so two senders never deliver the same row at once).
 */
export async function claimRow<T extends QueuedRow>(
  repo: Repository<T>,
  row: QueuedRow,
  leaseUntil: Date,
): Promise<boolean> {
  const result = await repo
    .createQueryBuilder()
    .update()
    .set({ nextAttemptAt: leaseUntil } as never)
    .where('id = :id AND status = :status AND next_attempt_at = :due', {
      id: row.id,
      status: row.status,
      due: row.nextAttemptAt,
    })
    .execute();
  return (result.affected ?? 0) === 1;
}
