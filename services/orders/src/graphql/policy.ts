import type { Policy } from '@oms/auth';
import type { Lead } from '../domain/lead';

/**
 * Who may do what in orders (see the README's authorization table). Leads belong to a branch: a lead outside
 * the caller's branch scope reads as null through `lead(id)` and `_entities`; `leads` leaves such leads out
 * in its SQL; `createLead` refuses a branch outside the scope with a FORBIDDEN payload error.
 */
export const ordersPolicy: Policy = {
  Query: {
    lead: ['LEADS:VIEW'],
    leads: ['LEADS:VIEW'],
  },
  Mutation: {
    createLead: ['LEADS:CREATE'],
  },
  entities: {
    Lead: { read: ['LEADS:VIEW'], scope: (lead: Lead) => ({ branchId: lead.branchId }) },
  },
};
