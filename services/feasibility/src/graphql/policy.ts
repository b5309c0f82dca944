import type { Policy } from '@oms/auth';

/** Who may do what in feasibility. */
export const feasibilityPolicy: Policy = {
  Query: {
    feasibilityRequest: ['FEASIBILITY:VIEW'],
    feasibilityRequests: ['FEASIBILITY:VIEW'],
  },
  Mutation: {
    createFeasibilityRequest: ['FEASIBILITY:CREATE'],
  },
  entities: {
    FeasibilityRequest: { read: ['FEASIBILITY:VIEW'] },
  },
};
