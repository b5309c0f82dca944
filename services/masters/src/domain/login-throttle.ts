/**
 * Throttling of failed logins, per email address — whether or not an account has that address, so that
 * being locked out says nothing about which addresses exist.
 */
export interface ThrottleState {
  /** Failed attempts in the current window. */
  failures: number;
  /** When the address may try again; null when it is not locked. */
  lockedUntil: Date | null;
  lastFailureAt: Date | null;
}

export interface ThrottleRule {
  /** Failed attempts in a row that lock the address. */
  maxFailures: number;
  /** How long a lock lasts, and how long failures are remembered. */
  lockMinutes: number;
}

export const NO_FAILURES: ThrottleState = { failures: 0, lockedUntil: null, lastFailureAt: null };

/** Whether the address is locked at `now`. */
export function isLocked(state: ThrottleState, now: Date): boolean {
  return state.lockedUntil !== null && state.lockedUntil.getTime() > now.getTime();
}

/**
 * The state after one more failed attempt: failures older than the window are forgotten; reaching the
 * maximum locks the address for `lockMinutes` and starts counting afresh.
 */
export function afterFailure(state: ThrottleState, now: Date, rule: ThrottleRule): ThrottleState {
  const windowMs = rule.lockMinutes * 60_000;
  const recent =
    state.lastFailureAt !== null && now.getTime() - state.lastFailureAt.getTime() < windowMs
      ? state.failures
      : 0;
  const failures = recent + 1;
  if (failures >= rule.maxFailures)
    return { failures: 0, lockedUntil: new Date(now.getTime() + windowMs), lastFailureAt: now };
  return { failures, lockedUntil: null, lastFailureAt: now };
}
