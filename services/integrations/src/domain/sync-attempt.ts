/** How one delivery attempt of a sync job ended. RECORDED: no URL configured, the call was kept locally. */
export const SYNC_ATTEMPT_OUTCOMES = ['DELIVERED', 'RECORDED', 'FAILED', 'REFUSED'] as const;
export type SyncAttemptOutcome = (typeof SYNC_ATTEMPT_OUTCOMES)[number];

/** One delivery attempt of a sync job: what the system answered (or the error), and how long it took. */
export interface SyncAttempt {
  id: string;
  syncRecordId: string;
  /** 1-based, counted since the job was created or last replayed. */
  attempt: number;
  outcome: SyncAttemptOutcome;
  /** The HTTP status the system answered with; null for network errors and local recording. */
  statusCode: number | null;
  error: string | null;
  durationMs: number;
  attemptedAt: Date;
}
