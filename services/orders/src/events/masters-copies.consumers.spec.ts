import { randomUUID } from 'node:crypto';
import {
  bandwidthCreated,
  bandwidthDeactivated,
  bandwidthUpdated,
  branchDeactivated,
  branchUpdated,
  cityDeactivated,
  cityUpdated,
  productBandwidthsSet,
  productCreated,
  productDeactivated,
  productUpdated,
  type EventEnvelope,
} from '@oms/contracts';
import { EventConsumer, InProcessTransport, InboxEntity } from '@oms/messaging';
import { createLogger } from '@oms/config';
import { aBranchCreatedEvent, aCityCreatedEvent, aMastersEvent, aTeamEvent } from '../../test/builders';
import { openSqliteTestDatabase, type SqliteTestDatabase } from '../../test/sqlite-database';
import { KnownBranchEntity } from '../persistence/known-branch.entity';
import { KnownBranchRepository } from '../persistence/known-branch.repository';
import { KnownBandwidthEntity, KnownProductEntity } from '../persistence/known-catalogue.entities';
import { KnownCatalogueRepository } from '../persistence/known-catalogue.repository';
import { KnownCityEntity } from '../persistence/known-city.entity';
import { KnownCityRepository } from '../persistence/known-city.repository';
import { KnownTeamEntity, KnownTeamMemberEntity } from '../persistence/known-team.entities';
import { OrderTransitions } from '../application/order-transitions';
import { OrderRepository } from '../persistence/order.repository';
import { KnownTeamRepository } from '../persistence/known-team.repository';
import { ordersHandlers } from './handlers';

describe("orders' copies of masters data", () => {
  let database: SqliteTestDatabase;
  let consumer: EventConsumer;
  const at = () => new Date().toISOString();
  const deliver = (event: EventEnvelope) =>
    consumer.handle({ topic: 'oms.masters.v1', key: event.aggregateId, value: JSON.stringify(event) });
  const all = <T>(entity: Parameters<SqliteTestDatabase['db']['manager']['getRepository']>[0]) =>
    database.db.manager.getRepository(entity).find({ order: { id: 'ASC' } }) as Promise<T[]>;
  const cities = () => all<object>(KnownCityEntity);
  const branches = () => all<object>(KnownBranchEntity);
  const products = () => all<object>(KnownProductEntity);
  const bandwidths = () => all<object>(KnownBandwidthEntity);
  const catalogue = new KnownCatalogueRepository();
  const teams = new KnownTeamRepository();
  const orders = new OrderRepository();

  beforeEach(async () => {
    database = await openSqliteTestDatabase();
    consumer = new EventConsumer(database.db, new InProcessTransport('masters-copies-spec'), {
      name: 'oms-orders',
      topics: ['oms.masters.v1'],
      handlers: ordersHandlers({
        cities: new KnownCityRepository(),
        branches: new KnownBranchRepository(),
        catalogue,
        teams,
        orders,
        transitions: new OrderTransitions(orders, teams, catalogue),
      }),
      topicSuffix: '',
      maxAttempts: 1,
      retryBaseMs: 1,
      logger: createLogger('orders-spec', 'error'),
    });
  });

  afterEach(async () => {
    await database.close();
  });

  describe('cities', () => {
    it('records a created city as active, once per event', async () => {
      const event = aCityCreatedEvent({ cityId: 'c-pune', stateId: 's-mh', code: 'PUNE', name: 'Pune' });
      await deliver(event);
      await deliver(event);
      expect(await cities()).toEqual([
        { id: 'c-pune', stateId: 's-mh', code: 'PUNE', name: 'Pune', active: true },
      ]);
      expect(consumer.stats).toMatchObject({ applied: 1, duplicates: 1, deadLettered: 0 });
      expect(await database.db.manager.getRepository(InboxEntity).countBy({ consumer: 'oms-orders' })).toBe(
        1,
      );
    });

    it('overwrites the copy when a later created event describes the same city', async () => {
      await deliver(aCityCreatedEvent({ cityId: 'c-pune', code: 'PUNE', name: 'Poona' }));
      await deliver(aCityCreatedEvent({ cityId: 'c-pune', code: 'PUNE', name: 'Pune' }));
      await deliver(aCityCreatedEvent({ cityId: 'c-blr', code: 'BLR', name: 'Bengaluru' }));
      expect((await cities()).map((c) => [(c as { id: string }).id, (c as { name: string }).name])).toEqual([
        ['c-blr', 'Bengaluru'],
        ['c-pune', 'Pune'],
      ]);
    });

    it('follows renames and deactivation, and ignores changes to a city it never saw', async () => {
      await deliver(aCityCreatedEvent({ cityId: 'c-pune', stateId: 's-mh', code: 'PUNE', name: 'Poona' }));
      const renamed = aMastersEvent(cityUpdated, 'c-pune', {
        cityId: 'c-pune',
        name: 'Pune',
        updatedAt: at(),
      });
      const closed = aMastersEvent(cityDeactivated, 'c-pune', { cityId: 'c-pune', deactivatedAt: at() });
      for (const event of [renamed, closed, renamed, closed]) await deliver(event);
      await deliver(
        aMastersEvent(cityUpdated, 'c-ghost', { cityId: 'c-ghost', name: 'Ghost', updatedAt: at() }),
      );
      expect(await cities()).toEqual([
        { id: 'c-pune', stateId: 's-mh', code: 'PUNE', name: 'Pune', active: false },
      ]);
      expect(consumer.stats).toMatchObject({ applied: 4, duplicates: 2, deadLettered: 0 });
    });
  });

  describe('branches', () => {
    it('records, edits and deactivates a branch, each event once', async () => {
      const created = aBranchCreatedEvent({
        branchId: 'b-1',
        code: 'PUNE_01',
        name: 'Pune Camp',
        zoneId: 'z-west',
        cityIds: ['c-pune'],
      });
      await deliver(created);
      await deliver(created);
      expect(await branches()).toEqual([
        {
          id: 'b-1',
          code: 'PUNE_01',
          name: 'Pune Camp',
          zoneId: 'z-west',
          cityIds: ['c-pune'],
          active: true,
        },
      ]);

      const edited = aMastersEvent(branchUpdated, 'b-1', {
        branchId: 'b-1',
        name: 'Pune Central',
        zoneId: 'z-central',
        cityIds: ['c-pune', 'c-pcmc'],
        updatedAt: at(),
      });
      await deliver(edited);
      await deliver(edited);
      expect(await branches()).toEqual([
        {
          id: 'b-1',
          code: 'PUNE_01',
          name: 'Pune Central',
          zoneId: 'z-central',
          cityIds: ['c-pune', 'c-pcmc'],
          active: true,
        },
      ]);

      const closed = aMastersEvent(branchDeactivated, 'b-1', { branchId: 'b-1', deactivatedAt: at() });
      await deliver(closed);
      await deliver(closed);
      expect(await branches()).toEqual([
        {
          id: 'b-1',
          code: 'PUNE_01',
          name: 'Pune Central',
          zoneId: 'z-central',
          cityIds: ['c-pune', 'c-pcmc'],
          active: false,
        },
      ]);
      expect(consumer.stats).toMatchObject({ applied: 3, duplicates: 3, deadLettered: 0 });
    });

    it('ignores changes to a branch it never saw created', async () => {
      await deliver(
        aMastersEvent(branchUpdated, 'b-ghost', {
          branchId: 'b-ghost',
          name: 'Ghost',
          zoneId: 'z',
          cityIds: ['c'],
          updatedAt: at(),
        }),
      );
      await deliver(
        aMastersEvent(branchDeactivated, 'b-ghost', { branchId: 'b-ghost', deactivatedAt: at() }),
      );
      expect(await branches()).toEqual([]);
      expect(consumer.stats).toMatchObject({ applied: 2, deadLettered: 0 });
    });
  });

  describe('products and bandwidths', () => {
    const bandwidth = (id: string, value: number, rank: number) =>
      aMastersEvent(bandwidthCreated, id, {
        bandwidthId: id,
        value,
        unit: 'MBPS',
        rank,
        label: `${value} Mbps`,
        createdAt: at(),
      });

    it('keeps products with their bandwidths and ranked bandwidths, each event once', async () => {
      const events = [
        bandwidth('bw-10', 10, 10),
        bandwidth('bw-100', 100, 50),
        aMastersEvent(productCreated, 'p-ill', {
          productId: 'p-ill',
          code: 'ILL',
          name: 'Internet Leased Line',
          categoryId: 'cat-ill',
          createdAt: at(),
        }),
        aMastersEvent(productBandwidthsSet, 'p-ill', {
          productId: 'p-ill',
          bandwidthIds: ['bw-10', 'bw-100'],
          updatedAt: at(),
        }),
      ];
      for (const event of [...events, ...events]) await deliver(event);
      expect(await products()).toEqual([
        { id: 'p-ill', code: 'ILL', categoryId: 'cat-ill', bandwidthIds: ['bw-10', 'bw-100'], active: true },
      ]);
      expect(await bandwidths()).toEqual([
        { id: 'bw-10', value: 10, unit: 'MBPS', rank: 10, active: true },
        { id: 'bw-100', value: 100, unit: 'MBPS', rank: 50, active: true },
      ]);
      expect(consumer.stats).toMatchObject({ applied: 4, duplicates: 4, deadLettered: 0 });

      // Re-rank, deactivate, re-rank the inactive one, move and deactivate the product.
      for (const event of [
        aMastersEvent(bandwidthUpdated, 'bw-10', {
          bandwidthId: 'bw-10',
          value: 10,
          unit: 'MBPS',
          rank: 70,
          updatedAt: at(),
        }),
        aMastersEvent(bandwidthDeactivated, 'bw-100', {
          bandwidthId: 'bw-100',
          value: 100,
          unit: 'MBPS',
          rank: 50,
          deactivatedAt: at(),
        }),
        aMastersEvent(bandwidthUpdated, 'bw-100', {
          bandwidthId: 'bw-100',
          value: 100,
          unit: 'MBPS',
          rank: 40,
          updatedAt: at(),
        }),
        aMastersEvent(productUpdated, 'p-ill', {
          productId: 'p-ill',
          name: 'ILL',
          categoryId: 'cat-data',
          updatedAt: at(),
        }),
        aMastersEvent(productDeactivated, 'p-ill', { productId: 'p-ill', deactivatedAt: at() }),
      ])
        await deliver(event);
      expect(await products()).toEqual([
        {
          id: 'p-ill',
          code: 'ILL',
          categoryId: 'cat-data',
          bandwidthIds: ['bw-10', 'bw-100'],
          active: false,
        },
      ]);
      expect(await bandwidths()).toEqual([
        { id: 'bw-10', value: 10, unit: 'MBPS', rank: 70, active: true },
        { id: 'bw-100', value: 100, unit: 'MBPS', rank: 40, active: false },
      ]);
      const ranked = await catalogue.bandwidthsOfProduct(database.db.manager, 'p-ill');
      expect(ranked.map((b) => b.id)).toEqual(['bw-100', 'bw-10']);
    });

    it('takes a bandwidth from any of its events, and ignores changes to a product it never saw', async () => {
      const id = randomUUID();
      await deliver(
        aMastersEvent(bandwidthDeactivated, id, {
          bandwidthId: id,
          value: 1,
          unit: 'GBPS',
          rank: 90,
          deactivatedAt: at(),
        }),
      );
      await deliver(
        aMastersEvent(productBandwidthsSet, 'p-ghost', {
          productId: 'p-ghost',
          bandwidthIds: [id],
          updatedAt: at(),
        }),
      );
      expect(await bandwidths()).toEqual([{ id, value: 1, unit: 'GBPS', rank: 90, active: false }]);
      expect(await products()).toEqual([]);
    });
  });

  describe('teams', () => {
    const asha = { userId: 'u-asha', email: 'asha@oms.example' };
    const ravi = { userId: 'u-ravi', email: 'ravi@oms.example' };
    const team = (id: string) => teams.byId(database.db.manager, id);
    const teamRows = () => all<object>(KnownTeamEntity);
    const memberRows = () =>
      database.db.manager
        .getRepository(KnownTeamMemberEntity)
        .find({ order: { teamId: 'ASC', position: 'ASC' } });

    it('records a created team with its members, once per event', async () => {
      const created = aTeamEvent('created', {
        teamId: 't-1',
        code: 'INST_PUNE',
        name: 'Installation Pune',
        kind: 'INSTALLATION',
        branchId: 'b-pune',
        cityIds: ['c-pune', 'c-pcmc'],
        members: [ravi, asha],
        mailAddress: 'install.pune@oms.example',
      });
      await deliver(created);
      await deliver(created);
      expect(await team('t-1')).toEqual({
        id: 't-1',
        code: 'INST_PUNE',
        name: 'Installation Pune',
        kind: 'INSTALLATION',
        branchId: 'b-pune',
        cityIds: ['c-pune', 'c-pcmc'],
        mailAddress: 'install.pune@oms.example',
        members: [ravi, asha],
        active: true,
      });
      expect(await memberRows()).toEqual([
        { teamId: 't-1', userId: 'u-ravi', email: 'ravi@oms.example', position: 0 },
        { teamId: 't-1', userId: 'u-asha', email: 'asha@oms.example', position: 1 },
      ]);
      expect(consumer.stats).toMatchObject({ applied: 1, duplicates: 1, deadLettered: 0 });
    });

    it('replaces the whole team with each update and deactivation, each event once', async () => {
      await deliver(aTeamEvent('created', { teamId: 't-1', members: [ravi, asha] }));
      const edited = aTeamEvent('updated', {
        teamId: 't-1',
        name: 'Provisioning Pune',
        kind: 'PROVISIONING',
        branchId: 'b-pcmc',
        cityIds: ['c-pcmc'],
        members: [asha],
        mailAddress: 'prov@oms.example',
      });
      const closed = aTeamEvent('deactivated', {
        teamId: 't-1',
        name: 'Provisioning Pune',
        kind: 'PROVISIONING',
        branchId: 'b-pcmc',
        cityIds: ['c-pcmc'],
        members: [],
        mailAddress: null,
      });
      await deliver(edited);
      await deliver(edited);
      expect(await team('t-1')).toMatchObject({
        name: 'Provisioning Pune',
        kind: 'PROVISIONING',
        branchId: 'b-pcmc',
        cityIds: ['c-pcmc'],
        mailAddress: 'prov@oms.example',
        members: [asha],
        active: true,
      });
      const em = database.db.manager;
      expect(
        (await teams.activeTeamFor(em, { kind: 'PROVISIONING', branchId: 'b-pcmc', cityId: 'c-pcmc' }))?.id,
      ).toBe('t-1');

      await deliver(closed);
      await deliver(closed);
      expect(await team('t-1')).toMatchObject({ members: [], mailAddress: null, active: false });
      expect(
        await teams.activeTeamFor(em, { kind: 'PROVISIONING', branchId: 'b-pcmc', cityId: 'c-pcmc' }),
      ).toBeNull();
      expect(await teamRows()).toHaveLength(1);
      expect(await memberRows()).toEqual([]);
      expect(consumer.stats).toMatchObject({ applied: 3, duplicates: 2, deadLettered: 0 });
    });

    it('takes the state of an update for a team it never saw created', async () => {
      await deliver(aTeamEvent('updated', { teamId: 't-late', code: 'INST_LATE', members: [asha] }));
      expect(await team('t-late')).toMatchObject({ code: 'INST_LATE', members: [asha], active: true });
    });
  });
});
