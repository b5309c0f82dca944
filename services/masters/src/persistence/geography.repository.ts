import { In, type EntityManager } from 'typeorm';
import { containsPattern, paginate, type Page } from '@oms/persistence';
import type { City, State } from '../domain/geography';
import { CityEntity, StateEntity } from './geography.entities';

/** Listing arguments shared by the list queries. */
export interface ListArgs<F> {
  filter?: F | null;
  first?: number | null;
  after?: string | null;
}

/** Reads and writes states and cities. */
export class GeographyRepository {
  async insertState(em: EntityManager, state: State): Promise<void> {
    await em.getRepository(StateEntity).insert(state);
  }

  async insertCity(em: EntityManager, city: City): Promise<void> {
    await em.getRepository(CityEntity).insert(city);
  }

  stateByCode(em: EntityManager, code: string): Promise<State | null> {
    return em.getRepository(StateEntity).findOneBy({ code });
  }

  cityByCode(em: EntityManager, code: string): Promise<City | null> {
    return em.getRepository(CityEntity).findOneBy({ code });
  }

  statesByIds(em: EntityManager, ids: readonly string[]): Promise<State[]> {
    return em.getRepository(StateEntity).findBy({ id: In([...ids]) });
  }

  citiesByIds(em: EntityManager, ids: readonly string[]): Promise<City[]> {
    return em.getRepository(CityEntity).findBy({ id: In([...ids]) });
  }

  citiesOfStates(em: EntityManager, stateIds: readonly string[]): Promise<City[]> {
    return em
      .getRepository(CityEntity)
      .find({ where: { stateId: In([...stateIds]) }, order: { name: 'ASC' } });
  }

  listStates(em: EntityManager, args: ListArgs<{ search?: string | null }>): Promise<Page<State>> {
    const qb = em.getRepository(StateEntity).createQueryBuilder('s');
    if (args.filter?.search) {
      qb.andWhere("(LOWER(s.code) LIKE :q ESCAPE '!' OR LOWER(s.name) LIKE :q ESCAPE '!')", {
        q: containsPattern(args.filter.search),
      });
    }
    return paginate(qb, args);
  }

  listCities(
    em: EntityManager,
    args: ListArgs<{ search?: string | null; stateId?: string | null }>,
  ): Promise<Page<City>> {
    const qb = em.getRepository(CityEntity).createQueryBuilder('c');
    if (args.filter?.stateId) qb.andWhere('c.stateId = :stateId', { stateId: args.filter.stateId });
    if (args.filter?.search) {
      qb.andWhere("(LOWER(c.code) LIKE :q ESCAPE '!' OR LOWER(c.name) LIKE :q ESCAPE '!')", {
        q: containsPattern(args.filter.search),
      });
    }
    return paginate(qb, args);
  }
}
