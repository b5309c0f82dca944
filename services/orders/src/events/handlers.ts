import type { EventHandler } from '@oms/messaging';
import type { KnownBranchRepository } from '../persistence/known-branch.repository';
import type { KnownCatalogueRepository } from '../persistence/known-catalogue.repository';
import type { KnownCityRepository } from '../persistence/known-city.repository';
import type { KnownTeamRepository } from '../persistence/known-team.repository';
import { branchHandlers } from './branch.consumers';
import { catalogueHandlers } from './catalogue.consumers';
import { cityHandlers } from './city.consumers';
import { teamHandlers } from './team.consumers';
import { orderHandlers } from './order.consumers';
import type { OrderRepository } from '../persistence/order.repository';
import type { OrderTransitions } from '../application/order-transitions';

/**
 * The events orders consumes, by type: masters' keep orders' local copies of masters data; approvals' decide
 * orders waiting for approval; feasibility's record leads' technical verdicts.
 */
export function ordersHandlers(copies: {
  cities: KnownCityRepository;
  branches: KnownBranchRepository;
  catalogue: KnownCatalogueRepository;
  teams: KnownTeamRepository;
  orders: OrderRepository;
  transitions: OrderTransitions;
}): Record<string, EventHandler> {
  return {
    ...cityHandlers(copies.cities),
    ...branchHandlers(copies.branches),
    ...catalogueHandlers(copies.catalogue),
    ...teamHandlers(copies.teams),
    ...orderHandlers(copies.orders, copies.transitions),
  };
}
