import type DataLoader from 'dataloader';
import type { RequestContext } from '@oms/server';
import type { ApprovalMatrix } from '../domain/approval-matrix';
import type { ApprovalRequest } from '../domain/approval-request';
import type { CreateApprovalMatrix } from '../application/create-approval-matrix';
import type { ApprovalMatrixQueries } from '../application/approval-matrix-queries';
import type { ApprovalDesk } from '../application/approval-desk';
import type { ApprovalRequestQueries } from '../application/approval-request-queries';
import type { DoaAdministration } from '../application/doa-administration';

/** The use cases the approvals resolvers call. */
export interface ApprovalsUseCases {
  createApprovalMatrix: CreateApprovalMatrix;
  approvalMatrices: ApprovalMatrixQueries;
  doa: DoaAdministration;
  desk: ApprovalDesk;
  requests: ApprovalRequestQueries;
}

/** orders' Order, as approvals knows it: its id. */
export interface OrderReference {
  id: string;
}

/** Per-request context of the approvals subgraph. */
export interface ApprovalsContext extends RequestContext {
  useCases: ApprovalsUseCases;
  loaders: {
    approvalMatrix: DataLoader<string, ApprovalMatrix | null>;
    approvalRequest: DataLoader<string, ApprovalRequest | null>;
    /** Users' display names by id, from the access copy. */
    userName: DataLoader<string, string | null>;
  };
}
