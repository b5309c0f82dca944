import { failureOf, type AttemptVerdict } from './delivery';
import type { SyncRecord } from './sync-record';

/** The statuses the sender picks a sync job up in: new ones and those whose last attempt failed. */
export const DUE_SYNC_STATUSES = ['PENDING', 'FAILED'] as const;

/** A sync job after the sender recorded the call locally (no URL configured for its system). */
export function recordedLocally(job: SyncRecord, now: Date): SyncRecord {
  return { ...job, status: 'RECORDED', attempts: job.attempts + 1, nextAttemptAt: null, deliveredAt: now };
}

/** A sync job after a delivery attempt: DELIVERED, FAILED with the next attempt due, or DEAD. */
export function afterSyncAttempt(job: SyncRecord, verdict: AttemptVerdict, now: Date): SyncRecord {
  switch (verdict.state) {
    case 'done':
      return {
        ...job,
        status: 'DELIVERED',
        attempts: verdict.attempts,
        nextAttemptAt: null,
        lastError: null,
        deliveredAt: now,
      };
    default:
      return { ...job, ...failureOf(verdict) };
  }
}

/** Why a sync job cannot be replayed, or null when it can: only dead letters are replayed. */
export function replayRefusal(job: SyncRecord): string | null {
  return job.status === 'DEAD' ? null : `only DEAD sync jobs can be replayed; this one is ${job.status}`;
}

/** A dead sync job put back in the queue: PENDING, due now, its attempts counted afresh. */
export function replayed(job: SyncRecord, now: Date): SyncRecord {
  return { ...job, status: 'PENDING', attempts: 0, nextAttemptAt: now, lastError: null };
}
