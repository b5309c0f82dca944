import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import {
  SYSTEM_ACTOR,
  cityCreated,
  leadCreated,
  stateCreated,
  topicOf,
  type EventDefinition,
  type EventEnvelope,
} from '@oms/contracts';
import { createLogger } from '@oms/config';
import type { Database } from '@oms/persistence';
import { DeadLetterNotFoundError, EventConsumer, type ConsumerOptions, type EventHandler } from './consumer';
import { DeadLetterEntity, InboxEntity, OutboxEntity } from './tables';
import type { TransportMessage } from './transport';
import { FakeTransport } from '../test/support/fake-transport';
import { EffectEntity } from '../test/support/test-tables';
import { aStateCreated, openSqlite, recordEffect, tempDataDir, testLogger } from '../test/support/fixtures';

const SUFFIX = '.unit';
const TOPIC = topicOf('masters', SUFFIX);

/** An envelope as a publishing service would write it. */
function anEnvelope(
  def: EventDefinition,
  aggregateId: string,
  payload: Record<string, unknown>,
  overrides: Partial<EventEnvelope> = {},
): EventEnvelope {
  return {
    id: randomUUID(),
    type: def.type,
    version: def.version,
    source: def.source,
    occurredAt: new Date().toISOString(),
    aggregateType: def.aggregateType,
    aggregateId,
    correlationId: randomUUID(),
    causationId: null,
    actor: SYSTEM_ACTOR,
    payload,
    ...overrides,
  };
}

const asMessage = (value: unknown, key = 'k-1'): TransportMessage => ({
  topic: TOPIC,
  key,
  value: typeof value === 'string' ? value : JSON.stringify(value),
  headers: { 'event-type': 'state.created' },
});

describe('EventConsumer (fake transport, SQLite)', () => {
  let dataDir: string;
  let db: Database;
  let transport: FakeTransport;

  beforeEach(async () => {
    dataDir = tempDataDir('consumer');
    db = await openSqlite(dataDir);
    transport = new FakeTransport();
    await transport.connect();
  });

  afterEach(async () => {
    await db.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  async function startConsumer(handlers: Record<string, EventHandler>, extra: Partial<ConsumerOptions> = {}) {
    const consumer = new EventConsumer(db, transport, {
      name: 'probe',
      topics: [TOPIC],
      handlers,
      topicSuffix: SUFFIX,
      maxAttempts: 3,
      retryBaseMs: 1,
      logger: testLogger,
      ...extra,
    });
    await consumer.start();
    return consumer;
  }

  const count = (
    entity: typeof EffectEntity | typeof InboxEntity | typeof DeadLetterEntity | typeof OutboxEntity,
  ) => db.manager.getRepository(entity).count();

  it('subscribes one group named after the consumer and the suffix, and unsubscribes on stop', async () => {
    const consumer = await startConsumer({ 'state.created': recordEffect('probe') });
    expect(consumer.groupId).toBe('probe.unit');
    expect(transport.subscriptions.map((s) => ({ groupId: s.groupId, topics: s.topics }))).toEqual([
      { groupId: 'probe.unit', topics: [TOPIC] },
    ]);
    await consumer.stop();
    expect(transport.subscriptions).toEqual([]);
  });

  it('applies an event once, however often it is delivered, and counts the duplicates', async () => {
    const consumer = await startConsumer({ 'state.created': recordEffect('probe') });
    const event = anEnvelope(stateCreated, 's-1', aStateCreated('s-1', 'Karnataka'));
    for (let i = 0; i < 3; i++) await transport.deliver(asMessage(event));

    expect(await count(EffectEntity)).toBe(1);
    const [inbox] = await db.manager.getRepository(InboxEntity).find();
    expect(inbox).toMatchObject({ consumer: 'probe', eventId: event.id, eventType: 'state.created' });
    expect(consumer.stats).toEqual({
      outageRetries: 0,
      applied: 1,
      duplicates: 2,
      deadLettered: 0,
      retries: 0,
    });
  });

  it('keeps the inbox per consumer: another consumer applies the same event too', async () => {
    const first = await startConsumer({ 'state.created': recordEffect('probe') });
    const second = await startConsumer({ 'state.created': recordEffect('other') }, { name: 'other' });
    const event = anEnvelope(stateCreated, 's-1', aStateCreated('s-1', 'Karnataka'));
    await transport.deliver(asMessage(event));
    expect(await count(EffectEntity)).toBe(2);
    expect(first.stats.applied).toBe(1);
    expect(second.stats.applied).toBe(1);
  });

  it('retries a failing handler with its effect rolled back each time, and applies it when it recovers', async () => {
    let calls = 0;
    const record = recordEffect('probe');
    const consumer = await startConsumer({
      'state.created': async (event, tx) => {
        calls += 1;
        await record(event, tx);
        if (calls < 3) throw new Error(`transient failure ${calls}`);
      },
    });
    await transport.deliver(asMessage(anEnvelope(stateCreated, 's-1', aStateCreated('s-1', 'Goa'))));

    expect(calls).toBe(3);
    expect(await count(EffectEntity)).toBe(1);
    expect(await count(DeadLetterEntity)).toBe(0);
    expect(transport.published).toEqual([]);
    expect(consumer.stats).toEqual({
      outageRetries: 0,
      applied: 1,
      duplicates: 0,
      deadLettered: 0,
      retries: 2,
    });
  });

  it('dead-letters an event still failing after maxAttempts, with its error, and goes on', async () => {
    let calls = 0;
    const consumer = await startConsumer({
      'state.created': async (event, tx) => {
        calls += 1;
        await recordEffect('probe')(event, tx);
        if (event.payload.name === 'poison') throw new TypeError('cannot apply this state');
      },
    });
    const poison = anEnvelope(stateCreated, 's-1', aStateCreated('s-1', 'poison'));
    const message = { ...asMessage(poison), headers: { 'event-id': poison.id, 'event-type': poison.type } };
    await transport.deliver(message);
    const next = anEnvelope(stateCreated, 's-1', aStateCreated('s-1', 'fine'));
    await transport.deliver(asMessage(next));

    expect(calls).toBe(4);
    expect(transport.published).toHaveLength(1);
    const [dlq] = transport.published;
    expect(dlq).toMatchObject({ topic: `${TOPIC}.dlq`, key: message.key, value: message.value });
    expect(dlq.headers).toMatchObject({
      'event-id': poison.id,
      'event-type': 'state.created',
      'dlq-error': 'TypeError: cannot apply this state',
      'dlq-consumer': 'probe',
      'dlq-attempts': '3',
      'dlq-original-topic': TOPIC,
    });
    expect(Number.isNaN(Date.parse(dlq.headers!['dlq-at']))).toBe(false);

    const rows = await db.manager.getRepository(DeadLetterEntity).find();
    expect(rows).toEqual([
      expect.objectContaining({
        consumer: 'probe',
        topic: TOPIC,
        messageKey: 'k-1',
        eventId: poison.id,
        eventType: 'state.created',
        value: message.value,
        error: 'TypeError: cannot apply this state',
        attempts: 3,
      }),
    ]);
    const effects = await db.manager.getRepository(EffectEntity).find();
    expect(effects.map((e) => e.eventId)).toEqual([next.id]);
    expect(await db.manager.getRepository(InboxEntity).count({ where: { eventId: poison.id } })).toBe(0);
    expect(consumer.stats).toEqual({
      outageRetries: 0,
      applied: 1,
      duplicates: 0,
      deadLettered: 1,
      retries: 2,
    });
  });

  it('waits out a database outage without using up attempts, so a valid event is never dead-lettered', async () => {
    let calls = 0;
    const consumer = await startConsumer({
      'state.created': async (event, tx) => {
        calls += 1;
        // More outage failures than maxAttempts (3): a connection-level error, as mysql2 raises it.
        if (calls <= 5)
          throw Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:3306'), { code: 'ECONNREFUSED' });
        await recordEffect('probe')(event, tx);
      },
    });
    const event = anEnvelope(stateCreated, 's-9', aStateCreated('s-9', 'Goa'));
    await transport.deliver(asMessage(event));

    expect(calls).toBe(6);
    expect(consumer.stats).toMatchObject({ applied: 1, deadLettered: 0, outageRetries: 5, retries: 0 });
    expect(transport.published).toHaveLength(0);
    expect(await db.manager.getRepository(EffectEntity).count()).toBe(1);
    expect(await db.manager.getRepository(DeadLetterEntity).count()).toBe(0);
  });

  it('replays a dead letter once its cause is fixed: applied with its inbox row, the dead letter gone', async () => {
    let broken = true;
    const consumer = await startConsumer({
      'state.created': async (event, tx) => {
        if (broken) throw new TypeError('reference data missing');
        await recordEffect('probe')(event, tx);
      },
    });
    const event = anEnvelope(stateCreated, 's-9', aStateCreated('s-9', 'Goa'));
    await transport.deliver(asMessage(event));
    const [dead] = await consumer.deadLetters();
    expect(dead).toMatchObject({ eventId: event.id, error: 'TypeError: reference data missing' });

    // Still broken: the replay fails, and the dead letter stays as it was with nothing applied.
    await expect(consumer.replayDeadLetter(dead.id)).rejects.toThrow('reference data missing');
    expect(await consumer.deadLetters()).toEqual([dead]);
    expect(await count(EffectEntity)).toBe(0);

    broken = false;
    await expect(consumer.replayDeadLetter(dead.id)).resolves.toBe('applied');
    expect(await consumer.deadLetters()).toEqual([]);
    expect((await db.manager.getRepository(EffectEntity).find()).map((e) => e.eventId)).toEqual([event.id]);
    expect(await db.manager.getRepository(InboxEntity).countBy({ eventId: event.id })).toBe(1);
    // The same event delivered again later has no second effect.
    await transport.deliver(asMessage(event));
    expect(await count(EffectEntity)).toBe(1);
  });

  it('refuses to replay a dead letter it does not hold or cannot parse, and keeps it', async () => {
    const consumer = await startConsumer({ 'state.created': recordEffect('probe') });
    await expect(consumer.replayDeadLetter('no-such-id')).rejects.toThrow(DeadLetterNotFoundError);
    await transport.deliver(asMessage('{ not json'));
    const [dead] = await consumer.deadLetters();
    await expect(consumer.replayDeadLetter(dead.id)).rejects.toThrow('message is not valid JSON');
    expect(await consumer.deadLetters()).toEqual([dead]);
    // Another consumer's dead letters are not this one's to replay.
    const other = await startConsumer({ 'state.created': recordEffect('other') }, { name: 'other' });
    await expect(other.replayDeadLetter(dead.id)).rejects.toThrow(DeadLetterNotFoundError);
  });

  it('dead-letters malformed messages at once, without calling the handler', async () => {
    let calls = 0;
    const consumer = await startConsumer({
      'state.created': async () => {
        calls += 1;
      },
    });
    const good = anEnvelope(stateCreated, 's-1', aStateCreated('s-1', 'x'));
    const cases: [string, TransportMessage, string][] = [
      ['not JSON', asMessage('{oops'), 'message is not valid JSON'],
      ['JSON but no envelope', asMessage({ hello: 'world' }), 'invalid envelope'],
      [
        'bad event type name',
        asMessage({ ...good, id: randomUUID(), type: 'StateCreated' }),
        'invalid envelope',
      ],
      [
        'unknown version',
        asMessage({ ...good, id: randomUUID(), version: 9 }),
        'unknown event version state.created@9',
      ],
      [
        'payload breaking its schema',
        asMessage({ ...good, id: randomUUID(), payload: { ...good.payload, createdAt: 'today' } }),
        'invalid state.created payload',
      ],
    ];
    for (const [, message] of cases) await transport.deliver(message);

    expect(calls).toBe(0);
    expect(transport.published).toHaveLength(cases.length);
    transport.published.forEach((dlq, i) => {
      expect(dlq.topic).toBe(`${TOPIC}.dlq`);
      expect(dlq.value).toBe(cases[i][1].value);
      expect(dlq.headers!['dlq-error']).toContain(cases[i][2]);
      expect(dlq.headers!['dlq-attempts']).toBe('0');
    });
    expect(await count(DeadLetterEntity)).toBe(cases.length);
    expect(await count(InboxEntity)).toBe(0);
    expect(consumer.stats).toEqual({
      outageRetries: 0,
      applied: 0,
      duplicates: 0,
      deadLettered: cases.length,
      retries: 0,
    });
  });

  it('acknowledges and ignores event types it has no handler for, known to the catalog or not', async () => {
    const consumer = await startConsumer({ 'state.created': recordEffect('probe') });
    const city = anEnvelope(cityCreated, 'c-1', {
      cityId: 'c-1',
      stateId: 's-1',
      code: 'BLR',
      name: 'Bengaluru',
      createdAt: new Date().toISOString(),
    });
    // Not in the catalog at all, and its payload is not checked: it is simply not this consumer's business.
    const unknown = anEnvelope(
      stateCreated,
      's-1',
      { anything: true },
      { type: 'planet.discovered', version: 3 },
    );
    await transport.deliver(asMessage(city));
    await transport.deliver(asMessage(unknown));

    expect(await count(EffectEntity)).toBe(0);
    expect(await count(InboxEntity)).toBe(0);
    expect(await count(DeadLetterEntity)).toBe(0);
    expect(transport.published).toEqual([]);
    expect(consumer.stats).toEqual({
      outageRetries: 0,
      applied: 0,
      duplicates: 0,
      deadLettered: 0,
      retries: 0,
    });
  });

  it('writes the events a handler causes into the outbox of the same transaction, and wakes the relay', async () => {
    let wakes = 0;
    const consumer = await startConsumer(
      {
        'state.created': async (event, tx) => {
          await tx.events.publish(leadCreated, `lead-for-${event.aggregateId}`, {
            leadId: `lead-for-${event.aggregateId}`,
            leadNo: 'L-1',
            customerName: 'Asha',
            contactEmail: null,
            contactPhone: null,
            cityId: 'c-1',
            productInterest: null,
            createdAt: new Date().toISOString(),
          });
        },
      },
      { onEventsWritten: () => (wakes += 1) },
    );
    const cause = anEnvelope(stateCreated, 's-1', aStateCreated('s-1', 'x'));
    await transport.deliver(asMessage(cause));
    await transport.deliver(asMessage(cause)); // a duplicate writes nothing and wakes nobody

    const outbox = await db.manager.getRepository(OutboxEntity).find();
    expect(outbox).toHaveLength(1);
    expect(outbox[0]).toMatchObject({ topic: topicOf('orders', SUFFIX), messageKey: 'lead-for-s-1' });
    const written = JSON.parse(outbox[0].envelope) as EventEnvelope;
    expect(written).toMatchObject({
      type: 'lead.created',
      correlationId: cause.correlationId,
      causationId: cause.id,
      actor: cause.actor,
    });
    expect(wakes).toBe(1);
    expect(consumer.stats).toMatchObject({ applied: 1, duplicates: 1 });
  });

  it("writes every log line of handling an event with its correlation id, the handler's own included", async () => {
    const lines: { msg: string; correlationId?: string; eventId?: string; component?: string }[] = [];
    const logger = createLogger('probe', 'debug', {
      write: (line: string) => void lines.push(JSON.parse(line)),
    });
    let calls = 0;
    const consumer = await startConsumer(
      {
        'state.created': async () => {
          calls += 1;
          logger.child({ component: 'handler' }).info('handling');
          if (calls === 1) throw new Error('transient');
        },
      },
      { logger },
    );
    const event = anEnvelope(stateCreated, 's-1', aStateCreated('s-1', 'Karnataka'));
    await transport.deliver(asMessage(event));
    const broken = { ...anEnvelope(stateCreated, 's-2', {}), correlationId: 'broken-request' };
    await transport.deliver(asMessage(broken));

    expect(lines.map((l) => [l.msg, l.correlationId])).toEqual([
      ['handling', event.correlationId],
      ['event failed; retrying', event.correlationId],
      ['handling', event.correlationId],
      ['event applied', event.correlationId],
      ['event dead-lettered', 'broken-request'],
    ]);
    expect(lines[3].eventId).toBe(event.id);
    expect(lines[0].component).toBe('handler');
    expect(await consumer.storedDeadLetters()).toBe(1);
    expect(await consumer.lag()).toEqual([{ topic: TOPIC, partition: 0, lag: 0 }]);
  });
});
