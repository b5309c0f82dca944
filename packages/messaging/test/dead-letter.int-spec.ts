import { randomUUID } from 'node:crypto';
import { SYSTEM_ACTOR, cityCreated, topicOf, type EventEnvelope } from '@oms/contracts';
import type { Database } from '@oms/persistence';
import {
  createTestDatabase,
  deleteTopics,
  recordTopics,
  uniqueSuffix,
  waitUntil,
  type TestDatabase,
  type TopicRecorder,
} from '@oms/testkit';
import {
  DeadLetterEntity,
  EventConsumer,
  InboxEntity,
  OutboxRelay,
  UnitOfWork,
  type EventHandler,
  type KafkaTransport,
} from '../src';
import { EffectEntity } from './support/test-tables';
import {
  aContext,
  createWidget,
  kafkaTransport,
  openMysql,
  recordEffect,
  testLogger,
} from './support/fixtures';

const MAX_ATTEMPTS = 3;

describe('poison events go to the dead-letter topic and do not block the ones after them', () => {
  const suffix = `.${uniqueSuffix()}`;
  const topic = topicOf('masters', suffix);
  const dlq = `${topic}.dlq`;
  let database: TestDatabase;
  let db: Database;
  let transport: KafkaTransport;
  let relay: OutboxRelay;
  let consumer: EventConsumer;
  let dlqRecorder: TopicRecorder;

  beforeAll(async () => {
    database = await createTestDatabase('msg_dlq');
    db = await openMysql(database.url);
    transport = kafkaTransport('dlq');
    await transport.connect();
    await transport.ensureTopics([topic, dlq]);
    relay = new OutboxRelay(db, transport, {
      service: 'msgtest',
      pollMs: 100,
      batchSize: 50,
      logger: testLogger,
    });
    const record = recordEffect('dlq-probe');
    const refuseSome: EventHandler = async (event, tx) => {
      // The effect is written first, so a retry must roll it back for the count to stay right.
      await record(event, tx);
      if (event.payload.name === 'always-fails') throw new Error('handler refuses this state');
    };
    consumer = new EventConsumer(db, transport, {
      name: 'dlq-probe',
      topics: [topic],
      handlers: { 'state.created': refuseSome },
      topicSuffix: suffix,
      maxAttempts: MAX_ATTEMPTS,
      retryBaseMs: 20,
      logger: testLogger,
    });
    await consumer.start();
    dlqRecorder = await recordTopics([dlq], suffix);
  });

  afterAll(async () => {
    await dlqRecorder?.stop();
    await consumer?.stop();
    await relay?.stop();
    await transport?.disconnect();
    await db?.close();
    await database?.drop();
    await deleteTopics([topic, dlq]);
  });

  it('dead-letters malformed and failing events with their errors and applies the valid ones after them', async () => {
    const aggregate = randomUUID(); // one key: every message below lands on one partition, in this order
    const uow = new UnitOfWork(db, suffix);

    const notJson = '{"id": "this is not json';
    const badPayload: EventEnvelope = {
      id: randomUUID(),
      type: 'state.created',
      version: 1,
      source: 'masters',
      occurredAt: new Date().toISOString(),
      aggregateType: 'State',
      aggregateId: aggregate,
      correlationId: randomUUID(),
      causationId: null,
      actor: SYSTEM_ACTOR,
      payload: { stateId: aggregate, code: 'KA' }, // name and createdAt missing
    };
    await transport.publish([
      { topic, key: aggregate, value: notJson, headers: { 'event-type': 'state.created' } },
      { topic, key: aggregate, value: JSON.stringify(badPayload) },
    ]);
    const failing = await uow.run(aContext(), (tx) => createWidget(tx, aggregate, 'always-fails'));
    // An event type this consumer does not handle is acknowledged and ignored, not dead-lettered.
    const ignored = await uow.run(aContext(), (tx) =>
      tx.events.publish(cityCreated, aggregate, {
        cityId: aggregate,
        stateId: aggregate,
        code: 'BLR',
        name: 'Bengaluru',
        createdAt: new Date().toISOString(),
      }),
    );
    const after1 = await uow.run(aContext(), (tx) => createWidget(tx, aggregate, 'after-1'));
    const after2 = await uow.run(aContext(), (tx) => createWidget(tx, aggregate, 'after-2'));
    // cityCreated goes to the masters topic too, so all four outbox events share the consumer's topic.
    expect(await relay.drainOnce()).toBe(4);

    const effects = db.manager.getRepository(EffectEntity);
    await waitUntil(async () => (await effects.count({ where: { consumer: 'dlq-probe' } })) >= 2, 60000);
    await dlqRecorder.waitFor((m) => m.length >= 3, 60000);

    // The valid events after the poison ones were applied, once each; the failing one left no effect.
    const applied = await effects.find({ order: { seq: 'ASC' } });
    expect(applied.map((e) => e.eventId)).toEqual([after1.id, after2.id]);
    expect(await db.manager.getRepository(InboxEntity).count({ where: { eventId: failing.id } })).toBe(0);
    expect(await db.manager.getRepository(InboxEntity).count({ where: { eventId: ignored.id } })).toBe(0);

    // The dead-letter topic holds the three poison messages, unchanged, with why and how often they failed.
    expect(dlqRecorder.messages).toHaveLength(3);
    const [first, second, third] = dlqRecorder.messages;
    expect(first.value).toBe(notJson);
    expect(first.headers).toMatchObject({
      'dlq-error': expect.stringContaining('not valid JSON'),
      'dlq-attempts': '0',
      'dlq-consumer': 'dlq-probe',
      'dlq-original-topic': topic,
      'event-type': 'state.created',
    });
    expect(JSON.parse(second.value).id).toBe(badPayload.id);
    expect(second.headers['dlq-error']).toContain('invalid state.created payload');
    expect(second.headers['dlq-error']).toContain('name');
    expect(second.headers['dlq-attempts']).toBe('0');
    expect(JSON.parse(third.value).id).toBe(failing.id);
    expect(third.headers).toMatchObject({
      'dlq-error': 'Error: handler refuses this state',
      'dlq-attempts': String(MAX_ATTEMPTS),
      'event-id': failing.id,
    });
    expect(dlqRecorder.messages.every((m) => m.key === aggregate)).toBe(true);

    // ... and so does the local dead_letter table, kept for inspection and replay.
    const rows = await db.manager.getRepository(DeadLetterEntity).find();
    expect(rows).toHaveLength(3);
    const common = { consumer: 'dlq-probe', topic, messageKey: aggregate };
    expect(rows).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ ...common, eventId: null, attempts: 0, value: notJson }),
        expect.objectContaining({ ...common, eventId: null, attempts: 0, value: JSON.stringify(badPayload) }),
        expect.objectContaining({
          ...common,
          eventId: failing.id,
          eventType: 'state.created',
          attempts: MAX_ATTEMPTS,
          value: third.value,
          error: 'Error: handler refuses this state',
        }),
      ]),
    );
    expect(rows.find((r) => r.value === notJson)!.error).toContain('not valid JSON');

    expect(consumer.stats).toMatchObject({
      applied: 2,
      duplicates: 0,
      deadLettered: 3,
      retries: MAX_ATTEMPTS - 1,
    });
  });
});
