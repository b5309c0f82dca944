import { DateTimeScalar, DecimalScalar, listQuery, payload } from '@oms/server';
import { isAnswerOverdue } from '../domain/feasibility-request';
import type { Resolvers } from './generated/resolvers-types';

/** The feasibility subgraph's resolvers: thin calls into the use cases. */
export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  Decimal: DecimalScalar,
  Query: {
    feasibilityRequest: (_, { id }, ctx) => ctx.loaders.feasibilityRequest.load(id),
    feasibilityRequests: (_, args, ctx) =>
      listQuery(() => ctx.useCases.feasibilityRequests.list(ctx.principal, args)),
  },
  Mutation: {
    createFeasibilityRequest: async (_, { input }, ctx) => ({
      clientMutationId: input.clientMutationId ?? null,
      ...payload('feasibilityRequest', await ctx.useCases.createFeasibilityRequest.execute(ctx, input)),
    }),
    sendForFeasibility: async (_, { input }, ctx) => {
      const sent = await ctx.useCases.sendForFeasibility.execute(ctx, input);
      return {
        clientMutationId: input.clientMutationId ?? null,
        batchId: sent.ok ? sent.value.batch.id : null,
        feasibilityRequests: sent.ok ? sent.value.requests : null,
        errors: sent.ok ? [] : sent.errors,
      };
    },
    respondToFeasibilityRequest: async (_, { input }, ctx) =>
      payload('feasibilityRequest', await ctx.useCases.respondToFeasibilityRequest.execute(ctx, input)),
    recordTechnicalFeasibility: async (_, { input }, ctx) =>
      payload('feasibilityRequest', await ctx.useCases.recordTechnicalFeasibility.execute(ctx, input)),
    withdrawFeasibilityRequest: async (_, { input }, ctx) =>
      payload('feasibilityRequest', await ctx.useCases.withdrawFeasibilityRequest.execute(ctx, input)),
    remindLateFeasibilityAnswers: async (_, __, ctx) => ({
      reminded: await ctx.useCases.remindLateBsos.execute(ctx),
    }),
  },
  Lead: {
    // orders owns the lead; the reference ({ id }) is all this subgraph needs to add its field.
    feasibilityRequests: (lead, _, ctx) => ctx.loaders.feasibilityRequestsOfLead.load(lead.id),
  },
  FeasibilityRequestStatusChange: {
    changedByName: (change, _, ctx) => ctx.loaders.userName.load(change.changedBy),
  },
  FeasibilityRequest: {
    __resolveReference: (ref, ctx) => ctx.loaders.feasibilityRequest.load(ref.id),
    lead: (request) => ({ id: request.leadId }),
    city: (request) => ({ id: request.cityId }),
    branch: (request) => (request.branchId ? { id: request.branchId } : null),
    bso: (request) => (request.bsoId ? { id: request.bsoId } : null),
    history: (request, _, ctx) => ctx.loaders.feasibilityRequestHistory.load(request.id),
    answer: (request, _, ctx) => ctx.loaders.feasibilityAnswer.load(request.id),
    nextActions: (request, _, ctx) => ctx.useCases.feasibilityRequests.nextActions(ctx.principal, request),
    answerOverdue: (request, _, ctx) => isAnswerOverdue(request, ctx.useCases.feasibilityRequests.now()),
  },
};
