import { topicOf } from '@oms/contracts';
import type { Database } from '@oms/persistence';
import {
  createTestDatabase,
  deleteTopics,
  recordTopics,
  testKafka,
  uniqueSuffix,
  waitUntil,
  type TestDatabase,
  type TopicRecorder,
} from '@oms/testkit';
import { EventConsumer, OutboxRelay, UnitOfWork, type KafkaTransport } from '../src';
import { EffectEntity } from './support/test-tables';
import {
  aContext,
  createWidget,
  kafkaTransport,
  openMysql,
  recordEffect,
  testLogger,
} from './support/fixtures';

const PARTITIONS = 4;
const AGGREGATES = ['state-1', 'state-2', 'state-3', 'state-4', 'state-5', 'state-6'];
const EVENTS_PER_AGGREGATE = 15;

/** Groups items by key, keeping their order. */
function byKey<T>(items: T[], keyOf: (item: T) => string, valueOf: (item: T) => string) {
  const groups: Record<string, string[]> = {};
  for (const item of items) (groups[keyOf(item)] ??= []).push(valueOf(item));
  return groups;
}

describe('event order per aggregate over a partitioned Kafka topic', () => {
  const suffix = `.${uniqueSuffix()}`;
  const topic = topicOf('masters', suffix);
  let database: TestDatabase;
  let db: Database;
  let producerTransport: KafkaTransport;
  let consumerTransport: KafkaTransport;
  let relay: OutboxRelay;
  let consumer: EventConsumer;
  let recorder: TopicRecorder;

  beforeAll(async () => {
    database = await createTestDatabase('msg_order');
    db = await openMysql(database.url);
    producerTransport = kafkaTransport('order-producer', PARTITIONS);
    consumerTransport = kafkaTransport('order-consumer', PARTITIONS);
    await producerTransport.connect();
    await consumerTransport.connect();
    await producerTransport.ensureTopics([topic, `${topic}.dlq`]);
    // A small batch size makes the relay cross batch boundaries while use cases keep committing.
    relay = new OutboxRelay(db, producerTransport, {
      service: 'msgtest',
      pollMs: 50,
      batchSize: 7,
      logger: testLogger,
    });
    consumer = new EventConsumer(db, consumerTransport, {
      name: 'order-probe',
      topics: [topic],
      handlers: { 'state.created': recordEffect('order-probe') },
      topicSuffix: suffix,
      maxAttempts: 3,
      retryBaseMs: 20,
      logger: testLogger,
    });
    await consumer.start();
    recorder = await recordTopics([topic], suffix);
    relay.start();
  });

  afterAll(async () => {
    await recorder?.stop();
    await consumer?.stop();
    await relay?.stop();
    await consumerTransport?.disconnect();
    await producerTransport?.disconnect();
    await db?.close();
    await database?.drop();
    await deleteTopics([topic, `${topic}.dlq`]);
  });

  it('delivers and applies the events of one aggregate in commit order', async () => {
    const uow = new UnitOfWork(db, suffix, () => relay.nudge());
    // Aggregates commit concurrently; each aggregate's own events commit one after another.
    const committed: Record<string, string[]> = {};
    await Promise.all(
      AGGREGATES.map(async (aggregate) => {
        committed[aggregate] = [];
        for (let i = 0; i < EVENTS_PER_AGGREGATE; i++) {
          const event = await uow.run(aContext(), (tx) => createWidget(tx, aggregate, `${aggregate}#${i}`));
          committed[aggregate].push(event.id);
        }
      }),
    );
    const total = AGGREGATES.length * EVENTS_PER_AGGREGATE;

    await recorder.waitFor((m) => m.length >= total, 60000);
    const effects = db.manager.getRepository(EffectEntity);
    await waitUntil(async () => (await effects.count()) >= total, 60000);

    // On the topic: every event once, and each key's events in commit order.
    expect(recorder.messages).toHaveLength(total);
    const onTopic = byKey(
      recorder.messages,
      (m) => m.key,
      (m) => JSON.parse(m.value).id as string,
    );
    expect(onTopic).toEqual(committed);

    // Applied by the consumer: each aggregate's effects in commit order, none twice.
    const applied = await effects.find({ order: { seq: 'ASC' } });
    expect(applied).toHaveLength(total);
    expect(
      byKey(
        applied,
        (e) => e.aggregateId,
        (e) => e.eventId,
      ),
    ).toEqual(committed);
    expect(consumer.stats).toMatchObject({ applied: total, duplicates: 0, deadLettered: 0 });

    // The ordering claim is only meaningful if the keys really were spread over several partitions.
    const admin = testKafka().admin();
    await admin.connect();
    try {
      const offsets = await admin.fetchTopicOffsets(topic);
      expect(offsets).toHaveLength(PARTITIONS);
      expect(offsets.filter((p) => Number(p.high) > 0).length).toBeGreaterThan(1);
    } finally {
      await admin.disconnect();
    }
  });
});
