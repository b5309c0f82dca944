import { DateTimeScalar, listQuery, payload } from '@oms/server';
import type { Resolvers } from './generated/resolvers-types';

/** The approvals subgraph's resolvers: thin calls into the use cases. */
export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  Query: {
    approvalMatrix: (_, { id }, ctx) => ctx.loaders.approvalMatrix.load(id),
    approvalMatrices: (_, args, ctx) => listQuery(() => ctx.useCases.approvalMatrices.list(args)),
  },
  Mutation: {
    createApprovalMatrix: async (_, { input }, ctx) => ({
      clientMutationId: input.clientMutationId ?? null,
      ...payload('approvalMatrix', await ctx.useCases.createApprovalMatrix.execute(ctx, input)),
    }),
  },
  ApprovalMatrix: {
    __resolveReference: (ref, ctx) => ctx.loaders.approvalMatrix.load(ref.id),
  },
};
