import type { EventHandler } from '@oms/messaging';
import type { KnownBranchRepository } from '../persistence/known-branch.repository';
import type { KnownCatalogueRepository } from '../persistence/known-catalogue.repository';
import type { KnownCityRepository } from '../persistence/known-city.repository';
import type { KnownTeamRepository } from '../persistence/known-team.repository';
import { branchHandlers } from './branch.consumers';
import { catalogueHandlers } from './catalogue.consumers';
import { cityHandlers } from './city.consumers';
import { teamHandlers } from './team.consumers';

/** The masters events orders consumes, by type: each keeps one of orders' local copies of masters data. */
export function ordersHandlers(copies: {
  cities: KnownCityRepository;
  branches: KnownBranchRepository;
  catalogue: KnownCatalogueRepository;
  teams: KnownTeamRepository;
}): Record<string, EventHandler> {
  return {
    ...cityHandlers(copies.cities),
    ...branchHandlers(copies.branches),
    ...catalogueHandlers(copies.catalogue),
    ...teamHandlers(copies.teams),
  };
}
