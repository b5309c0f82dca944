import { DateTimeScalar, listQuery, payload } from '@oms/server';
import type { Resolvers } from './generated/resolvers-types';

/** The orders subgraph's resolvers: thin calls into the use cases. */
export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  Query: {
    lead: (_, { id }, ctx) => ctx.loaders.lead.load(id),
    leads: (_, args, ctx) => listQuery(() => ctx.useCases.leads.listLeads(args, ctx.principal.branchScope)),
  },
  Mutation: {
    createLead: async (_, { input }, ctx) =>
      payload('lead', await ctx.useCases.createLead.execute(ctx, ctx.principal, input)),
  },
  Lead: {
    __resolveReference: (ref, ctx) => ctx.loaders.lead.load(ref.id),
    // City and branch are masters' entities: hand the gateway references and let masters resolve their fields.
    city: (lead) => ({ __typename: 'City', id: lead.cityId }),
    branch: (lead) => (lead.branchId ? { __typename: 'Branch', id: lead.branchId } : null),
  },
};
