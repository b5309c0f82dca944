import { judgeAttempt, type RetryPolicy } from './delivery';
import { afterMailAttempt, requeued, retryRefusal, type MailMessage } from './mail-message';

const policy: RetryPolicy = { maxAttempts: 2, baseMs: 100, maxMs: 1000 };
const t0 = new Date('2026-12-01T09:00:00.000Z');

const aMail = (over: Partial<MailMessage> = {}): MailMessage => ({
  id: 'mail-1',
  eventId: 'e-1',
  eventType: 'order.state_changed',
  template: 'order.state_changed/LIVE',
  orderId: 'o-1',
  branchId: 'b-1',
  from: { email: 'no-reply@oms.example', name: null },
  to: [{ email: 'a@x.example', name: null }],
  cc: [],
  subject: 's',
  text: 't',
  html: 'h',
  welcomeLetterId: null,
  status: 'QUEUED',
  attempts: 0,
  nextAttemptAt: t0,
  lastError: null,
  sentAt: null,
  messageId: null,
  createdAt: t0,
  ...over,
});

describe('the mail lifecycle', () => {
  it('QUEUED → FAILED → DEAD → (retry) QUEUED → SENT', () => {
    const failed = afterMailAttempt(
      aMail(),
      judgeAttempt(0, { kind: 'retryable', error: 'ECONNREFUSED' }, t0, policy),
      t0,
      null,
    );
    expect(failed).toMatchObject({ status: 'FAILED', attempts: 1, lastError: 'ECONNREFUSED' });
    expect(failed.nextAttemptAt).toEqual(new Date(t0.getTime() + 100));

    const dead = afterMailAttempt(
      failed,
      judgeAttempt(1, { kind: 'retryable', error: 'ETIMEDOUT' }, t0, policy),
      t0,
      null,
    );
    expect(dead).toMatchObject({ status: 'DEAD', attempts: 2, nextAttemptAt: null });

    expect(retryRefusal(dead)).toBeNull();
    const again = requeued(dead, t0);
    expect(again).toMatchObject({ status: 'QUEUED', attempts: 0, nextAttemptAt: t0, lastError: null });

    const sent = afterMailAttempt(
      again,
      judgeAttempt(0, { kind: 'delivered' }, t0, policy),
      t0,
      '<mail-1@oms>',
    );
    expect(sent).toMatchObject({ status: 'SENT', attempts: 1, sentAt: t0, messageId: '<mail-1@oms>' });
  });

  it('retries only dead mails by hand', () => {
    for (const status of ['QUEUED', 'FAILED', 'SENT'] as const) {
      expect(retryRefusal(aMail({ status }))).toMatch(/only DEAD/);
    }
  });
});
