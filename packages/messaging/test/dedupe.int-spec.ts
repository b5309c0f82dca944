import { randomUUID } from 'node:crypto';
import { topicOf } from '@oms/contracts';
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
  EventConsumer,
  InboxEntity,
  OutboxEntity,
  OutboxRelay,
  UnitOfWork,
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

describe('a redelivered event has no second effect (MariaDB + Kafka)', () => {
  const suffix = `.${uniqueSuffix()}`;
  const topic = topicOf('masters', suffix);
  let database: TestDatabase;
  let db: Database;
  let transport: KafkaTransport;
  let relay: OutboxRelay;
  let consumer: EventConsumer;
  let recorder: TopicRecorder;

  beforeAll(async () => {
    database = await createTestDatabase('msg_dedupe');
    db = await openMysql(database.url);
    transport = kafkaTransport('dedupe');
    await transport.connect();
    await transport.ensureTopics([topic, `${topic}.dlq`]);
    relay = new OutboxRelay(db, transport, {
      service: 'msgtest',
      pollMs: 100,
      batchSize: 50,
      logger: testLogger,
    });
    consumer = new EventConsumer(db, transport, {
      name: 'dedupe-probe',
      topics: [topic],
      handlers: { 'state.created': recordEffect('dedupe-probe') },
      topicSuffix: suffix,
      maxAttempts: 3,
      retryBaseMs: 20,
      logger: testLogger,
    });
    await consumer.start();
    recorder = await recordTopics([topic], suffix);
  });

  afterAll(async () => {
    await recorder?.stop();
    await consumer?.stop();
    await relay?.stop();
    await transport?.disconnect();
    await db?.close();
    await database?.drop();
    await deleteTopics([topic, `${topic}.dlq`]);
  });

  const effectsOf = (eventId: string) => db.manager.getRepository(EffectEntity).count({ where: { eventId } });

  it('applies an event once however often it is delivered, and counts the duplicates', async () => {
    const uow = new UnitOfWork(db, suffix);
    const aggregate = randomUUID();
    const event = await uow.run(aContext(), (tx) => createWidget(tx, aggregate, 'once'));

    expect(await relay.drainOnce()).toBe(1);
    await waitUntil(() => consumer.stats.applied === 1);
    expect(await effectsOf(event.id)).toBe(1);

    // A crash between publish and mark: the mark is lost, so the relay publishes the row again.
    await db.manager
      .getRepository(OutboxEntity)
      .createQueryBuilder()
      .update()
      .set({ publishedAt: null })
      .where('id = :id', { id: event.id })
      .execute();
    expect(await relay.drainOnce()).toBe(1);
    await waitUntil(() => consumer.stats.duplicates === 1);

    // The broker redelivers the very same bytes (e.g. after a consumer rebalance).
    const [row] = await db.manager.getRepository(OutboxEntity).find({ where: { id: event.id } });
    await transport.publish([
      { topic, key: row.messageKey, value: row.envelope, headers: { 'event-id': row.id } },
    ]);
    await waitUntil(() => consumer.stats.duplicates === 2);

    // Three deliveries really happened on the topic, and they had one effect and one inbox row.
    await recorder.waitFor((m) => m.filter((x) => JSON.parse(x.value).id === event.id).length === 3);
    expect(await effectsOf(event.id)).toBe(1);
    expect(
      await db.manager
        .getRepository(InboxEntity)
        .count({ where: { consumer: 'dedupe-probe', eventId: event.id } }),
    ).toBe(1);
    expect(consumer.stats).toMatchObject({ applied: 1, duplicates: 2, deadLettered: 0 });

    // The consumer is still live: a new event after the duplicates is applied.
    const next = await uow.run(aContext(), (tx) => createWidget(tx, aggregate, 'next'));
    expect(await relay.drainOnce()).toBe(1);
    await waitUntil(() => consumer.stats.applied === 2);
    expect(await effectsOf(next.id)).toBe(1);
    expect(await db.manager.getRepository(EffectEntity).count()).toBe(2);
  });
});
