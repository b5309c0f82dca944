import type { Infrastructure, RequestContext, ServiceWiring } from '@oms/server';
import { byIdLoader } from '@oms/server';
import { CreateLead } from './application/create-lead';
import { LeadQueries } from './application/lead-queries';
import { ordersHandlers } from './events/handlers';
import type { OrdersContext, OrdersUseCases } from './graphql/context';
import { resolvers } from './graphql/resolvers';
import { KnownBranchRepository } from './persistence/known-branch.repository';
import { KnownCatalogueRepository } from './persistence/known-catalogue.repository';
import { KnownCityRepository } from './persistence/known-city.repository';
import { KnownTeamRepository } from './persistence/known-team.repository';
import { LeadRepository } from './persistence/lead.repository';

/** The composition root of the orders service: the one place adapters and use cases are wired. */
export function wireOrders(infra: Infrastructure): ServiceWiring<OrdersContext> {
  const leads = new LeadRepository();
  const cities = new KnownCityRepository();
  const branches = new KnownBranchRepository();
  const catalogue = new KnownCatalogueRepository();
  // Teams are copied now; provisioning and installation routing (next issue) reads them.
  const teams = new KnownTeamRepository();
  const useCases: OrdersUseCases = {
    createLead: new CreateLead(infra.uow, leads, cities, branches),
    leads: new LeadQueries(infra.db, leads),
  };
  return {
    resolvers: resolvers as ServiceWiring<OrdersContext>['resolvers'],
    handlers: ordersHandlers({ cities, branches, catalogue, teams }),
    context: (base: RequestContext): OrdersContext => ({
      ...base,
      useCases,
      loaders: {
        lead: byIdLoader((ids) => useCases.leads.leadsByIds(ids)),
      },
    }),
  };
}
