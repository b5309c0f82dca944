import { NO_FAILURES, afterFailure, isLocked } from './login-throttle';

const rule = { maxFailures: 3, lockMinutes: 15 };
const at = (minutes: number) => new Date(Date.UTC(2026, 10, 22, 6, 0) + minutes * 60_000);

describe('login throttling', () => {
  it('locks an address after the maximum failures in a row, for the lock period', () => {
    let state = afterFailure(NO_FAILURES, at(0), rule);
    state = afterFailure(state, at(1), rule);
    expect(isLocked(state, at(1))).toBe(false);
    state = afterFailure(state, at(2), rule);
    expect(isLocked(state, at(2))).toBe(true);
    expect(isLocked(state, at(16))).toBe(true);
    expect(isLocked(state, at(17))).toBe(false);
  });

  it('forgets failures older than the window', () => {
    let state = afterFailure(NO_FAILURES, at(0), rule);
    state = afterFailure(state, at(1), rule);
    state = afterFailure(state, at(30), rule);
    expect(state).toMatchObject({ failures: 1, lockedUntil: null });
  });

  it('starts counting afresh after a lock', () => {
    let state = NO_FAILURES;
    for (const m of [0, 1, 2]) state = afterFailure(state, at(m), rule);
    expect(state.failures).toBe(0);
    state = afterFailure(state, at(20), rule);
    expect(state).toMatchObject({ failures: 1, lockedUntil: null });
  });
});
