import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import {
  assertPayload,
  topicOf,
  type Actor,
  type EventDefinition,
  type EventEnvelope,
  type PayloadOf,
} from '@oms/contracts';
import { OutboxEntity } from './tables';

/** Where an event comes from: the request or event that caused it, and who acted. */
export interface EventContext {
  correlationId: string;
  causationId: string | null;
  actor: Actor;
}

/**
 * Something that sees every event a service publishes, inside the publishing transaction (e.g. an audit
 * trail): what it writes commits or rolls back with the change and its event.
 */
export type PublishObserver = (em: EntityManager, event: EventEnvelope) => Promise<void>;

/**
 * Writes events into the outbox inside the caller's transaction, so they commit (or roll back) with the
 * state change that caused them.
 */
export class OutboxWriter {
  private written = 0;

  constructor(
    private readonly em: EntityManager,
    private readonly context: EventContext,
    private readonly topicSuffix: string,
    private readonly observers: readonly PublishObserver[] = [],
  ) {}

  /** Validates the payload against its contract and adds the event to the outbox. */
  async publish<D extends EventDefinition>(
    def: D,
    aggregateId: string,
    payload: PayloadOf<D>,
  ): Promise<EventEnvelope> {
    const checked = assertPayload(def, payload) as Record<string, unknown>;
    const envelope: EventEnvelope = {
      id: randomUUID(),
      type: def.type,
      version: def.version,
      source: def.source,
      occurredAt: new Date().toISOString(),
      aggregateType: def.aggregateType,
      aggregateId,
      correlationId: this.context.correlationId,
      causationId: this.context.causationId,
      actor: this.context.actor,
      payload: checked,
    };
    await this.em.getRepository(OutboxEntity).insert({
      id: envelope.id,
      topic: topicOf(def.source, this.topicSuffix),
      messageKey: aggregateId,
      eventType: def.type,
      envelope: JSON.stringify(envelope),
      createdAt: new Date(),
      publishedAt: null,
    });
    this.written += 1;
    for (const observe of this.observers) await observe(this.em, envelope);
    return envelope;
  }

  /** How many events this transaction has written. */
  get count(): number {
    return this.written;
  }
}
