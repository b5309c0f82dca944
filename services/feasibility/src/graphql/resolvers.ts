import { DateTimeScalar, listQuery, payload } from '@oms/server';
import type { Resolvers } from './generated/resolvers-types';

/** The feasibility subgraph's resolvers: thin calls into the use cases. */
export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  Query: {
    feasibilityRequest: (_, { id }, ctx) => ctx.loaders.feasibilityRequest.load(id),
    feasibilityRequests: (_, args, ctx) => listQuery(() => ctx.useCases.feasibilityRequests.list(args)),
  },
  Mutation: {
    createFeasibilityRequest: async (_, { input }, ctx) => ({
      clientMutationId: input.clientMutationId ?? null,
      ...payload('feasibilityRequest', await ctx.useCases.createFeasibilityRequest.execute(ctx, input)),
    }),
  },
  FeasibilityRequest: {
    __resolveReference: (ref, ctx) => ctx.loaders.feasibilityRequest.load(ref.id),
    lead: (request) => ({ id: request.leadId }),
    city: (request) => ({ id: request.cityId }),
    history: (request, _, ctx) => ctx.loaders.feasibilityRequestHistory.load(request.id),
  },
};
