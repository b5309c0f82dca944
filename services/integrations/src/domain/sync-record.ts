/** The downstream systems integrations keeps in sync: billing, lead management and the support helpdesk. */
export const SYNC_SYSTEMS = ['BMS', 'LMS', 'HELPDESK'] as const;

/** A downstream system a sync record is for. */
export type SyncSystem = (typeof SYNC_SYSTEMS)[number];

/**
 * Where a sync record stands. RECORDED: kept here only (no connector for it, or no URL configured: the call
 * is recorded locally with its payload); PENDING: queued for delivery; DELIVERED: the system accepted it;
 * FAILED: an attempt failed and another one is due later; DEAD: gave up (a dead letter, replayable).
 */
export const SYNC_STATUSES = ['RECORDED', 'PENDING', 'DELIVERED', 'FAILED', 'DEAD'] as const;

/** A sync record's status. */
export type SyncStatus = (typeof SYNC_STATUSES)[number];

/** The longest summary kept; longer ones are cut with an ellipsis. */
export const SUMMARY_MAX_LENGTH = 255;

/**
 * One job of outbound sync: an event of the order system that one downstream system must learn about. A
 * connector will deliver it; there is at most one record per system and causing event.
 */
export interface SyncRecord {
  id: string;
  system: SyncSystem;
  /** The causing event's id; unique per system. */
  eventId: string;
  eventType: string;
  aggregateType: string;
  aggregateId: string;
  status: SyncStatus;
  /** Short human-readable description for operators. */
  summary: string;
  /**
   * The branch of the record's subject (e.g. the lead's branch), which decides who sees the record; null when
   * the subject has none (records made before leads had branches): then only users with the ALL data scope
   * see it.
   */
  branchId: string | null;
  correlationId: string;
  /** When the causing event occurred in its source service. */
  occurredAt: Date;
  /** When integrations received the event and recorded it. */
  createdAt: Date;
  /** The JSON body a connector sends to the system; null for records without a connector (lead.created). */
  payload: string | null;
  /** Delivery attempts so far (since the last replay). */
  attempts: number;
  /** When the sender tries next (PENDING, FAILED); null otherwise. */
  nextAttemptAt: Date | null;
  /** The error of the last failed attempt. */
  lastError: string | null;
  /** When the system accepted it, or when the call was recorded locally. */
  deliveredAt: Date | null;
}

/** The facts of an inbound event a sync record is made from (a structural slice of the event envelope). */
export interface InboundEvent<P> {
  id: string;
  type: string;
  aggregateType: string;
  aggregateId: string;
  correlationId: string;
  occurredAt: string;
  payload: P;
}

/**
 * What a routing rule decides for an event: which system gets it, how operators will recognise it, and the
 * branch whose users may see it.
 */
export interface SyncTarget {
  system: SyncSystem;
  summary: string;
  branchId: string | null;
  /** What a connector delivers to the system; without it the record is only kept (RECORDED). */
  payload?: Record<string, unknown>;
}

/** Makes a summary fit for display and storage: one line, single spaces, at most `SUMMARY_MAX_LENGTH`. */
export function summarize(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length <= SUMMARY_MAX_LENGTH ? line : `${line.slice(0, SUMMARY_MAX_LENGTH - 1)}…`;
}

/** A new, just-recorded sync record of `event` for the target system. */
export function newSyncRecord<P>(
  event: InboundEvent<P>,
  target: SyncTarget,
  id: string,
  now: Date,
): SyncRecord {
  return {
    id,
    system: target.system,
    eventId: event.id,
    eventType: event.type,
    aggregateType: event.aggregateType,
    aggregateId: event.aggregateId,
    status: target.payload ? 'PENDING' : 'RECORDED',
    summary: summarize(target.summary),
    branchId: target.branchId,
    correlationId: event.correlationId,
    occurredAt: new Date(event.occurredAt),
    createdAt: now,
    payload: target.payload ? JSON.stringify(target.payload) : null,
    attempts: 0,
    nextAttemptAt: target.payload ? now : null,
    lastError: null,
    deliveredAt: null,
  };
}
