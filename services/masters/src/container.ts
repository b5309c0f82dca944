import type { Infrastructure, RequestContext, ServiceWiring } from '@oms/server';
import { byIdLoader, groupLoader } from '@oms/server';
import { CreateBranch } from './application/create-branch';
import { CreateCity } from './application/create-city';
import { CreateState } from './application/create-state';
import { CreateZone } from './application/create-zone';
import { DeactivateBranch } from './application/deactivate-branch';
import { DeactivateCity } from './application/deactivate-city';
import { DeactivateState } from './application/deactivate-state';
import { DeactivateZone } from './application/deactivate-zone';
import { GeographyQueries } from './application/geography-queries';
import { OrganisationQueries } from './application/organisation-queries';
import { UpdateBranch } from './application/update-branch';
import { UpdateCity } from './application/update-city';
import { UpdateState } from './application/update-state';
import { UpdateZone } from './application/update-zone';
import type { MastersContext, MastersUseCases } from './graphql/context';
import { resolvers } from './graphql/resolvers';
import { GeographyRepository } from './persistence/geography.repository';
import { OrganisationRepository } from './persistence/organisation.repository';

/** The composition root of the masters service: the one place adapters and use cases are wired. */
export function wireMasters(infra: Infrastructure): ServiceWiring<MastersContext> {
  const geography = new GeographyRepository();
  const organisation = new OrganisationRepository();
  const { uow } = infra;
  const useCases: MastersUseCases = {
    createState: new CreateState(uow, geography),
    updateState: new UpdateState(uow, geography),
    deactivateState: new DeactivateState(uow, geography),
    createCity: new CreateCity(uow, geography),
    updateCity: new UpdateCity(uow, geography),
    deactivateCity: new DeactivateCity(uow, geography, organisation),
    createZone: new CreateZone(uow, organisation),
    updateZone: new UpdateZone(uow, organisation),
    deactivateZone: new DeactivateZone(uow, organisation),
    createBranch: new CreateBranch(uow, geography, organisation),
    updateBranch: new UpdateBranch(uow, geography, organisation),
    deactivateBranch: new DeactivateBranch(uow, organisation),
    geography: new GeographyQueries(infra.db, geography),
    organisation: new OrganisationQueries(infra.db, organisation),
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
        zone: byIdLoader((ids) => useCases.organisation.zonesByIds(ids)),
        branch: byIdLoader((ids) => useCases.organisation.branchesByIds(ids)),
        branchesOfZone: groupLoader(
          (ids) => useCases.organisation.branchesOfZones(ids),
          (b) => b.zoneId,
        ),
        branchesOfCity: groupLoader(
          (ids) => useCases.organisation.branchesOfCities(ids),
          (link) => link.cityId,
        ),
      },
    }),
  };
}
