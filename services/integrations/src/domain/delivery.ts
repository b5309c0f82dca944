/**
 * The delivery lifecycle shared by sync jobs and mails: an attempt either succeeds, fails in a way worth
 * retrying (network error, 5xx, 429, an SMTP hiccup) or fails for good (the receiver refused the request).
 * Retries wait `baseMs · 2^(attempt-1)`, capped at `maxMs`; after `maxAttempts` attempts the item is dead.
 */
export interface RetryPolicy {
  maxAttempts: number;
  baseMs: number;
  maxMs: number;
}

/** What one delivery attempt came to. */
export type AttemptOutcome =
  { kind: 'delivered' } | { kind: 'retryable'; error: string } | { kind: 'permanent'; error: string };

/** Where an item stands after an attempt: done, due again at `nextAttemptAt`, or dead. */
export type AttemptVerdict =
  | { state: 'done'; attempts: number }
  | { state: 'retry'; attempts: number; nextAttemptAt: Date; error: string }
  | { state: 'dead'; attempts: number; error: string };

/** How long to wait after the `attempt`-th failed attempt (1-based) before the next one. */
export function backoffMs(attempt: number, policy: Pick<RetryPolicy, 'baseMs' | 'maxMs'>): number {
  const exponent = Math.max(0, attempt - 1);
  return Math.min(policy.maxMs, policy.baseMs * 2 ** Math.min(exponent, 30));
}

/** Decides what follows an attempt, given how many attempts came before it. */
export function judgeAttempt(
  previousAttempts: number,
  outcome: AttemptOutcome,
  now: Date,
  policy: RetryPolicy,
): AttemptVerdict {
  const attempts = previousAttempts + 1;
  if (outcome.kind === 'delivered') return { state: 'done', attempts };
  if (outcome.kind === 'permanent' || attempts >= policy.maxAttempts) {
    return { state: 'dead', attempts, error: outcome.error };
  }
  return {
    state: 'retry',
    attempts,
    nextAttemptAt: new Date(now.getTime() + backoffMs(attempts, policy)),
    error: outcome.error,
  };
}

/** What an HTTP status means for a delivery: 2xx delivered, 429 and 5xx worth retrying, the rest refused. */
export function outcomeOfHttpStatus(status: number): AttemptOutcome {
  if (status >= 200 && status < 300) return { kind: 'delivered' };
  if (status === 429 || status >= 500) return { kind: 'retryable', error: `HTTP ${status}` };
  return { kind: 'permanent', error: `HTTP ${status}` };
}

/** The longest error text kept. */
export const ERROR_MAX_LENGTH = 500;

/** An error message fit for storage: one line, at most `ERROR_MAX_LENGTH`. */
export function errorText(error: unknown): string {
  const text = (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ').trim();
  return text.length <= ERROR_MAX_LENGTH ? text : `${text.slice(0, ERROR_MAX_LENGTH - 1)}…`;
}

/**
 * What a failed attempt changes on a sync job or a mail (both know FAILED and DEAD): the attempt count, and
 * either the next attempt's time or, dead, none.
 */
export function failureOf(verdict: Exclude<AttemptVerdict, { state: 'done' }>) {
  return verdict.state === 'retry'
    ? {
        status: 'FAILED' as const,
        attempts: verdict.attempts,
        nextAttemptAt: verdict.nextAttemptAt as Date | null,
        lastError: verdict.error,
      }
    : { status: 'DEAD' as const, attempts: verdict.attempts, nextAttemptAt: null, lastError: verdict.error };
}
