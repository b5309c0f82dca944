/** One recorded control-panel change: who, when, what, and the record before and after it. */
export interface AuditEntry {
  id: string;
  occurredAt: Date;
  actorKind: string;
  actorId: string;
  actorName: string | null;
  correlationId: string;
  /** The event type that announced the change, e.g. `zone.updated`. */
  action: string;
  entityType: string;
  entityId: string;
  /** The record as known before the change (null for a creation or a record older than the trail). */
  before: Record<string, unknown> | null;
  after: Record<string, unknown>;
  changedFields: string[];
}

/** Events that are not control-panel changes: derived access snapshots and login sessions. */
export const NOT_AUDITED = new Set(['user_access.changed', 'session.revoked']);

/**
 * The record after a change: an event payload says what the change set (a full record for a creation, the
 * changed fields for an edit), so the after-state is the before-state with the payload laid over it.
 */
export function stateAfter(
  before: Record<string, unknown> | null,
  payload: Record<string, unknown>,
): Record<string, unknown> {
  return { ...(before ?? {}), ...payload };
}

/** The fields whose values differ between two states (compared as JSON), in name order. */
export function changedFields(
  before: Record<string, unknown> | null,
  after: Record<string, unknown>,
): string[] {
  const names = new Set([...Object.keys(before ?? {}), ...Object.keys(after)]);
  return [...names].filter((name) => JSON.stringify(before?.[name]) !== JSON.stringify(after[name])).sort();
}
