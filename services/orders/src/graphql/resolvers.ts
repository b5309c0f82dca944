import { DateTimeScalar, listQuery, payload } from '@oms/server';
import type { Resolvers } from './generated/resolvers-types';

/** The orders subgraph's resolvers: thin calls into the use cases. */
export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  Query: {
    lead: (_, { id }, ctx) => ctx.loaders.lead.load(id),
    leads: (_, args, ctx) => listQuery(() => ctx.useCases.leads.listLeads(args)),
  },
  Mutation: {
    createLead: async (_, { input }, ctx) =>
      payload('lead', await ctx.useCases.createLead.execute(ctx, input)),
  },
  Lead: {
    __resolveReference: (ref, ctx) => ctx.loaders.lead.load(ref.id),
    // The city is masters' entity: hand the gateway a reference and let masters resolve its fields.
    city: (lead) => ({ __typename: 'City', id: lead.cityId }),
  },
};
