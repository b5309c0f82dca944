import type { EntityManager } from 'typeorm';
import type { KnownCity } from '../domain/known-city';
import { KnownCityEntity } from './known-city.entity';

/** Reads and writes orders' local copy of masters cities. */
export class KnownCityRepository {
  /** Inserts the city, or overwrites the copy when it is already known (events may be redelivered). */
  async upsert(em: EntityManager, city: KnownCity): Promise<void> {
    const repo = em.getRepository(KnownCityEntity);
    if (await repo.existsBy({ id: city.id })) {
      const { id, ...rest } = city;
      await repo.update({ id }, rest);
    } else {
      await repo.insert(city);
    }
  }

  /** Changes what the copy holds about a known city; false when the city is not known here. */
  async change(em: EntityManager, id: string, changes: Partial<Omit<KnownCity, 'id'>>): Promise<boolean> {
    const result = await em.getRepository(KnownCityEntity).update({ id }, changes);
    return (result.affected ?? 0) > 0;
  }

  byId(em: EntityManager, id: string): Promise<KnownCity | null> {
    return em.getRepository(KnownCityEntity).findOneBy({ id });
  }
}
