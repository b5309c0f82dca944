import type { Policy } from '@oms/auth';

/** Who may do what in orders (see the README's authorization table). */
export const ordersPolicy: Policy = {
  Query: {
    lead: ['LEADS:VIEW'],
    leads: ['LEADS:VIEW'],
  },
  Mutation: {
    createLead: ['LEADS:CREATE'],
  },
  entities: {
    Lead: { read: ['LEADS:VIEW'] },
  },
};
