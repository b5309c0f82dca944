import type { Database, Page } from '@oms/persistence';
import type { City, State } from '../domain/geography';
import type { GeographyRepository, ListArgs } from '../persistence/geography.repository';

/** Read side of states and cities (no transaction needed). */
export class GeographyQueries {
  constructor(
    private readonly db: Database,
    private readonly repo: GeographyRepository,
  ) {}

  statesByIds(ids: readonly string[]): Promise<State[]> {
    return this.repo.statesByIds(this.db.manager, ids);
  }

  citiesByIds(ids: readonly string[]): Promise<City[]> {
    return this.repo.citiesByIds(this.db.manager, ids);
  }

  citiesOfStates(stateIds: readonly string[]): Promise<City[]> {
    return this.repo.citiesOfStates(this.db.manager, stateIds);
  }

  listStates(args: ListArgs<{ search?: string | null }>): Promise<Page<State>> {
    return this.repo.listStates(this.db.manager, args);
  }

  listCities(args: ListArgs<{ search?: string | null; stateId?: string | null }>): Promise<Page<City>> {
    return this.repo.listCities(this.db.manager, args);
  }
}
