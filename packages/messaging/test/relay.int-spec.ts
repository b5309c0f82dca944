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
import { OutboxEntity, OutboxRelay, UnitOfWork, type KafkaTransport } from '../src';
import { aContext, createWidget, kafkaTransport, openMysql, testLogger } from './support/fixtures';

/** One service process: its own Database, transport, relay and unit of work, as after a (re)start. */
interface Process {
  db: Database;
  transport: KafkaTransport;
  relay: OutboxRelay;
  uow: UnitOfWork;
  stop(): Promise<void>;
}

async function startProcess(url: string, suffix: string, name: string, startRelay = true): Promise<Process> {
  const db = await openMysql(url);
  const transport = kafkaTransport(name);
  await transport.connect();
  const relay = new OutboxRelay(db, transport, {
    service: 'msgtest',
    pollMs: 50,
    batchSize: 4,
    logger: testLogger,
  });
  const uow = new UnitOfWork(db, suffix, () => relay.nudge());
  if (startRelay) relay.start();
  let stopped = false;
  return {
    db,
    transport,
    relay,
    uow,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await relay.stop();
      await transport.disconnect();
      await db.close();
    },
  };
}

/** Commits `count` events for each aggregate in turn and returns their ids per aggregate, in commit order. */
async function commitEvents(p: Process, aggregates: string[], count: number, into: Record<string, string[]>) {
  for (let i = 0; i < count; i++) {
    for (const aggregate of aggregates) {
      const event = await p.uow.run(aContext(), (tx) => createWidget(tx, aggregate, `${aggregate}#${i}`));
      (into[aggregate] ??= []).push(event.id);
    }
  }
}

/** The event ids on the topic per key, in arrival order. */
function idsByKey(recorder: TopicRecorder): Record<string, string[]> {
  const groups: Record<string, string[]> = {};
  for (const m of recorder.messages) (groups[m.key] ??= []).push(JSON.parse(m.value).id as string);
  return groups;
}

describe('outbox relay on MariaDB + Kafka', () => {
  const suffix = `.${uniqueSuffix()}`;
  const topic = topicOf('masters', suffix);
  const restartTopic = topicOf('masters', `${suffix}.restart`);
  const databases: TestDatabase[] = [];
  const processes: Process[] = [];
  const recorders: TopicRecorder[] = [];

  const newDatabase = async (label: string) => {
    const database = await createTestDatabase(label);
    databases.push(database);
    return database;
  };
  const newProcess = async (url: string, name: string, startRelay = true) => {
    const p = await startProcess(url, suffix, name, startRelay);
    processes.push(p);
    return p;
  };

  beforeAll(async () => {
    const admin = kafkaTransport('relay-admin');
    await admin.ensureTopics([topic]);
  });

  afterAll(async () => {
    for (const r of recorders) await r.stop();
    for (const p of processes) await p.stop();
    for (const d of databases) await d.drop();
    await deleteTopics([topic, restartTopic]);
  });

  it('resumes after a restart without losing an event, in commit order', async () => {
    const database = await newDatabase('msg_restart');
    const committed: Record<string, string[]> = {};
    const aggregates = ['restart-1', 'restart-2'];

    // Process A publishes what it commits, then its relay stops before it sees the next commits.
    const a = await startProcess(database.url, `${suffix}.restart`, 'relay-a');
    processes.push(a);
    await a.transport.ensureTopics([restartTopic]);
    const recorder = await recordTopics([restartTopic], `${suffix}.restart`);
    recorders.push(recorder);
    await commitEvents(a, aggregates, 3, committed);
    await waitUntil(async () => (await a.relay.backlog()) === 0);
    await a.relay.stop();
    await commitEvents(a, aggregates, 3, committed);
    expect(await a.relay.backlog()).toBe(6);
    expect(a.relay.published).toBe(6);
    await a.stop(); // the process goes away with six events unpublished

    // Process B: new Database and transport objects on the same database, as after a restart.
    const b = await startProcess(database.url, `${suffix}.restart`, 'relay-b');
    processes.push(b);
    await commitEvents(b, aggregates, 2, committed);
    await waitUntil(() => b.relay.published >= 10);

    const total = aggregates.length * 8;
    await recorder.waitFor((m) => m.length >= total);
    expect(idsByKey(recorder)).toEqual(committed);
    expect(new Set(recorder.messages.map((m) => (JSON.parse(m.value) as { id: string }).id)).size).toBe(
      total,
    );
    // No mark failed, so nothing went out twice: A published 6, B the 6 left behind plus its own 4.
    expect(b.relay.published).toBe(10);
    expect(recorder.messages).toHaveLength(total);
    const unpublished = await b.db.manager
      .getRepository(OutboxEntity)
      .createQueryBuilder('o')
      .where('o.publishedAt IS NULL')
      .getCount();
    expect(unpublished).toBe(0);
  });

  it('lets one of two relays on one database publish at a time, and the other take over in order', async () => {
    const database = await newDatabase('msg_two_relays');
    const recorder = await recordTopics([topic], `${suffix}.two`);
    recorders.push(recorder);
    const first = await newProcess(database.url, 'replica-1');
    const second = await newProcess(database.url, 'replica-2');
    const aggregates = ['replica-1', 'replica-2', 'replica-3'];
    const committed: Record<string, string[]> = {};

    // Both replicas commit and both relays run.
    await Promise.all([
      commitEvents(first, aggregates.slice(0, 2), 6, committed),
      commitEvents(second, aggregates.slice(2), 6, committed),
    ]);
    await recorder.waitFor((m) => m.length >= 18);
    await waitUntil(() => first.relay.published + second.relay.published >= 18);
    const holder = first.relay.published > 0 ? first : second;
    const standby = holder === first ? second : first;
    expect(holder.relay.published).toBe(18);
    expect(standby.relay.published).toBe(0);

    // The holder's process stops; the standby takes the lock and publishes what comes next.
    await holder.stop();
    await commitEvents(standby, aggregates, 4, committed);
    await recorder.waitFor((m) => m.length >= 30);
    await waitUntil(() => standby.relay.published >= 12);
    expect(standby.relay.published).toBe(12);
    expect(recorder.messages).toHaveLength(30);
    expect(idsByKey(recorder)).toEqual(committed);
  });

  it('does not let relays of different databases block each other', async () => {
    // Two test runs (or environments) on one MySQL server, both with a relay for the same service name.
    const [one, two] = await Promise.all([newDatabase('msg_lock_a'), newDatabase('msg_lock_b')]);
    const p1 = await newProcess(one.url, 'lock-a');
    const p2 = await newProcess(two.url, 'lock-b');
    const committed: Record<string, string[]> = {};
    await commitEvents(p1, ['lock-a'], 2, committed);
    await commitEvents(p2, ['lock-b'], 2, committed);
    await waitUntil(() => p1.relay.published >= 2 && p2.relay.published >= 2);
    expect(await p1.relay.backlog()).toBe(0);
    expect(await p2.relay.backlog()).toBe(0);
    expect(p1.relay.published).toBe(2);
    expect(p2.relay.published).toBe(2);
  });
});
