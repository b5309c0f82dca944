import { EventConsumer, InProcessTransport, InboxEntity } from '@oms/messaging';
import { createLogger } from '@oms/config';
import { aCityCreatedEvent } from '../../test/builders';
import { openSqliteTestDatabase, type SqliteTestDatabase } from '../../test/sqlite-database';
import { KnownCityEntity } from '../persistence/known-city.entity';
import { KnownCityRepository } from '../persistence/known-city.repository';
import { cityCreatedConsumer } from './city-created.consumer';

describe('city.created consumer', () => {
  let database: SqliteTestDatabase;
  let consumer: EventConsumer;
  const deliver = (event: object) =>
    consumer.handle({ topic: 'oms.masters.v1', key: 'k', value: JSON.stringify(event) });
  const knownCities = () => database.db.manager.getRepository(KnownCityEntity).find({ order: { id: 'ASC' } });

  beforeEach(async () => {
    database = await openSqliteTestDatabase();
    consumer = new EventConsumer(database.db, new InProcessTransport('city-created-spec'), {
      name: 'oms-orders',
      topics: ['oms.masters.v1'],
      handlers: { 'city.created': cityCreatedConsumer(new KnownCityRepository()) },
      topicSuffix: '',
      maxAttempts: 1,
      retryBaseMs: 1,
      logger: createLogger('orders-spec', 'error'),
    });
  });

  afterEach(async () => {
    await database.close();
  });

  it('records the city, once per event', async () => {
    const event = aCityCreatedEvent({ cityId: 'c-pune', stateId: 's-mh', code: 'PUNE', name: 'Pune' });
    await deliver(event);
    await deliver(event);
    expect(await knownCities()).toEqual([{ id: 'c-pune', stateId: 's-mh', code: 'PUNE', name: 'Pune' }]);
    expect(consumer.stats).toMatchObject({ applied: 1, duplicates: 1, deadLettered: 0 });
    expect(await database.db.manager.getRepository(InboxEntity).countBy({ consumer: 'oms-orders' })).toBe(1);
  });

  it('overwrites the copy when a later event describes the same city', async () => {
    await deliver(aCityCreatedEvent({ cityId: 'c-pune', code: 'PUNE', name: 'Poona' }));
    await deliver(aCityCreatedEvent({ cityId: 'c-pune', code: 'PUNE', name: 'Pune' }));
    await deliver(aCityCreatedEvent({ cityId: 'c-blr', code: 'BLR', name: 'Bengaluru' }));
    expect((await knownCities()).map((c) => [c.id, c.name])).toEqual([
      ['c-blr', 'Bengaluru'],
      ['c-pune', 'Pune'],
    ]);
  });
});
