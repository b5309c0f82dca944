import type { Policy } from '@oms/auth';
import type { ApprovalRequest } from '../domain/approval-request';
import type { ApprovalsContext, OrderReference } from './context';

/**
 * Who may do what in approvals: the DOA matrix is read by approvers and edited by its administrators;
 * approval requests belong to the order's branch (outside the caller's branches they read as null, lists
 * leave them out in SQL). Deciding also needs the open level's role (or a delegation), which the desk checks.
 */
export const approvalsPolicy: Policy = {
  Query: {
    approvalMatrix: ['APPROVALS:VIEW'],
    approvalMatrices: ['APPROVALS:VIEW'],
    approvalRequest: ['APPROVALS:VIEW'],
    approvalRequests: ['APPROVALS:VIEW'],
  },
  Mutation: {
    createApprovalMatrix: ['APPROVALS:ADMIN'],
    addApprovalRule: ['APPROVALS:ADMIN'],
    removeApprovalRule: ['APPROVALS:ADMIN'],
    publishApprovalMatrix: ['APPROVALS:ADMIN'],
    approveApprovalRequest: ['APPROVALS:APPROVE'],
    rejectApprovalRequest: ['APPROVALS:APPROVE'],
    delegateApprovals: ['APPROVALS:APPROVE'],
    escalateOverdueApprovals: ['APPROVALS:ADMIN'],
  },
  entities: {
    ApprovalMatrix: { read: ['APPROVALS:VIEW'] },
    ApprovalRequest: {
      read: ['APPROVALS:VIEW'],
      scope: (request: ApprovalRequest) => ({ branchId: request.branchId }),
    },
  },
  fields: {
    'Order.approvalRequests': {
      read: ['APPROVALS:VIEW', 'ORDERS:VIEW'],
      // The order's branch as approvals knows it (from its requests); an order without requests shows none.
      scope: async (order: OrderReference, ctx: unknown) => {
        const [first] = await (ctx as ApprovalsContext).useCases.requests.ofOrder(order.id);
        return first ? { branchId: first.branchId } : null;
      },
    },
  },
};
