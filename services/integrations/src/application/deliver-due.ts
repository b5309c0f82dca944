import type { EntityManager } from 'typeorm';
import type { Database } from '@oms/persistence';

/** How long a claimed item is kept from other senders while its attempt runs. */
export const LEASE_MS = 60_000;
/** How many due items one pass takes at most. */
export const BATCH_SIZE = 20;

/** The queue a sender works through: what is due, and how to claim one item. */
export interface DeliveryQueue<T> {
  due(em: EntityManager, now: Date, limit: number): Promise<T[]>;
  claim(em: EntityManager, item: T, leaseUntil: Date): Promise<boolean>;
}

/**
 * One pass of a sender: every due item is claimed (in its own short transaction, so the attempt does not
 * hold one open) and attempted; an item another sender claimed first is skipped. Resolves with how many
 * items it attempted.
 */
export async function deliverDue<T>(
  db: Database,
  queue: DeliveryQueue<T>,
  attempt: (item: T) => Promise<void>,
  clock: () => Date,
): Promise<number> {
  const due = await db.read((em) => queue.due(em, clock(), BATCH_SIZE));
  let attempted = 0;
  for (const item of due) {
    const claimed = await db.transaction((em) =>
      queue.claim(em, item, new Date(clock().getTime() + LEASE_MS)),
    );
    if (!claimed) continue;
    attempted += 1;
    await attempt(item);
  }
  return attempted;
}
