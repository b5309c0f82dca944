import type { Policy } from '@oms/auth';

/** Who may do what in integrations: sync records are for those who watch the integrations. */
export const integrationsPolicy: Policy = {
  Query: {
    syncRecord: ['INTEGRATIONS:VIEW'],
    syncRecords: ['INTEGRATIONS:VIEW'],
  },
  entities: {
    SyncRecord: { read: ['INTEGRATIONS:VIEW'] },
  },
  fields: {
    'Lead.syncRecords': { read: ['INTEGRATIONS:VIEW'] },
  },
};
