import type { EntityManager } from 'typeorm';
import type { KnownCity } from '../domain/known-city';
import { KnownCityEntity } from './known-city.entity';

/** Reads and writes orders' local copy of masters cities. */
export class KnownCityRepository {
  /** Inserts the city, or overwrites the copy when it is already known (events may be redelivered). */
  async upsert(em: EntityManager, city: KnownCity): Promise<void> {
    const repo = em.getRepository(KnownCityEntity);
    if (await repo.existsBy({ id: city.id })) {
      await repo.update({ id: city.id }, { stateId: city.stateId, code: city.code, name: city.name });
    } else {
      await repo.insert(city);
    }
  }

  byId(em: EntityManager, id: string): Promise<KnownCity | null> {
    return em.getRepository(KnownCityEntity).findOneBy({ id });
  }
}
