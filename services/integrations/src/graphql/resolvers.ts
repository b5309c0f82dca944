import { DateTimeScalar, listQuery } from '@oms/server';
import type { Resolvers } from './generated/resolvers-types';

/** The integrations subgraph's resolvers: thin calls into the use cases. */
export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  Query: {
    syncRecord: (_, { id }, ctx) => ctx.loaders.syncRecord.load(id),
    syncRecords: (_, args, ctx) =>
      listQuery(() => ctx.useCases.syncRecords.list(args, ctx.principal.branchScope)),
  },
  SyncRecord: {
    __resolveReference: (ref, ctx) => ctx.loaders.syncRecord.load(ref.id),
  },
  Lead: {
    // orders owns the lead; the reference ({ id }) is all this subgraph needs to add its fields.
    syncRecords: (lead, _, ctx) => ctx.loaders.syncRecordsOfLead.load(lead.id),
  },
};
