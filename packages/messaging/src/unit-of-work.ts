import type { EntityManager } from 'typeorm';
import type { Database } from '@oms/persistence';
import { OutboxWriter, type EventContext } from './outbox';

/** What a use case gets inside its transaction: the entity manager and the outbox of the same transaction. */
export interface Transaction {
  em: EntityManager;
  events: OutboxWriter;
  context: EventContext;
}

/**
 * Runs a use case's writes and the events they cause in one transaction, then wakes the relay so the events
 * leave promptly. The only way application code writes state.
 */
export class UnitOfWork {
  constructor(
    private readonly db: Database,
    private readonly topicSuffix: string,
    private readonly onCommitted: () => void = () => undefined,
  ) {}

  async run<T>(context: EventContext, work: (tx: Transaction) => Promise<T>): Promise<T> {
    let wrote = 0;
    const result = await this.db.transaction(async (em) => {
      const events = new OutboxWriter(em, context, this.topicSuffix);
      const value = await work({ em, events, context });
      wrote = events.count;
      return value;
    });
    if (wrote > 0) this.onCommitted();
    return result;
  }
}
