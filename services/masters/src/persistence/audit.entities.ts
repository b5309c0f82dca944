import { EntitySchema } from 'typeorm';

/** An audit entry as stored: the states as JSON text. */
export interface AuditEntryRow {
  id: string;
  occurredAt: Date;
  actorKind: string;
  actorId: string;
  actorName: string | null;
  correlationId: string;
  action: string;
  entityType: string;
  entityId: string;
  before: string | null;
  after: string;
  changedFields: string;
}

export const AuditEntryEntity = new EntitySchema<AuditEntryRow>({
  name: 'AuditEntry',
  tableName: 'audit_entry',
  columns: {
    id: { type: 'varchar', length: 36, primary: true },
    occurredAt: { name: 'occurred_at', type: 'datetime', precision: 3 },
    actorKind: { name: 'actor_kind', type: 'varchar', length: 20 },
    actorId: { name: 'actor_id', type: 'varchar', length: 100 },
    actorName: { name: 'actor_name', type: 'varchar', length: 200, nullable: true },
    correlationId: { name: 'correlation_id', type: 'varchar', length: 100 },
    action: { type: 'varchar', length: 120 },
    entityType: { name: 'entity_type', type: 'varchar', length: 60 },
    entityId: { name: 'entity_id', type: 'varchar', length: 200 },
    before: { type: 'text', nullable: true },
    after: { type: 'text' },
    changedFields: { name: 'changed_fields', type: 'text' },
  },
});
