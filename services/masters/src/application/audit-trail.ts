import type { PublishObserver } from '@oms/messaging';
import type { Database, Page } from '@oms/persistence';
import { NOT_AUDITED, changedFields, stateAfter, type AuditEntry } from '../domain/audit';
import type { AuditFilter, AuditRepository } from '../persistence/audit.repository';

/**
 * The control-panel audit trail. Every change in masters is announced by an event, so the trail is kept by
 * watching what masters publishes, inside the publishing transaction: who (the event's actor), when, what
 * (the event type and record), and the record before and after — the after-state being the before-state
 * with the event's payload laid over it. A new master is audited the moment it publishes its first event.
 */
export function auditObserver(repo: AuditRepository): PublishObserver {
  return async (em, event) => {
    if (NOT_AUDITED.has(event.type)) return;
    const previous = await repo.latest(em, event.aggregateType, event.aggregateId);
    const before = previous?.after ?? null;
    const after = stateAfter(before, event.payload);
    const entry: AuditEntry = {
      id: event.id,
      occurredAt: new Date(event.occurredAt),
      actorKind: event.actor.kind,
      actorId: event.actor.id,
      actorName: event.actor.name ?? null,
      correlationId: event.correlationId,
      action: event.type,
      entityType: event.aggregateType,
      entityId: event.aggregateId,
      before,
      after,
      changedFields: changedFields(before, after),
    };
    await repo.insert(em, entry);
  };
}

/** Reads the audit trail. */
export class AuditQueries {
  constructor(
    private readonly db: Database,
    private readonly repo: AuditRepository,
  ) {}

  list(args: {
    filter?: AuditFilter | null;
    first?: number | null;
    after?: string | null;
  }): Promise<Page<AuditEntry>> {
    return this.db.read((em) => this.repo.list(em, args));
  }

  byIds(ids: readonly string[]): Promise<AuditEntry[]> {
    return this.db.read((em) => this.repo.byIds(em, ids));
  }
}
