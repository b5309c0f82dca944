import type { Infrastructure, RequestContext, ServiceWiring } from '@oms/server';
import { byIdLoader, userNameLoader } from '@oms/server';
import { CreateLead } from './application/create-lead';
import { LeadQueries } from './application/lead-queries';
import { OrderDocuments } from './application/order-documents';
import { OrderEntry } from './application/order-entry';
import { OrderQueries } from './application/order-queries';
import { OrderTransitions } from './application/order-transitions';
import { UpdateLead } from './application/update-lead';
import { WorkQueue } from './application/work-queue';
import { ordersHandlers } from './events/handlers';
import { fileRoutes } from './graphql/file-routes';
import type { OrdersContext, OrdersUseCases } from './graphql/context';
import { resolvers } from './graphql/resolvers';
import { KnownBranchRepository } from './persistence/known-branch.repository';
import { KnownCatalogueRepository } from './persistence/known-catalogue.repository';
import { KnownCityRepository } from './persistence/known-city.repository';
import { KnownTeamRepository } from './persistence/known-team.repository';
import { LeadRepository } from './persistence/lead.repository';
import { registerTatBreachMetrics } from './metrics/tat-breaches.metrics';
import { OrderRepository } from './persistence/order.repository';

/** The composition root of the orders service: the one place adapters and use cases are wired. */
export function wireOrders(infra: Infrastructure): ServiceWiring<OrdersContext> {
  const leads = new LeadRepository();
  const cities = new KnownCityRepository();
  const branches = new KnownBranchRepository();
  const catalogue = new KnownCatalogueRepository();
  const teams = new KnownTeamRepository();
  const orders = new OrderRepository();
  const transitions = new OrderTransitions(orders, teams, catalogue);
  const useCases: OrdersUseCases = {
    createLead: new CreateLead(infra.uow, leads, cities, branches),
    updateLead: new UpdateLead(infra.uow, leads),
    leads: new LeadQueries(infra.db, leads),
    orderEntry: new OrderEntry(infra.uow, orders, leads, branches, catalogue, transitions),
    orders: new OrderQueries(infra.db, orders),
    workQueue: new WorkQueue(infra.uow, orders, transitions),
    documents: new OrderDocuments(infra.uow, infra.db, orders),
  };
  return {
    resolvers: resolvers as ServiceWiring<OrdersContext>['resolvers'],
    handlers: ordersHandlers({ cities, branches, catalogue, teams, orders, transitions }),
    routes: fileRoutes(useCases.documents),
    metrics: (registrar) => registerTatBreachMetrics(registrar, useCases.orders),
    context: (base: RequestContext): OrdersContext => ({
      ...base,
      useCases,
      loaders: {
        lead: byIdLoader((ids) => useCases.leads.leadsByIds(ids)),
        order: byIdLoader((ids) => useCases.orders.ordersByIds(ids)),
        task: byIdLoader((ids) => useCases.orders.tasksByIds(ids)),
        customer: byIdLoader((ids) => useCases.orders.customersByIds(ids)),
        userName: userNameLoader(infra.db),
      },
    }),
  };
}
