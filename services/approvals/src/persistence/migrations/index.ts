import { CreateApprovalMatrices1763700001000 } from './1763700001000-create-approval-matrices';

/** The approvals schema, oldest first. */
export const approvalsMigrations = [CreateApprovalMatrices1763700001000];
