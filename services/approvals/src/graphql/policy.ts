import type { Policy } from '@oms/auth';

/** Who may do what in approvals: the DOA matrix is read by approvers and edited by its administrators. */
export const approvalsPolicy: Policy = {
  Query: {
    approvalMatrix: ['APPROVALS:VIEW'],
    approvalMatrices: ['APPROVALS:VIEW'],
  },
  Mutation: {
    createApprovalMatrix: ['APPROVALS:ADMIN'],
  },
  entities: {
    ApprovalMatrix: { read: ['APPROVALS:VIEW'] },
  },
};
