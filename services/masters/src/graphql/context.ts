import type DataLoader from 'dataloader';
import type { RequestContext } from '@oms/server';
import type { City, State } from '../domain/geography';
import type { CreateCity } from '../application/create-city';
import type { CreateState } from '../application/create-state';
import type { GeographyQueries } from '../application/geography-queries';

/** The use cases the masters resolvers call. */
export interface MastersUseCases {
  createState: CreateState;
  createCity: CreateCity;
  geography: GeographyQueries;
}

/** Per-request context of the masters subgraph. */
export interface MastersContext extends RequestContext {
  useCases: MastersUseCases;
  loaders: {
    state: DataLoader<string, State | null>;
    city: DataLoader<string, City | null>;
    citiesOfState: DataLoader<string, City[]>;
  };
}
