import { rmSync } from 'node:fs';
import type { Database } from '@oms/persistence';
import { waitUntil } from '@oms/testkit';
import { OutboxRelay } from './relay';
import { OutboxEntity } from './tables';
import { UnitOfWork } from './unit-of-work';
import { FakeTransport } from '../test/support/fake-transport';
import { WidgetEntity } from '../test/support/test-tables';
import { aContext, createWidget, openSqlite, tempDataDir, testLogger } from '../test/support/fixtures';

const SUFFIX = '.unit';

describe('OutboxRelay (fake transport, SQLite)', () => {
  let dataDir: string;
  let db: Database;
  let transport: FakeTransport;
  let relay: OutboxRelay;
  let uow: UnitOfWork;

  beforeEach(async () => {
    dataDir = tempDataDir('relay');
    db = await openSqlite(dataDir);
    transport = new FakeTransport();
    await transport.connect();
    relay = new OutboxRelay(db, transport, {
      service: 'msgtest',
      pollMs: 20,
      batchSize: 3,
      logger: testLogger,
    });
    uow = new UnitOfWork(db, SUFFIX, () => relay.nudge());
  });

  afterEach(async () => {
    await relay.stop();
    await db.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const commit = (aggregate: string, label: string) =>
    uow.run(aContext(), (tx) => createWidget(tx, aggregate, label));

  it('publishes the outbox in commit order, in batches, keyed by aggregate, and marks it published', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 7; i++) ids.push((await commit(`s-${i % 2}`, `#${i}`)).id);
    expect(await relay.backlog()).toBe(7);

    expect(await relay.drainOnce()).toBe(7);
    expect(transport.publishCalls.map((c) => c.length)).toEqual([3, 3, 1]);
    expect(transport.published.map((m) => m.headers!['event-id'])).toEqual(ids);
    expect(transport.published[0]).toMatchObject({
      topic: `oms.masters.v1${SUFFIX}`,
      key: 's-0',
      headers: { 'event-type': 'state.created' },
    });
    expect(JSON.parse(transport.published[1].value)).toMatchObject({ id: ids[1], aggregateId: 's-1' });
    expect(await relay.backlog()).toBe(0);
    expect(relay.published).toBe(7);
    const rows = await db.manager.getRepository(OutboxEntity).find();
    expect(rows.every((r) => r.publishedAt instanceof Date)).toBe(true);

    expect(await relay.drainOnce()).toBe(0);
    expect(transport.published).toHaveLength(7);
  });

  it('marks nothing when the transport fails, and publishes the same rows again on the next pass', async () => {
    const first = await commit('s-1', 'a');
    transport.failNextPublish();
    await expect(relay.drainOnce()).rejects.toThrow('broker unavailable');
    expect(await relay.backlog()).toBe(1);
    expect(await relay.drainOnce()).toBe(1);
    expect(transport.published.map((m) => m.headers!['event-id'])).toEqual([first.id]);
  });

  it('never publishes an event whose transaction is still open and then rolls back', async () => {
    let inside!: () => void;
    const reachedInside = new Promise<void>((r) => (inside = r));
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));

    const failing = uow.run(aContext(), async (tx) => {
      await createWidget(tx, 's-1', 'doomed');
      inside();
      await gate;
      throw new Error('use case failed');
    });
    await reachedInside;
    // The relay looks while the use case's transaction is open on SQLite's single connection.
    const draining = relay.drainOnce();
    await new Promise((r) => setImmediate(r));
    release();
    await expect(failing).rejects.toThrow('use case failed');

    expect(await draining).toBe(0);
    expect(transport.published).toEqual([]);
    expect(await db.manager.getRepository(WidgetEntity).count()).toBe(0);
    expect(await db.manager.getRepository(OutboxEntity).count()).toBe(0);
  });

  it('publishes promptly when nudged after a commit, retries after a failure, and stops', async () => {
    relay.start();
    const a = await commit('s-1', 'a');
    await waitUntil(() => transport.published.length === 1);
    transport.failNextPublish();
    const b = await commit('s-1', 'b');
    await waitUntil(() => transport.published.length === 2);
    expect(transport.published.map((m) => m.headers!['event-id'])).toEqual([a.id, b.id]);

    await relay.stop();
    const c = await commit('s-1', 'c');
    expect(await relay.backlog()).toBe(1);
    expect(transport.published.map((m) => m.headers!['event-id'])).not.toContain(c.id);
  });
});
