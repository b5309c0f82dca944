import type DataLoader from 'dataloader';
import type { RequestContext } from '@oms/server';
import type { SyncRecord } from '../domain/sync-record';
import type { SyncAttempt } from '../domain/sync-attempt';
import type { MailMessage } from '../domain/mail-message';
import type { WelcomeLetter } from '../domain/welcome-letter';
import type { LeadBranch, SyncRecordQueries } from '../application/sync-record-queries';
import type { MailQueries, OrderBranch } from '../application/mail-queries';
import type { ReplaySyncJob, RetryMail } from '../application/delivery-admin';

/** A lead as integrations knows it: only its id (orders owns the lead). */
export interface LeadReference {
  id: string;
}

/** An order as integrations knows it: only its id (orders owns the order). */
export interface OrderReference {
  id: string;
}

/** The use cases the integrations resolvers call. */
export interface IntegrationsUseCases {
  syncRecords: SyncRecordQueries;
  mails: MailQueries;
  replaySyncJob: ReplaySyncJob;
  retryMail: RetryMail;
}

/** Per-request context of the integrations subgraph. */
export interface IntegrationsContext extends RequestContext {
  useCases: IntegrationsUseCases;
  loaders: {
    syncRecord: DataLoader<string, SyncRecord | null>;
    syncRecordsOfLead: DataLoader<string, SyncRecord[]>;
    /** The branch of a lead from integrations' own records; null when it has no records here. */
    leadBranch: DataLoader<string, LeadBranch | null>;
    attemptsOfSyncRecord: DataLoader<string, SyncAttempt[]>;
    syncRecordsOfOrder: DataLoader<string, SyncRecord[]>;
    mailMessage: DataLoader<string, MailMessage | null>;
    mailsOfOrder: DataLoader<string, MailMessage[]>;
    welcomeLetter: DataLoader<string, WelcomeLetter | null>;
    welcomeLetterOfOrder: DataLoader<string, WelcomeLetter | null>;
    /** The branch of an order from integrations' own sync jobs and mails; null when it has none here. */
    orderBranch: DataLoader<string, OrderBranch | null>;
  };
}
