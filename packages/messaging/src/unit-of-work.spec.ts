import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import type { Database } from '@oms/persistence';
import { OutboxEntity } from './tables';
import { UnitOfWork, type Transaction } from './unit-of-work';
import { WidgetEntity } from '../test/support/test-tables';
import { aContext, createWidget, openSqlite, tempDataDir } from '../test/support/fixtures';

describe('UnitOfWork (SQLite)', () => {
  let dataDir: string;
  let db: Database;
  let committed: number;
  let uow: UnitOfWork;

  beforeEach(async () => {
    dataDir = tempDataDir('uow');
    db = await openSqlite(dataDir);
    committed = 0;
    uow = new UnitOfWork(db, '.unit', () => (committed += 1));
  });

  afterEach(async () => {
    await db.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const widgets = () => db.manager.getRepository(WidgetEntity).find();
  const outbox = () => db.manager.getRepository(OutboxEntity).find();
  /** Inserts a widget whose id is taken: the unique-key failure a lost race ends in. */
  const loseRace = (tx: Transaction, takenId: string) =>
    tx.em.getRepository(WidgetEntity).insert({ id: takenId, name: 'loser', createdAt: new Date() });

  it('runs the whole transaction again after a write conflict; only the rerun is kept', async () => {
    const taken = randomUUID();
    await uow.run(aContext(), (tx) =>
      tx.em.getRepository(WidgetEntity).insert({ id: taken, name: 'winner', createdAt: new Date() }),
    );
    committed = 0;
    let attempts = 0;
    const envelope = await uow.run(aContext(), async (tx) => {
      attempts += 1;
      const written = await createWidget(tx, `agg-${attempts}`, `attempt ${attempts}`);
      if (attempts === 1) await loseRace(tx, taken);
      return written;
    });
    expect(attempts).toBe(2);
    expect((await widgets()).map((w) => w.name).sort()).toEqual(['attempt 2', 'winner']);
    expect((await outbox()).map((m) => m.id)).toEqual([envelope.id]);
    expect(committed).toBe(1);
  });

  it('gives up after a few conflicts and rethrows the last one, having written nothing', async () => {
    const taken = randomUUID();
    await uow.run(aContext(), (tx) =>
      tx.em.getRepository(WidgetEntity).insert({ id: taken, name: 'winner', createdAt: new Date() }),
    );
    let attempts = 0;
    await expect(
      uow.run(aContext(), async (tx) => {
        attempts += 1;
        await createWidget(tx, 'agg', `attempt ${attempts}`);
        await loseRace(tx, taken);
      }),
    ).rejects.toThrow(/UNIQUE constraint failed/);
    expect(attempts).toBe(5);
    expect((await widgets()).map((w) => w.name)).toEqual(['winner']);
    expect(await outbox()).toEqual([]);
  });

  it('does not run a transaction again for any other failure', async () => {
    let attempts = 0;
    await expect(
      uow.run(aContext(), async (tx) => {
        attempts += 1;
        await createWidget(tx, 'agg', 'doomed');
        throw new Error('use case failed');
      }),
    ).rejects.toThrow('use case failed');
    expect(attempts).toBe(1);
    expect([await widgets(), await outbox(), committed]).toEqual([[], [], 0]);
  });
});
