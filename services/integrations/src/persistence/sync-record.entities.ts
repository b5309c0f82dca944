import { EntitySchema } from 'typeorm';
import type { SyncRecord } from '../domain/sync-record';
import type { SyncAttempt } from '../domain/sync-attempt';

export const SyncRecordEntity = new EntitySchema<SyncRecord>({
  name: 'SyncRecord',
  tableName: 'sync_record',
  columns: {
    id: { type: 'varchar', length: 36, primary: true },
    system: { type: 'varchar', length: 20 },
    eventId: { name: 'event_id', type: 'varchar', length: 36 },
    eventType: { name: 'event_type', type: 'varchar', length: 120 },
    aggregateType: { name: 'aggregate_type', type: 'varchar', length: 60 },
    aggregateId: { name: 'aggregate_id', type: 'varchar', length: 200 },
    status: { type: 'varchar', length: 20 },
    summary: { type: 'varchar', length: 255 },
    branchId: { name: 'branch_id', type: 'varchar', length: 36, nullable: true },
    correlationId: { name: 'correlation_id', type: 'varchar', length: 200 },
    occurredAt: { name: 'occurred_at', type: 'datetime', precision: 3 },
    createdAt: { name: 'created_at', type: 'datetime', precision: 3 },
    payload: { type: 'text', nullable: true },
    attempts: { type: 'int', default: 0 },
    nextAttemptAt: { name: 'next_attempt_at', type: 'datetime', precision: 3, nullable: true },
    lastError: { name: 'last_error', type: 'varchar', length: 500, nullable: true },
    deliveredAt: { name: 'delivered_at', type: 'datetime', precision: 3, nullable: true },
  },
  uniques: [{ name: 'ux_sync_record_system_event', columns: ['system', 'eventId'] }],
});

export const SyncAttemptEntity = new EntitySchema<SyncAttempt>({
  name: 'SyncAttempt',
  tableName: 'sync_attempt',
  columns: {
    id: { type: 'varchar', length: 36, primary: true },
    syncRecordId: { name: 'sync_record_id', type: 'varchar', length: 36 },
    attempt: { type: 'int' },
    outcome: { type: 'varchar', length: 20 },
    statusCode: { name: 'status_code', type: 'int', nullable: true },
    error: { type: 'varchar', length: 500, nullable: true },
    durationMs: { name: 'duration_ms', type: 'int' },
    attemptedAt: { name: 'attempted_at', type: 'datetime', precision: 3 },
  },
});
