import type { Infrastructure, RequestContext, ServiceWiring } from '@oms/server';
import { byIdLoader, groupLoader } from '@oms/server';
import { CreateFeasibilityRequest } from './application/create-feasibility-request';
import { FeasibilityRequestQueries } from './application/feasibility-request-queries';
import type { FeasibilityContext, FeasibilityUseCases } from './graphql/context';
import { resolvers } from './graphql/resolvers';
import { FeasibilityRequestRepository } from './persistence/feasibility-request.repository';

/** The composition root of the feasibility service: the one place adapters and use cases are wired. */
export function wireFeasibility(infra: Infrastructure): ServiceWiring<FeasibilityContext> {
  const requests = new FeasibilityRequestRepository();
  const useCases: FeasibilityUseCases = {
    createFeasibilityRequest: new CreateFeasibilityRequest(infra.uow, requests),
    feasibilityRequests: new FeasibilityRequestQueries(infra.db, requests),
  };
  return {
    resolvers: resolvers as ServiceWiring<FeasibilityContext>['resolvers'],
    context: (base: RequestContext): FeasibilityContext => ({
      ...base,
      useCases,
      loaders: {
        feasibilityRequest: byIdLoader((ids) => useCases.feasibilityRequests.byIds(ids)),
        feasibilityRequestHistory: groupLoader(
          (ids) => useCases.feasibilityRequests.historyOf(ids),
          (change) => change.requestId,
        ),
      },
    }),
  };
}
