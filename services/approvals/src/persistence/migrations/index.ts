import { CreateApprovalMatrices1763700001000 } from './1763700001000-create-approval-matrices';
import { CreateApprovalRequests1763700002000 } from './1763700002000-create-approval-requests';

/** The approvals schema, oldest first. */
export const approvalsMigrations = [CreateApprovalMatrices1763700001000, CreateApprovalRequests1763700002000];
