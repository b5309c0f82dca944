import type DataLoader from 'dataloader';
import type { RequestContext } from '@oms/server';
import type { SyncRecord } from '../domain/sync-record';
import type { LeadBranch, SyncRecordQueries } from '../application/sync-record-queries';

/** A lead as integrations knows it: only its id (orders owns the lead). */
export interface LeadReference {
  id: string;
}

/** The use cases the integrations resolvers call. */
export interface IntegrationsUseCases {
  syncRecords: SyncRecordQueries;
}

/** Per-request context of the integrations subgraph. */
export interface IntegrationsContext extends RequestContext {
  useCases: IntegrationsUseCases;
  loaders: {
    syncRecord: DataLoader<string, SyncRecord | null>;
    syncRecordsOfLead: DataLoader<string, SyncRecord[]>;
    /** The branch of a lead from integrations' own records; null when it has no records here. */
    leadBranch: DataLoader<string, LeadBranch | null>;
  };
}
