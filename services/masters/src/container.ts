import type { Infrastructure, RequestContext, ServiceWiring } from '@oms/server';
import { byIdLoader, groupLoader } from '@oms/server';
import { CreateCity } from './application/create-city';
import { CreateState } from './application/create-state';
import { GeographyQueries } from './application/geography-queries';
import type { MastersContext, MastersUseCases } from './graphql/context';
import { resolvers } from './graphql/resolvers';
import { GeographyRepository } from './persistence/geography.repository';

/** The composition root of the masters service: the one place adapters and use cases are wired. */
export function wireMasters(infra: Infrastructure): ServiceWiring<MastersContext> {
  const geography = new GeographyRepository();
  const useCases: MastersUseCases = {
    createState: new CreateState(infra.uow, geography),
    createCity: new CreateCity(infra.uow, geography),
    geography: new GeographyQueries(infra.db, geography),
  };
  return {
    resolvers: resolvers as ServiceWiring<MastersContext>['resolvers'],
    context: (base: RequestContext): MastersContext => ({
      ...base,
      useCases,
      loaders: {
        state: byIdLoader((ids) => useCases.geography.statesByIds(ids)),
        city: byIdLoader((ids) => useCases.geography.citiesByIds(ids)),
        citiesOfState: groupLoader(
          (ids) => useCases.geography.citiesOfStates(ids),
          (c) => c.stateId,
        ),
      },
    }),
  };
}
