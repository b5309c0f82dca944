import type DataLoader from 'dataloader';
import type { RequestContext } from '@oms/server';
import type { ApprovalMatrix } from '../domain/approval-matrix';
import type { CreateApprovalMatrix } from '../application/create-approval-matrix';
import type { ApprovalMatrixQueries } from '../application/approval-matrix-queries';

/** The use cases the approvals resolvers call. */
export interface ApprovalsUseCases {
  createApprovalMatrix: CreateApprovalMatrix;
  approvalMatrices: ApprovalMatrixQueries;
}

/** Per-request context of the approvals subgraph. */
export interface ApprovalsContext extends RequestContext {
  useCases: ApprovalsUseCases;
  loaders: {
    approvalMatrix: DataLoader<string, ApprovalMatrix | null>;
  };
}
