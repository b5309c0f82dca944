import { syncRecorded } from '@oms/contracts';
import type { Transaction } from '@oms/messaging';
import type { SyncRecord } from '../domain/sync-record';
import type { SyncRecordRepository } from '../persistence/sync-record.repository';

/** What recording did: a new record, or the one an earlier delivery of the same event already made. */
export interface RecordSyncOutcome {
  record: SyncRecord;
  created: boolean;
}

/**
 * Records a sync job for one downstream system and publishes `sync.recorded` in the caller's transaction
 * (the consumer's, together with its inbox row). An event that already has a record for that system keeps
 * it and publishes nothing, so a redelivery never makes a second job even if the inbox were bypassed
 * (replay, a renamed consumer); the unique (system, event id) index backs this up under concurrency.
 */
export class RecordSync {
  constructor(private readonly repo: SyncRecordRepository) {}

  async execute(tx: Transaction, record: SyncRecord): Promise<RecordSyncOutcome> {
    const existing = await this.repo.bySystemAndEvent(tx.em, record.system, record.eventId);
    if (existing) return { record: existing, created: false };
    await this.repo.insert(tx.em, record);
    await tx.events.publish(syncRecorded, record.id, {
      syncRecordId: record.id,
      eventId: record.eventId,
      eventType: record.eventType,
      system: record.system,
      createdAt: record.createdAt.toISOString(),
    });
    return { record, created: true };
  }
}
