import type { Infrastructure, RequestContext, ServiceWiring } from '@oms/server';
import { byIdLoader } from '@oms/server';
import { CreateLead } from './application/create-lead';
import { LeadQueries } from './application/lead-queries';
import { cityCreatedConsumer } from './events/city-created.consumer';
import type { OrdersContext, OrdersUseCases } from './graphql/context';
import { resolvers } from './graphql/resolvers';
import { KnownCityRepository } from './persistence/known-city.repository';
import { LeadRepository } from './persistence/lead.repository';

/** The composition root of the orders service: the one place adapters and use cases are wired. */
export function wireOrders(infra: Infrastructure): ServiceWiring<OrdersContext> {
  const leads = new LeadRepository();
  const cities = new KnownCityRepository();
  const useCases: OrdersUseCases = {
    createLead: new CreateLead(infra.uow, leads, cities),
    leads: new LeadQueries(infra.db, leads),
  };
  return {
    resolvers: resolvers as ServiceWiring<OrdersContext>['resolvers'],
    handlers: {
      'city.created': cityCreatedConsumer(cities),
    },
    context: (base: RequestContext): OrdersContext => ({
      ...base,
      useCases,
      loaders: {
        lead: byIdLoader((ids) => useCases.leads.leadsByIds(ids)),
      },
    }),
  };
}
