import type { Policy } from '@oms/auth';
import type { SyncRecord } from '../domain/sync-record';
import type { IntegrationsContext, LeadReference } from './context';

/**
 * Who may do what in integrations: sync records are for those who watch the integrations, and each record
 * is scoped to its subject's branch. A record outside the caller's branch scope reads as null through
 * `syncRecord(id)` and `_entities`, `syncRecords` leaves such records out in its SQL, and `Lead.syncRecords`
 * is empty for a lead whose branch (as integrations' own records know it) is out of scope. A lead's own sync
 * status is part of the lead: whoever may view leads sees it, within the lead's branch.
 */
export const integrationsPolicy: Policy = {
  Query: {
    syncRecord: ['INTEGRATIONS:VIEW'],
    syncRecords: ['INTEGRATIONS:VIEW'],
  },
  entities: {
    SyncRecord: {
      read: ['INTEGRATIONS:VIEW'],
      scope: (record: SyncRecord) => ({ branchId: record.branchId }),
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
  },
};
