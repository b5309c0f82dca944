import type { EntityManager } from 'typeorm';
import { retryOnWriteConflict, type Database } from '@oms/persistence';
import { OutboxWriter, type EventContext, type PublishObserver } from './outbox';

/** What a use case gets inside its transaction: the entity manager and the outbox of the same transaction. */
export interface Transaction {
  em: EntityManager;
  events: OutboxWriter;
  context: EventContext;
}

/**
 * Runs a use case's writes and the events they cause in one transaction, then wakes the relay so the events
 * leave promptly. The only way application code writes state.
 *
 * A transaction that loses a race to a concurrent writer — a deadlock MySQL broke, or a unique key another
 * transaction took first — has been rolled back whole, and is run again a few times after a short random
 * pause (`retryOnWriteConflict`). `work` therefore makes its checks inside the transaction: the rerun sees
 * the winner's row, so a lost idempotency-key race answers as a repeat, a lost unique-code race returns the
 * typed duplicate error, and a lost race for a new number counter takes the next number.
 */
export class UnitOfWork {
  private readonly observers: PublishObserver[] = [];

  constructor(
    private readonly db: Database,
    private readonly topicSuffix: string,
    private readonly onCommitted: () => void = () => undefined,
  ) {}

  /** Lets `observer` see every event published through this unit of work, in its transaction. */
  observe(observer: PublishObserver): void {
    this.observers.push(observer);
  }

  async run<T>(context: EventContext, work: (tx: Transaction) => Promise<T>): Promise<T> {
    return retryOnWriteConflict(() => this.runOnce(context, work));
  }

  private async runOnce<T>(context: EventContext, work: (tx: Transaction) => Promise<T>): Promise<T> {
    let wrote = 0;
    const result = await this.db.transaction(async (em) => {
      const events = new OutboxWriter(em, context, this.topicSuffix, this.observers);
      const value = await work({ em, events, context });
      wrote = events.count;
      return value;
    });
    if (wrote > 0) this.onCommitted();
    return result;
  }
}
