import type { cityCreated, PayloadOf } from '@oms/contracts';
import type { EventHandler } from '@oms/messaging';
import type { KnownCityRepository } from '../persistence/known-city.repository';

/**
 * Keeps orders' copy of masters cities: a `city.created` event upserts the `known_city` row, so leads can
 * be checked against real cities even while masters is down. Applied once per event (the consumer's inbox).
 */
export function cityCreatedConsumer(cities: KnownCityRepository): EventHandler {
  return async (event, tx) => {
    const payload = event.payload as PayloadOf<typeof cityCreated>;
    await cities.upsert(tx.em, {
      id: payload.cityId,
      stateId: payload.stateId,
      code: payload.code,
      name: payload.name,
    });
  };
}
