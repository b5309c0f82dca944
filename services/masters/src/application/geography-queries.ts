import type { Database, Page } from '@oms/persistence';
import type { City, State } from '../domain/geography';
import type {
  CityListFilter,
  GeographyRepository,
  ListArgs,
  StateListFilter,
} from '../persistence/geography.repository';

/** Read side of states and cities (no transaction needed). */
export class GeographyQueries {
  constructor(
    private readonly db: Database,
    private readonly repo: GeographyRepository,
  ) {}

  statesByIds(ids: readonly string[]): Promise<State[]> {
    return this.db.read((em) => this.repo.statesByIds(em, ids));
  }

  citiesByIds(ids: readonly string[]): Promise<City[]> {
    return this.db.read((em) => this.repo.citiesByIds(em, ids));
  }

  citiesOfStates(stateIds: readonly string[]): Promise<City[]> {
    return this.db.read((em) => this.repo.citiesOfStates(em, stateIds));
  }

  listStates(args: ListArgs<StateListFilter>): Promise<Page<State>> {
    return this.db.read((em) => this.repo.listStates(em, args));
  }

  listCities(args: ListArgs<CityListFilter>): Promise<Page<City>> {
    return this.db.read((em) => this.repo.listCities(em, args));
  }
}
