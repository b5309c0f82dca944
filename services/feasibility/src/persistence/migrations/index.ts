import { CreateFeasibilityRequests1763700001000 } from './1763700001000-create-feasibility-requests';

/** The feasibility schema, oldest first. */
export const feasibilityMigrations = [CreateFeasibilityRequests1763700001000];
