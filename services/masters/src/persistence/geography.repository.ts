import { In, IsNull, type SelectQueryBuilder, type EntityManager } from 'typeorm';
import { containsPattern, paginate, type Page } from '@oms/persistence';
import type { City, State } from '../domain/geography';
import { CityEntity, StateEntity } from './geography.entities';

/** Listing arguments shared by the list queries. */
export interface ListArgs<F> {
  filter?: F | null;
  first?: number | null;
  after?: string | null;
}

/** Narrows a list of states. */
export interface StateListFilter {
  search?: string | null;
  active?: boolean | null;
}

/** Narrows a list of cities. */
export interface CityListFilter extends StateListFilter {
  stateId?: string | null;
}

/** Narrows a query of a deactivatable master to active (`true`) or inactive (`false`) rows. */
export function whereActive<T extends object>(qb: SelectQueryBuilder<T>, active?: boolean | null): void {
  if (active === true) qb.andWhere(`${qb.alias}.deactivatedAt IS NULL`);
  if (active === false) qb.andWhere(`${qb.alias}.deactivatedAt IS NOT NULL`);
}

/** Reads and writes states and cities. */
export class GeographyRepository {
  async insertState(em: EntityManager, state: State): Promise<void> {
    await em.getRepository(StateEntity).insert(state);
  }

  async insertCity(em: EntityManager, city: City): Promise<void> {
    await em.getRepository(CityEntity).insert(city);
  }

  /** Writes the name, `updatedAt` and `deactivatedAt` of an existing state (its code never changes). */
  async saveState(em: EntityManager, state: State): Promise<void> {
    const { name, updatedAt, deactivatedAt } = state;
    await em.getRepository(StateEntity).update({ id: state.id }, { name, updatedAt, deactivatedAt });
  }

  /** Writes the name, `updatedAt` and `deactivatedAt` of an existing city (its code and state never change). */
  async saveCity(em: EntityManager, city: City): Promise<void> {
    const { name, updatedAt, deactivatedAt } = city;
    await em.getRepository(CityEntity).update({ id: city.id }, { name, updatedAt, deactivatedAt });
  }

  /** How many active cities a state has. */
  countActiveCitiesOfState(em: EntityManager, stateId: string): Promise<number> {
    return em.getRepository(CityEntity).countBy({ stateId, deactivatedAt: IsNull() });
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

  listStates(em: EntityManager, args: ListArgs<StateListFilter>): Promise<Page<State>> {
    const qb = em.getRepository(StateEntity).createQueryBuilder('s');
    whereActive(qb, args.filter?.active);
    if (args.filter?.search) {
      qb.andWhere("(LOWER(s.code) LIKE :q ESCAPE '!' OR LOWER(s.name) LIKE :q ESCAPE '!')", {
        q: containsPattern(args.filter.search),
      });
    }
    return paginate(qb, args);
  }

  listCities(em: EntityManager, args: ListArgs<CityListFilter>): Promise<Page<City>> {
    const qb = em.getRepository(CityEntity).createQueryBuilder('c');
    if (args.filter?.stateId) qb.andWhere('c.stateId = :stateId', { stateId: args.filter.stateId });
    whereActive(qb, args.filter?.active);
    if (args.filter?.search) {
      qb.andWhere("(LOWER(c.code) LIKE :q ESCAPE '!' OR LOWER(c.name) LIKE :q ESCAPE '!')", {
        q: containsPattern(args.filter.search),
      });
    }
    return paginate(qb, args);
  }
}
