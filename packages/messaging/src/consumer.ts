import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { withLogContext, type Logger } from '@oms/config';
import { isDatabaseUnavailable, type Database } from '@oms/persistence';
import {
  EVENT_CATALOG,
  deadLetterTopicOf,
  envelopeSchema,
  type EventDefinition,
  type EventEnvelope,
} from '@oms/contracts';
import { DeadLetterEntity, InboxEntity, type DeadLetterRow } from './tables';
import type { MessageTransport, PartitionLag, Subscription, TransportMessage } from './transport';
import { OutboxWriter } from './outbox';
import type { Transaction } from './unit-of-work';

/** Applies one event inside the consumer's transaction (the inbox row is written in the same one). */
export type EventHandler = (event: EventEnvelope, tx: Transaction) => Promise<void>;

/** Settings of one consumer (one consumer group). */
export interface ConsumerOptions {
  /** Names the consumer in the inbox and dead letters, and (with the suffix) its consumer group. */
  name: string;
  topics: string[];
  /** Handlers by event type; other event types on the topics are acknowledged and ignored. */
  handlers: Record<string, EventHandler>;
  topicSuffix: string;
  maxAttempts: number;
  retryBaseMs: number;
  logger: Logger;
  /** Called after a committed effect that wrote events (to wake the relay). */
  onEventsWritten?: () => void;
  catalog?: ReadonlyMap<string, EventDefinition>;
}

/** Why a message is poison: retrying cannot help, so it goes straight to the dead-letter topic. */
class PoisonMessageError extends Error {}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The longest pause between retries while the database is unavailable. */
const MAX_OUTAGE_DELAY_MS = 10000;

/**
 * An idempotent event consumer: validates each message against the contracts, applies it with its inbox
 * row in one transaction (a redelivered event finds the row and has no second effect), retries failures
 * with exponential backoff (while the database is unavailable it waits without giving up, so an outage never
 * dead-letters a valid event), and dead-letters a message that is malformed or still failing after the last
 * attempt — to `<topic>.dlq` with the error, and to the local `dead_letter` table — so it never blocks the
 * messages after it.
 */
export class EventConsumer {
  private subscription: Subscription | null = null;
  /** Counters read by metrics and tests. */
  readonly stats = { applied: 0, duplicates: 0, deadLettered: 0, retries: 0, outageRetries: 0 };
  private stopping = false;

  constructor(
    private readonly db: Database,
    private readonly transport: MessageTransport,
    private readonly options: ConsumerOptions,
  ) {}

  get groupId(): string {
    return `${this.options.name}${this.options.topicSuffix}`;
  }

  async start(): Promise<void> {
    this.subscription = await this.transport.subscribe({
      groupId: this.groupId,
      topics: this.options.topics,
      handler: (message) => this.handle(message),
    });
  }

  async stop(): Promise<void> {
    this.stopping = true;
    await this.subscription?.stop();
    this.subscription = null;
  }

  /** How far this consumer's group is behind on each partition of its topics. */
  lag(): Promise<PartitionLag[]> {
    return this.transport.consumerLag(this.groupId, this.options.topics);
  }

  /** How many of this consumer's dead letters wait in the `dead_letter` table (not replayed yet). */
  storedDeadLetters(): Promise<number> {
    return this.db.read((em) => em.getRepository(DeadLetterEntity).countBy({ consumer: this.options.name }));
  }

  /** This consumer's dead letters, oldest first (at most `limit`). */
  deadLetters(limit = 100): Promise<DeadLetterRow[]> {
    return this.db.read((em) =>
      em.getRepository(DeadLetterEntity).find({
        where: { consumer: this.options.name },
        order: { createdAt: 'ASC' },
        take: limit,
      }),
    );
  }

  /**
   * Applies one dead-lettered event again, once its cause is fixed: validated as on arrival, applied with its
   * inbox row, and the dead letter removed in the same transaction. An event applied meanwhile (a later
   * redelivery) only loses its dead letter. A failure leaves the dead letter as it was and is thrown.
   */
  async replayDeadLetter(id: string): Promise<'applied' | 'duplicate'> {
    const row = await this.db.read((em) =>
      em.getRepository(DeadLetterEntity).findOneBy({ id, consumer: this.options.name }),
    );
    if (!row) throw new DeadLetterNotFoundError(id, this.options.name);
    const message: TransportMessage = {
      topic: row.topic,
      key: row.messageKey,
      value: row.value,
      headers: {},
    };
    let event: EventEnvelope;
    try {
      event = this.parse(message);
    } catch (err) {
      if (err instanceof IgnoredEvent) throw new Error(`${this.options.name} has no handler for this event`);
      throw err;
    }
    const handler = this.options.handlers[event.type];
    return withLogContext(
      { correlationId: event.correlationId, eventId: event.id, eventType: event.type },
      () => this.apply(event, handler, row.topic, row.id),
    );
  }

  /**
   * Processes one delivered message; resolves when it is applied, skipped as duplicate, or dead-lettered.
   * Every log line written meanwhile (here and in the handler) carries the event's correlation id, the one
   * of the request that caused it, so one request can be followed through the events it set off.
   */
  async handle(message: TransportMessage): Promise<void> {
    let event: EventEnvelope;
    try {
      event = this.parse(message);
    } catch (err) {
      if (err instanceof IgnoredEvent) return;
      await withLogContext({ correlationId: correlationIdOf(message) }, () =>
        this.deadLetter(message, null, err, 0),
      );
      return;
    }
    const handler = this.options.handlers[event.type];
    if (!handler) return;
    await withLogContext(
      { correlationId: event.correlationId, eventId: event.id, eventType: event.type },
      () => this.process(message, event, handler),
    );
  }

  private async process(
    message: TransportMessage,
    event: EventEnvelope,
    handler: EventHandler,
  ): Promise<void> {
    let outages = 0;
    for (let attempt = 1; ; attempt++) {
      try {
        await this.apply(event, handler, message.topic);
        return;
      } catch (err) {
        // Stopping: leave the message unacknowledged; it is redelivered after the restart.
        if (this.stopping) throw err;
        if (isDatabaseUnavailable(err)) {
          // The event is fine, the database is not: wait for it (capped backoff) without using up attempts,
          // so an outage never dead-letters valid events. Later messages wait too, which keeps the order.
          outages += 1;
          attempt -= 1;
          const delay = Math.min(this.options.retryBaseMs * 2 ** Math.min(outages, 10), MAX_OUTAGE_DELAY_MS);
          this.stats.outageRetries += 1;
          this.options.logger.warn(
            { err, eventId: event.id, outages, delay },
            'database unavailable; will retry',
          );
          await sleep(delay);
          continue;
        }
        if (attempt >= this.options.maxAttempts) {
          await this.deadLetter(message, event, err, attempt);
          return;
        }
        this.stats.retries += 1;
        const delay = this.options.retryBaseMs * 2 ** (attempt - 1);
        this.options.logger.warn(
          { err, eventId: event.id, type: event.type, attempt, delay },
          'event failed; retrying',
        );
        await sleep(delay);
      }
    }
  }

  private parse(message: TransportMessage): EventEnvelope {
    let json: unknown;
    try {
      json = JSON.parse(message.value);
    } catch {
      throw new PoisonMessageError('message is not valid JSON');
    }
    const envelope = envelopeSchema.safeParse(json);
    if (!envelope.success)
      throw new PoisonMessageError(`invalid envelope: ${z.prettifyError(envelope.error)}`);
    if (!this.options.handlers[envelope.data.type]) throw new IgnoredEvent();
    const catalog = this.options.catalog ?? EVENT_CATALOG;
    const def = catalog.get(`${envelope.data.type}@${envelope.data.version}`);
    if (!def)
      throw new PoisonMessageError(`unknown event version ${envelope.data.type}@${envelope.data.version}`);
    const payload = def.payload.safeParse(envelope.data.payload);
    if (!payload.success) {
      throw new PoisonMessageError(`invalid ${def.type} payload: ${z.prettifyError(payload.error)}`);
    }
    return { ...envelope.data, payload: payload.data as Record<string, unknown> };
  }

  /** Applies one event with its inbox row; `deadLetterId`: the dead letter a replay removes with it. */
  private async apply(
    event: EventEnvelope,
    handler: EventHandler,
    topic: string,
    deadLetterId?: string,
  ): Promise<'applied' | 'duplicate'> {
    let wrote = 0;
    const outcome = await this.db.transaction(async (em) => {
      if (deadLetterId) await em.getRepository(DeadLetterEntity).delete({ id: deadLetterId });
      const inbox = em.getRepository(InboxEntity);
      if (await inbox.exist({ where: { consumer: this.options.name, eventId: event.id } }))
        return 'duplicate' as const;
      await inbox.insert({
        consumer: this.options.name,
        eventId: event.id,
        eventType: event.type,
        processedAt: new Date(),
      });
      const context = { correlationId: event.correlationId, causationId: event.id, actor: event.actor };
      const events = new OutboxWriter(em, context, this.options.topicSuffix);
      await handler(event, { em, events, context });
      wrote = events.count;
      return 'applied' as const;
    });
    if (outcome === 'duplicate') {
      this.stats.duplicates += 1;
      this.options.logger.debug({ topic }, 'event already applied; skipped');
      return outcome;
    }
    this.stats.applied += 1;
    this.options.logger.info({ topic, eventsWritten: wrote, replayed: !!deadLetterId }, 'event applied');
    if (wrote > 0) this.options.onEventsWritten?.();
    return outcome;
  }

  private async deadLetter(
    message: TransportMessage,
    event: EventEnvelope | null,
    err: unknown,
    attempts: number,
  ): Promise<void> {
    const error = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
    this.options.logger.error(
      { eventId: event?.id, type: event?.type, topic: message.topic, attempts, error },
      'event dead-lettered',
    );
    await this.transport.publish([
      {
        topic: deadLetterTopicOf(message.topic),
        key: message.key,
        value: message.value,
        headers: {
          ...message.headers,
          'dlq-error': error.slice(0, 4000),
          'dlq-consumer': this.options.name,
          'dlq-attempts': String(attempts),
          'dlq-original-topic': message.topic,
          'dlq-at': new Date().toISOString(),
        },
      },
    ]);
    await this.db.transaction((em) =>
      em.getRepository(DeadLetterEntity).insert({
        id: randomUUID(),
        consumer: this.options.name,
        topic: message.topic,
        messageKey: message.key,
        eventId: event?.id ?? null,
        eventType: event?.type ?? null,
        value: message.value,
        error,
        attempts,
        createdAt: new Date(),
      }),
    );
    this.stats.deadLettered += 1;
  }
}

/** The correlation id of a message too broken to parse as an event, when it has one at all. */
function correlationIdOf(message: TransportMessage): string {
  try {
    const value = (JSON.parse(message.value) as { correlationId?: unknown } | null)?.correlationId;
    if (typeof value === 'string' && value.length > 0) return value.slice(0, 100);
  } catch {
    // Not JSON: nothing to follow.
  }
  return 'unknown';
}

/** An event this consumer has no handler for: acknowledged without effect. */
class IgnoredEvent extends Error {}

/** A replay named a dead letter this consumer does not hold. */
export class DeadLetterNotFoundError extends Error {
  constructor(id: string, consumer: string) {
    super(`no dead letter ${id} for consumer ${consumer}`);
    this.name = 'DeadLetterNotFoundError';
  }
}
