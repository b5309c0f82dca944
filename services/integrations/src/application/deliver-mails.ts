import { SYSTEM_ACTOR } from '@oms/contracts';
import type { Database } from '@oms/persistence';
import type { UnitOfWork } from '@oms/messaging';
import { deliverDue } from './deliver-due';
import { errorText, judgeAttempt, type AttemptOutcome, type RetryPolicy } from '../domain/delivery';
import { afterMailAttempt, type MailMessage } from '../domain/mail-message';
import type { MailTransport, OutgoingMail } from '../delivery/mail-transport';
import type { MailRepository } from '../persistence/mail.repository';

/** SMTP replies that will not get better by retrying (5xx: mailbox unknown, message refused). */
function outcomeOfSendError(err: unknown): AttemptOutcome {
  const code = (err as { responseCode?: number }).responseCode;
  return code !== undefined && code >= 500 && code < 600
    ? { kind: 'permanent', error: errorText(err) }
    : { kind: 'retryable', error: errorText(err) };
}

/**
 * One pass of the mail sender: every due mail (QUEUED, or FAILED with its next attempt due) is claimed and
 * handed to the transport, with its welcome letter attached when it has one; then SENT, FAILED with the
 * backoff's next attempt, or DEAD after the last one.
 */
export class DeliverMails {
  constructor(
    private readonly db: Database,
    private readonly uow: UnitOfWork,
    private readonly repo: MailRepository,
    private readonly transport: MailTransport,
    private readonly policy: RetryPolicy,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** Delivers what is due; resolves with how many it attempted. */
  runOnce(): Promise<number> {
    return deliverDue(this.db, this.repo, (item) => this.attempt(item), this.clock);
  }

  private async attempt(mail: MailMessage): Promise<void> {
    let outcome: AttemptOutcome;
    let messageId: string | null = null;
    try {
      messageId = await this.transport.send(await this.outgoing(mail));
      outcome = { kind: 'delivered' };
    } catch (err) {
      outcome = outcomeOfSendError(err);
    }
    const now = this.clock();
    const next = afterMailAttempt(
      mail,
      judgeAttempt(mail.attempts, outcome, now, this.policy),
      now,
      messageId,
    );
    await this.uow.run(
      { correlationId: mail.eventId, causationId: mail.eventId, actor: SYSTEM_ACTOR },
      (tx) => this.repo.save(tx.em, next),
    );
  }

  private async outgoing(mail: MailMessage): Promise<OutgoingMail> {
    const attachments: OutgoingMail['attachments'] = [];
    if (mail.welcomeLetterId) {
      const id = mail.welcomeLetterId;
      const letter = await this.db.read((em) => this.repo.letterWithContent(em, id));
      if (letter) {
        attachments.push({
          filename: letter.fileName,
          content: letter.content,
          contentType: 'application/pdf',
        });
      }
    }
    return { ...mail, attachments };
  }
}
