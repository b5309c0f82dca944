import { backoffMs, errorText, judgeAttempt, outcomeOfHttpStatus, type RetryPolicy } from './delivery';

const policy: RetryPolicy = { maxAttempts: 4, baseMs: 1000, maxMs: 5000 };
const now = new Date('2026-12-01T09:00:00.000Z');

describe('backoffMs', () => {
  it('doubles from the base with every failed attempt, up to the cap', () => {
    expect([1, 2, 3, 4, 5].map((n) => backoffMs(n, policy))).toEqual([1000, 2000, 4000, 5000, 5000]);
  });

  it('never overflows for huge attempt numbers', () => {
    expect(backoffMs(10_000, policy)).toBe(5000);
  });
});

describe('judgeAttempt', () => {
  it('is done when delivered, counting the attempt', () => {
    expect(judgeAttempt(2, { kind: 'delivered' }, now, policy)).toEqual({ state: 'done', attempts: 3 });
  });

  it('schedules a retry after the backoff of this attempt', () => {
    expect(judgeAttempt(1, { kind: 'retryable', error: 'HTTP 500' }, now, policy)).toEqual({
      state: 'retry',
      attempts: 2,
      nextAttemptAt: new Date(now.getTime() + 2000),
      error: 'HTTP 500',
    });
  });

  it('gives up after the last attempt', () => {
    expect(judgeAttempt(3, { kind: 'retryable', error: 'HTTP 503' }, now, policy)).toEqual({
      state: 'dead',
      attempts: 4,
      error: 'HTTP 503',
    });
  });

  it('gives up at once on a permanent refusal', () => {
    expect(judgeAttempt(0, { kind: 'permanent', error: 'HTTP 400' }, now, policy)).toMatchObject({
      state: 'dead',
      attempts: 1,
    });
  });
});

describe('outcomeOfHttpStatus', () => {
  it.each([
    [200, 'delivered'],
    [204, 'delivered'],
    [429, 'retryable'],
    [500, 'retryable'],
    [503, 'retryable'],
    [400, 'permanent'],
    [404, 'permanent'],
    [301, 'permanent'],
  ])('reads %i as %s', (status, kind) => {
    expect(outcomeOfHttpStatus(status).kind).toBe(kind);
  });
});

describe('errorText', () => {
  it('keeps one line of at most 500 characters', () => {
    const text = errorText(new Error(`a\n  b ${'x'.repeat(600)}`));
    expect(text.startsWith('a b x')).toBe(true);
    expect(text).toHaveLength(500);
  });
});
