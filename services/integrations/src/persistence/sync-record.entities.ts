import { EntitySchema } from 'typeorm';
import type { SyncRecord } from '../domain/sync-record';

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
  },
  uniques: [{ name: 'ux_sync_record_system_event', columns: ['system', 'eventId'] }],
});
