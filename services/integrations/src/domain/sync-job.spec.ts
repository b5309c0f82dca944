import { judgeAttempt, type RetryPolicy } from './delivery';
import { afterSyncAttempt, recordedLocally, replayRefusal, replayed } from './sync-job';
import type { SyncRecord } from './sync-record';

const policy: RetryPolicy = { maxAttempts: 2, baseMs: 100, maxMs: 1000 };
const t0 = new Date('2026-12-01T09:00:00.000Z');

const aJob = (over: Partial<SyncRecord> = {}): SyncRecord => ({
  id: 'job-1',
  system: 'BMS',
  eventId: 'e-1',
  eventType: 'order.activated',
  aggregateType: 'Order',
  aggregateId: 'o-1',
  status: 'PENDING',
  summary: 'x',
  branchId: 'b-1',
  correlationId: 'c-1',
  occurredAt: t0,
  createdAt: t0,
  payload: '{}',
  attempts: 0,
  nextAttemptAt: t0,
  lastError: null,
  deliveredAt: null,
  ...over,
});

describe('the sync job lifecycle', () => {
  it('PENDING → FAILED → DEAD → (replay) PENDING → DELIVERED', () => {
    const failed = afterSyncAttempt(
      aJob(),
      judgeAttempt(0, { kind: 'retryable', error: 'HTTP 500' }, t0, policy),
      t0,
    );
    expect(failed).toMatchObject({ status: 'FAILED', attempts: 1, lastError: 'HTTP 500' });
    expect(failed.nextAttemptAt).toEqual(new Date(t0.getTime() + 100));

    const dead = afterSyncAttempt(
      failed,
      judgeAttempt(1, { kind: 'retryable', error: 'HTTP 502' }, t0, policy),
      t0,
    );
    expect(dead).toMatchObject({ status: 'DEAD', attempts: 2, nextAttemptAt: null, lastError: 'HTTP 502' });

    expect(replayRefusal(dead)).toBeNull();
    const again = replayed(dead, t0);
    expect(again).toMatchObject({ status: 'PENDING', attempts: 0, nextAttemptAt: t0, lastError: null });

    const done = afterSyncAttempt(again, judgeAttempt(0, { kind: 'delivered' }, t0, policy), t0);
    expect(done).toMatchObject({ status: 'DELIVERED', attempts: 1, nextAttemptAt: null, deliveredAt: t0 });
  });

  it('refuses to replay anything but a dead letter', () => {
    for (const status of ['PENDING', 'FAILED', 'DELIVERED', 'RECORDED'] as const) {
      expect(replayRefusal(aJob({ status }))).toMatch(/only DEAD/);
    }
  });

  it('records a call locally when no URL is configured', () => {
    expect(recordedLocally(aJob(), t0)).toMatchObject({
      status: 'RECORDED',
      attempts: 1,
      nextAttemptAt: null,
      deliveredAt: t0,
      payload: '{}',
    });
  });
});
