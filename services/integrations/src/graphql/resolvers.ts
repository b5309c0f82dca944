import { DateTimeScalar, listQuery, payload } from '@oms/server';
import type { Resolvers } from './generated/resolvers-types';

/** The integrations subgraph's resolvers: thin calls into the use cases. */
export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  Query: {
    syncRecord: (_, { id }, ctx) => ctx.loaders.syncRecord.load(id),
    syncRecords: (_, args, ctx) =>
      listQuery(() => ctx.useCases.syncRecords.list(args, ctx.principal.branchScope)),
    mailMessages: (_, args, ctx) => listQuery(() => ctx.useCases.mails.list(args, ctx.principal.branchScope)),
    welcomeLetter: (_, { orderId }, ctx) => ctx.loaders.welcomeLetterOfOrder.load(orderId),
  },
  Mutation: {
    replaySyncJob: async (_, { input }, ctx) =>
      payload('syncJob', await ctx.useCases.replaySyncJob.execute(ctx, input)),
    retryMail: async (_, { input }, ctx) => payload('mail', await ctx.useCases.retryMail.execute(ctx, input)),
  },
  SyncRecord: {
    __resolveReference: (ref, ctx) => ctx.loaders.syncRecord.load(ref.id),
    attemptCount: (record) => record.attempts,
    attempts: (record, _, ctx) => ctx.loaders.attemptsOfSyncRecord.load(record.id),
  },
  MailMessage: {
    __resolveReference: (ref, ctx) => ctx.loaders.mailMessage.load(ref.id),
    hasWelcomeLetter: (mail) => mail.welcomeLetterId !== null,
  },
  WelcomeLetter: {
    __resolveReference: (ref, ctx) => ctx.loaders.welcomeLetter.load(ref.id),
    contentType: () => 'application/pdf',
    contentBase64: async (letter, _, ctx) =>
      ((await ctx.useCases.mails.letterContent(letter.id)) ?? Buffer.alloc(0)).toString('base64'),
  },
  Lead: {
    // orders owns the lead; the reference ({ id }) is all this subgraph needs to add its fields.
    syncRecords: (lead, _, ctx) => ctx.loaders.syncRecordsOfLead.load(lead.id),
  },
  Order: {
    syncJobs: (order, _, ctx) => ctx.loaders.syncRecordsOfOrder.load(order.id),
    mails: (order, _, ctx) => ctx.loaders.mailsOfOrder.load(order.id),
  },
};
