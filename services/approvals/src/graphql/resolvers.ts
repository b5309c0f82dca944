import { DateTimeScalar, DecimalScalar, listQuery, payload } from '@oms/server';
import { actingRoles, openLevel } from '../domain/approval-request';
import type { Resolvers } from './generated/resolvers-types';

/** The approvals subgraph's resolvers: thin calls into the use cases. */
export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  Decimal: DecimalScalar,
  Query: {
    approvalMatrix: (_, { id }, ctx) => ctx.loaders.approvalMatrix.load(id),
    approvalMatrices: (_, args, ctx) => listQuery(() => ctx.useCases.approvalMatrices.list(args)),
    approvalRequest: (_, { id }, ctx) => ctx.loaders.approvalRequest.load(id),
    approvalRequests: (_, args, ctx) =>
      listQuery(() => ctx.useCases.requests.list(args, ctx.principal.branchScope)),
  },
  Mutation: {
    createApprovalMatrix: async (_, { input }, ctx) => ({
      clientMutationId: input.clientMutationId ?? null,
      ...payload('approvalMatrix', await ctx.useCases.createApprovalMatrix.execute(ctx, input)),
    }),
    addApprovalRule: async (_, { input }, ctx) => payload('rule', await ctx.useCases.doa.addRule(ctx, input)),
    removeApprovalRule: async (_, { input }, ctx) =>
      payload('approvalMatrix', await ctx.useCases.doa.removeRule(ctx, input)),
    publishApprovalMatrix: async (_, { input }, ctx) =>
      payload('approvalMatrix', await ctx.useCases.doa.publish(ctx, input)),
    approveApprovalRequest: async (_, { input }, ctx) =>
      payload('approvalRequest', await ctx.useCases.desk.approve(ctx, ctx.principal, input)),
    rejectApprovalRequest: async (_, { input }, ctx) =>
      payload('approvalRequest', await ctx.useCases.desk.reject(ctx, ctx.principal, input)),
    delegateApprovals: async (_, { input }, ctx) =>
      payload('delegation', await ctx.useCases.desk.delegate(ctx, ctx.principal, input)),
    escalateOverdueApprovals: async (_, __, ctx) => ({
      escalated: await ctx.useCases.desk.escalateOverdue(ctx),
    }),
  },
  ApprovalMatrix: {
    __resolveReference: (ref, ctx) => ctx.loaders.approvalMatrix.load(ref.id),
    rules: (matrix, _, ctx) => ctx.useCases.requests.rules(matrix.id),
  },
  ApprovalDecision: {
    decidedByName: (decision, _, ctx) => ctx.loaders.userName.load(decision.decidedBy),
  },
  ApprovalRequest: {
    __resolveReference: (ref, ctx) => ctx.loaders.approvalRequest.load(ref.id),
    order: (request) => ({ id: request.orderId }),
    matrix: (request, _, ctx) =>
      request.matrixId ? ctx.loaders.approvalMatrix.load(request.matrixId) : null,
    currentLevel: (request) => (request.status === 'UNROUTED' ? null : openLevel(request)),
    levelDueAt: (request) => (request.status === 'UNROUTED' ? null : request.levelDueAt),
    overdue: (request, _, ctx) =>
      request.status === 'PENDING' && request.levelDueAt.getTime() < ctx.useCases.requests.now().getTime(),
    decisions: (request, _, ctx) => ctx.useCases.requests.decisions(request.id),
    nextActions: (request, _, ctx) => {
      const groups = ctx.principal.snapshot?.groups ?? [];
      if (request.status !== 'PENDING' || !ctx.principal.can('APPROVALS:APPROVE')) return [];
      return actingRoles(request).some((r) => groups.includes(r)) ? ['APPROVE', 'REJECT'] : [];
    },
  },
  Order: {
    approvalRequests: (order, _, ctx) => ctx.useCases.requests.ofOrder(order.id),
  },
};
