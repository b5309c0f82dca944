import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { MailAddress, MailMessage } from '../domain/mail-message';
import type { MailPlan } from '../domain/mail-plan';
import { renderMail } from '../domain/mail-templates';
import type { MailRepository } from '../persistence/mail.repository';

/** The facts of the event a mail is made from. */
export interface MailCause {
  id: string;
  type: string;
}

/**
 * Queues the mail an event's plan describes, in the consumer's transaction: rendered now, QUEUED for the
 * sender, at most once per (event, template) — a redelivery finds the row and queues nothing. A mail about
 * an order whose event names no branch (approvals' events) takes the branch earlier mails of the order carry.
 */
export class QueueMail {
  constructor(
    private readonly repo: MailRepository,
    private readonly defaultFrom: string,
  ) {}

  async execute(
    em: EntityManager,
    cause: MailCause,
    plan: MailPlan,
    now: Date,
    welcomeLetterId: string | null = null,
  ): Promise<MailMessage> {
    const existing = await this.repo.byEventAndTemplate(em, cause.id, plan.template);
    if (existing) return existing;
    let branchId = plan.branchId;
    if (!branchId && plan.orderId) {
      const [known] = await this.repo.orderBranches(em, [plan.orderId]);
      branchId = known?.branchId ?? null;
    }
    const rendered = renderMail(plan.content, plan.values);
    const mail: MailMessage = {
      id: randomUUID(),
      eventId: cause.id,
      eventType: cause.type,
      template: plan.template,
      orderId: plan.orderId,
      branchId,
      from: plan.from ?? parseFrom(this.defaultFrom),
      to: plan.to,
      cc: plan.cc,
      ...rendered,
      welcomeLetterId,
      status: 'QUEUED',
      attempts: 0,
      nextAttemptAt: now,
      lastError: null,
      sentAt: null,
      messageId: null,
      createdAt: now,
    };
    await this.repo.insert(em, mail);
    return mail;
  }
}

/** `Name <a@b>` or `a@b` as an address. */
export function parseFrom(from: string): MailAddress {
  const match = /^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/.exec(from);
  return match ? { name: match[1] || null, email: match[2].trim() } : { name: null, email: from.trim() };
}
