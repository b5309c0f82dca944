import { randomUUID } from 'node:crypto';
import { InvalidEventError, stateCreated, topicOf } from '@oms/contracts';
import type { Database } from '@oms/persistence';
import {
  createTestDatabase,
  deleteTopics,
  recordTopics,
  uniqueSuffix,
  type TestDatabase,
  type TopicRecorder,
} from '@oms/testkit';
import { OutboxEntity, OutboxRelay, UnitOfWork, type KafkaTransport } from '../src';
import { WidgetEntity } from './support/test-tables';
import {
  aContext,
  aStateCreated,
  createWidget,
  kafkaTransport,
  openMysql,
  testLogger,
} from './support/fixtures';

describe('unit of work on MariaDB + Kafka: state and events commit together', () => {
  const suffix = `.${uniqueSuffix()}`;
  const topic = topicOf('masters', suffix);
  let database: TestDatabase;
  let db: Database;
  let transport: KafkaTransport;
  let relay: OutboxRelay;
  let uow: UnitOfWork;
  let recorder: TopicRecorder;

  beforeAll(async () => {
    database = await createTestDatabase('msg_atomic');
    db = await openMysql(database.url);
    transport = kafkaTransport('atomic');
    await transport.connect();
    await transport.ensureTopics([topic]);
    // Driven by explicit drainOnce calls, so the spec knows exactly when the relay looks.
    relay = new OutboxRelay(db, transport, {
      service: 'msgtest',
      pollMs: 100,
      batchSize: 50,
      logger: testLogger,
    });
    uow = new UnitOfWork(db, suffix);
    recorder = await recordTopics([topic], suffix);
  });

  afterAll(async () => {
    await recorder?.stop();
    await relay?.stop();
    await transport?.disconnect();
    await db?.close();
    await database?.drop();
    await deleteTopics([topic]);
  });

  it('a failed transaction leaves neither the row nor the event', async () => {
    const doomed = randomUUID();
    let seenByRelayInside = -1;
    let outboxInsideTx = -1;
    await expect(
      uow.run(aContext(), async (tx) => {
        await createWidget(tx, doomed, 'doomed');
        outboxInsideTx = await tx.em.getRepository(OutboxEntity).count();
        // The relay reads on its own connection: an uncommitted event is invisible to it.
        seenByRelayInside = await relay.drainOnce();
        throw new Error('use case failed after writing');
      }),
    ).rejects.toThrow('use case failed after writing');
    expect(outboxInsideTx).toBe(1);
    expect(seenByRelayInside).toBe(0);

    expect(await db.manager.getRepository(WidgetEntity).count()).toBe(0);
    expect(await db.manager.getRepository(OutboxEntity).count()).toBe(0);
    expect(await relay.drainOnce()).toBe(0);

    // A later successful use case proves the topic is being read: it is the only event that arrives.
    const kept = randomUUID();
    const envelope = await uow.run(aContext(), (tx) => createWidget(tx, kept, 'kept'));
    expect(await relay.drainOnce()).toBe(1);
    await recorder.waitFor((m) => m.length >= 1);

    expect(recorder.messages.map((m) => ({ key: m.key, id: JSON.parse(m.value).id }))).toEqual([
      { key: kept, id: envelope.id },
    ]);
    expect(recorder.messages[0].headers).toMatchObject({
      'event-id': envelope.id,
      'event-type': 'state.created',
    });
    const widgets = await db.manager.getRepository(WidgetEntity).find();
    expect(widgets.map((w) => w.name)).toEqual(['kept']);
    const outbox = await db.manager.getRepository(OutboxEntity).find();
    expect(outbox).toHaveLength(1);
    expect(outbox[0]).toMatchObject({ id: envelope.id, topic, messageKey: kept, eventType: 'state.created' });
    expect(outbox[0].publishedAt).toBeInstanceOf(Date);
  });

  it('an event whose payload breaks its contract is refused and rolls back the state change', async () => {
    const widgetsBefore = await db.manager.getRepository(WidgetEntity).count();
    const outboxBefore = await db.manager.getRepository(OutboxEntity).count();
    await expect(
      uow.run(aContext(), async (tx) => {
        await tx.em
          .getRepository(WidgetEntity)
          .insert({ id: randomUUID(), name: 'bad', createdAt: new Date() });
        const payload = { ...aStateCreated('s-1', 'bad'), createdAt: 'yesterday' };
        await tx.events.publish(stateCreated, 's-1', payload);
      }),
    ).rejects.toBeInstanceOf(InvalidEventError);
    expect(await db.manager.getRepository(WidgetEntity).count()).toBe(widgetsBefore);
    expect(await db.manager.getRepository(OutboxEntity).count()).toBe(outboxBefore);
  });
});
