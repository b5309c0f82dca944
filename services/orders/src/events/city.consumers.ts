import { cityCreated, cityDeactivated, cityUpdated } from '@oms/contracts';
import type { EventHandler } from '@oms/messaging';
import type { KnownCityRepository } from '../persistence/known-city.repository';

/**
 * Keeps orders' copy of masters cities (`known_city`), so leads can be checked against real, active cities
 * even while masters is down. `city.created` upserts the row; `city.updated` renames it and
 * `city.deactivated` marks it inactive. A change to a city this copy never saw created is ignored: masters
 * keys every event by the city id, so its `city.created` always arrives first. Each event is applied once
 * (the consumer's inbox), and applying one again would change nothing.
 */
export function cityHandlers(cities: KnownCityRepository): Record<string, EventHandler> {
  return {
    [cityCreated.type]: async (event, tx) => {
      const p = cityCreated.payload.parse(event.payload);
      await cities.upsert(tx.em, {
        id: p.cityId,
        stateId: p.stateId,
        code: p.code,
        name: p.name,
        active: true,
      });
    },
    [cityUpdated.type]: async (event, tx) => {
      const p = cityUpdated.payload.parse(event.payload);
      await cities.change(tx.em, p.cityId, { name: p.name });
    },
    [cityDeactivated.type]: async (event, tx) => {
      const p = cityDeactivated.payload.parse(event.payload);
      await cities.change(tx.em, p.cityId, { active: false });
    },
  };
}
