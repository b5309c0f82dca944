import type { Policy } from '@oms/auth';
import type { FeasibilityRequest } from '../domain/feasibility-request';

/**
 * Who may do what in feasibility. A request is reached by the partner accounts of its BSO and by the staff of
 * its branch (or with the ALL data scope): `feasibilityRequest` and `_entities` read as null outside that
 * reach, and `feasibilityRequests` lists only what the caller reaches (in SQL, see
 * `FeasibilityRequestQueries.list`). Answering also needs the caller to be a partner of the request's BSO,
 * and a technical verdict a staff member within the request's branch, which the use cases check.
 */
export const feasibilityPolicy: Policy = {
  Query: {
    feasibilityRequest: ['FEASIBILITY:VIEW'],
    feasibilityRequests: ['FEASIBILITY:VIEW'],
  },
  Mutation: {
    createFeasibilityRequest: ['FEASIBILITY:CREATE'],
    sendForFeasibility: ['FEASIBILITY:CREATE'],
    respondToFeasibilityRequest: ['FEASIBILITY_RESPOND'],
    recordTechnicalFeasibility: ['TECHNICAL_FEASIBILITY'],
    withdrawFeasibilityRequest: ['FEASIBILITY:CREATE'],
    remindLateFeasibilityAnswers: ['FEASIBILITY:ADMIN'],
  },
  fields: {
    // A lead's requests are listed within the caller's reach, in SQL (`FeasibilityRequestQueries.ofLeads`).
    'Lead.feasibilityRequests': { read: ['LEADS:VIEW', 'FEASIBILITY:VIEW'] },
  },
  entities: {
    FeasibilityRequest: {
      read: ['FEASIBILITY:VIEW'],
      scope: (request: FeasibilityRequest) => ({ branchId: request.branchId, bsoId: request.bsoId }),
    },
  },
};
