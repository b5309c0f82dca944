import { randomUUID } from 'node:crypto';
import { DeadLetterEntity, InboxEntity } from '@oms/messaging';
import { aBranch, aBso, aCitySetting } from '../../test/builders';
import { openSqliteTestDatabase, type SqliteTestDatabase } from '../../test/sqlite-database';
import {
  KnownBranchEntity,
  KnownBsoCitySettingEntity,
  KnownBsoEntity,
} from '../persistence/known-masters.entities';

describe("feasibility's copies of masters BSOs, BSO city settings and branches", () => {
  let database: SqliteTestDatabase;
  const rows = {
    bsos: () => database.db.manager.getRepository(KnownBsoEntity).find({ order: { code: 'ASC' } }),
    settings: () =>
      database.db.manager.getRepository(KnownBsoCitySettingEntity).find({ order: { id: 'ASC' } }),
    branches: () => database.db.manager.getRepository(KnownBranchEntity).find({ order: { code: 'ASC' } }),
  };

  beforeEach(async () => {
    database = await openSqliteTestDatabase();
  });

  afterEach(async () => {
    await database.close();
  });

  it('follows a BSO through creation, edit and deactivation, once per event', async () => {
    const airlink = aBso('AIRLINK', 'Airlink Networks');
    const created = airlink.created();
    await database.deliver(created, created);
    expect(await rows.bsos()).toEqual([
      { id: airlink.id, code: 'AIRLINK', name: 'Airlink Networks', active: true },
    ]);

    const renamed = airlink.updated('Airlink Broadband');
    await database.deliver(renamed);
    const deactivated = airlink.deactivated();
    await database.deliver(deactivated, renamed, deactivated);
    expect(await rows.bsos()).toEqual([
      { id: airlink.id, code: 'AIRLINK', name: 'Airlink Broadband', active: false },
    ]);
    // A redelivered creation is absorbed by the inbox: the BSO stays inactive.
    await database.deliver(created);
    expect((await rows.bsos())[0].active).toBe(false);
    expect(database.consumer.stats).toMatchObject({ applied: 3, duplicates: 4, deadLettered: 0 });
    expect(
      await database.db.manager.getRepository(InboxEntity).countBy({ consumer: 'oms-feasibility' }),
    ).toBe(3);
  });

  it('ignores edits of a BSO or branch it never saw created', async () => {
    await database.deliver(aBso('GHOST').updated('Ghost'), aBso('GHOST2').deactivated());
    await database.deliver(aBranch('GHOST_01', [randomUUID()]).deactivated());
    expect(await rows.bsos()).toEqual([]);
    expect(await rows.branches()).toEqual([]);
    expect(database.consumer.stats.deadLettered).toBe(0);
  });

  it('replaces a city setting with the whole state each event carries, deactivation included', async () => {
    const cityId = randomUUID();
    const setting = aCitySetting(aBso('AIRLINK'), cityId, 48);
    const created = setting.created();
    await database.deliver(created);
    const updated = setting.updated({
      tatHours: 24,
      to: ['a@bso.example', 'b@bso.example'],
      cc: ['c@bso.example'],
    });
    await database.deliver(updated, created, updated);
    expect(await rows.settings()).toEqual([
      {
        id: setting.id,
        bsoId: setting.bsoId,
        cityId,
        to: ['a@bso.example', 'b@bso.example'],
        cc: ['c@bso.example'],
        tatHours: 24,
        active: true,
      },
    ]);
    await database.deliver(setting.deactivated());
    expect(await rows.settings()).toEqual([
      expect.objectContaining({ id: setting.id, tatHours: 24, active: false }),
    ]);
  });

  it('follows a branch and the cities it serves', async () => {
    const [pune, mumbai] = [randomUUID(), randomUUID()];
    const branch = aBranch('PUNE_01', [pune]);
    await database.deliver(branch.created());
    await database.deliver(branch.updated('Pune West', [pune, mumbai]));
    expect(await rows.branches()).toEqual([
      { id: branch.id, code: 'PUNE_01', name: 'Pune West', cityIds: [pune, mumbai], active: true },
    ]);
    await database.deliver(branch.deactivated());
    expect((await rows.branches())[0].active).toBe(false);
  });

  it('dead-letters a masters event whose payload breaks its contract, without a copy', async () => {
    const broken = aCitySetting(aBso('AIRLINK'), randomUUID()).created();
    await database.deliver({ ...broken, payload: { ...broken.payload, tatHours: 0 } });
    expect(await rows.settings()).toEqual([]);
    expect(await database.db.manager.getRepository(DeadLetterEntity).count()).toBe(1);
  });
});
