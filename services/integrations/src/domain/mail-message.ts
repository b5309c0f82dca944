import { failureOf, type AttemptVerdict } from './delivery';

/**
 * Where a mail stands. QUEUED: waiting for the sender; SENT: the SMTP server accepted it (or, without one,
 * it was written to the mail folder); FAILED: an attempt failed and another one is due; DEAD: gave up.
 */
export const MAIL_STATUSES = ['QUEUED', 'SENT', 'FAILED', 'DEAD'] as const;
export type MailStatus = (typeof MAIL_STATUSES)[number];

/** The statuses the sender picks a mail up in. */
export const DUE_MAIL_STATUSES = ['QUEUED', 'FAILED'] as const;

/** One addressee of a mail. */
export interface MailAddress {
  email: string;
  name: string | null;
}

/** One mail of the delivery log: what an event became for its recipients, and how sending it went. */
export interface MailMessage {
  id: string;
  /** The event that caused it; with `template` unique, so a redelivered event never mails twice. */
  eventId: string;
  eventType: string;
  /** The template it was rendered from, e.g. `order.state_changed/APPROVED`. */
  template: string;
  /** The order it concerns (null for mails about leads' feasibility). */
  orderId: string | null;
  /** The branch of what it concerns; decides who sees it (null: only users of every branch). */
  branchId: string | null;
  from: MailAddress;
  to: MailAddress[];
  cc: MailAddress[];
  subject: string;
  text: string;
  html: string;
  /** The welcome letter attached to it, if any. */
  welcomeLetterId: string | null;
  status: MailStatus;
  attempts: number;
  nextAttemptAt: Date | null;
  lastError: string | null;
  sentAt: Date | null;
  /** The Message-ID the mail was sent with. */
  messageId: string | null;
  createdAt: Date;
}

/** A mail after a sending attempt: SENT, FAILED with the next attempt due, or DEAD. */
export function afterMailAttempt(
  mail: MailMessage,
  verdict: AttemptVerdict,
  now: Date,
  messageId: string | null,
): MailMessage {
  switch (verdict.state) {
    case 'done':
      return {
        ...mail,
        status: 'SENT',
        attempts: verdict.attempts,
        nextAttemptAt: null,
        lastError: null,
        sentAt: now,
        messageId,
      };
    default:
      return { ...mail, ...failureOf(verdict) };
  }
}

/** Why a mail cannot be retried, or null when it can: only DEAD mails are retried by hand. */
export function retryRefusal(mail: MailMessage): string | null {
  return mail.status === 'DEAD' ? null : `only DEAD mails can be retried; this one is ${mail.status}`;
}

/** A dead mail queued again, due now, its attempts counted afresh. */
export function requeued(mail: MailMessage, now: Date): MailMessage {
  return { ...mail, status: 'QUEUED', attempts: 0, nextAttemptAt: now, lastError: null };
}
