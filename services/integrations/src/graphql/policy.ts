import type { Policy } from '@oms/auth';
import type { SyncRecord } from '../domain/sync-record';
import type { MailMessage } from '../domain/mail-message';
import type { WelcomeLetter } from '../domain/welcome-letter';
import type { IntegrationsContext, LeadReference, OrderReference } from './context';

/** An order's scope from what integrations knows of it (its sync jobs, else its mails); null: nothing here. */
async function orderScope(order: OrderReference, ctx: unknown) {
  const loaders = (ctx as IntegrationsContext).loaders;
  const [jobs, mails] = await Promise.all([
    loaders.syncRecordsOfOrder.load(order.id),
    loaders.orderBranch.load(order.id),
  ]);
  const branchId = jobs.find((j) => j.branchId)?.branchId ?? mails?.branchId ?? null;
  return jobs.length > 0 || mails ? { branchId } : null;
}

/**
 * Who may do what in integrations: sync records and the mail log are for those who watch the integrations,
 * each scoped to its subject's branch. A record outside the caller's branch scope reads as null through
 * `syncRecord(id)` and `_entities`, the lists leave such records out in their SQL, and `Lead.syncRecords`,
 * `Order.syncJobs` and `Order.mails` are empty for a lead or order whose branch (as integrations' own
 * records know it) is out of scope. A lead's own sync status is part of the lead: whoever may view leads
 * sees it, within the lead's branch; the same holds for an order's. Replaying a dead sync job or retrying a
 * dead mail takes the DEAD_LETTER_REPLAY right. A welcome letter is seen by those who view orders or
 * integrations; its PDF only by those who view orders.
 */
export const integrationsPolicy: Policy = {
  Query: {
    syncRecord: ['INTEGRATIONS:VIEW'],
    syncRecords: ['INTEGRATIONS:VIEW'],
    mailMessages: ['INTEGRATIONS:VIEW'],
    welcomeLetter: ['ORDERS:VIEW', 'INTEGRATIONS:VIEW'],
  },
  Mutation: {
    replaySyncJob: ['DEAD_LETTER_REPLAY'],
    retryMail: ['DEAD_LETTER_REPLAY'],
  },
  entities: {
    SyncRecord: {
      read: ['INTEGRATIONS:VIEW'],
      scope: (record: SyncRecord) => ({ branchId: record.branchId }),
    },
    MailMessage: {
      read: ['INTEGRATIONS:VIEW'],
      scope: (mail: MailMessage) => ({ branchId: mail.branchId }),
    },
    WelcomeLetter: {
      read: ['ORDERS:VIEW', 'INTEGRATIONS:VIEW'],
      scope: (letter: WelcomeLetter) => ({ branchId: letter.branchId }),
    },
  },
  fields: {
    'Lead.syncRecords': {
      read: ['LEADS:VIEW', 'INTEGRATIONS:VIEW'],
      // A lead without records here has nothing to show, whoever asks.
      scope: async (lead: LeadReference, ctx: unknown) => {
        const known = await (ctx as IntegrationsContext).loaders.leadBranch.load(lead.id);
        return known ? { branchId: known.branchId } : null;
      },
    },
    'Order.syncJobs': { read: ['ORDERS:VIEW', 'INTEGRATIONS:VIEW'], scope: orderScope },
    'Order.mails': { read: ['ORDERS:VIEW', 'INTEGRATIONS:VIEW'], scope: orderScope },
    'WelcomeLetter.contentBase64': { read: ['ORDERS:VIEW'] },
  },
};
