import type { MailAddress } from './mail-message';
import { MAIL_TEMPLATES, templateKey, type MailTemplate, type TemplateValues } from './mail-templates';

/** Someone an event asks to be told about it (a structural slice of the contracts' mail recipient). */
export interface NotifiedRecipient {
  email: string;
  name: string | null;
  kind?: 'TO' | 'CC';
}

/** What one event should be mailed as: the template, its values, the addressees and what it concerns. */
export interface MailPlan {
  template: string;
  /** The template's text; the built-in one of `template` unless a setting overrides it (BSO mail settings). */
  content: MailTemplate;
  values: TemplateValues;
  to: MailAddress[];
  cc: MailAddress[];
  orderId: string | null;
  branchId: string | null;
  /** The sender, when the event's setting names one; the configured MAIL_FROM otherwise. */
  from: MailAddress | null;
}

/**
 * The To and Cc addressees of a notify list: addresses compared case-insensitively and kept once, To winning
 * over Cc; blank addresses dropped.
 */
export function addresseesOf(recipients: readonly NotifiedRecipient[]): {
  to: MailAddress[];
  cc: MailAddress[];
} {
  const byEmail = new Map<string, { address: MailAddress; kind: 'TO' | 'CC' }>();
  for (const r of recipients) {
    const email = r.email.trim().toLowerCase();
    if (!email) continue;
    const kind = r.kind ?? 'TO';
    const known = byEmail.get(email);
    if (!known) byEmail.set(email, { address: { email, name: r.name }, kind });
    else if (kind === 'TO') known.kind = 'TO';
  }
  const all = [...byEmail.values()];
  return {
    to: all.filter((a) => a.kind === 'TO').map((a) => a.address),
    cc: all.filter((a) => a.kind === 'CC').map((a) => a.address),
  };
}

/**
 * Plans the mail of an event with a notify list, or null when there is nobody to tell (an empty notify, or
 * only Cc addressees) — such an event sends nothing.
 */
export function planMail(input: {
  eventType: string;
  toState?: string | null;
  notify: readonly NotifiedRecipient[];
  values: TemplateValues;
  orderId: string | null;
  branchId: string | null;
  content?: MailTemplate | null;
  from?: MailAddress | null;
}): MailPlan | null {
  const { to, cc } = addresseesOf(input.notify);
  if (to.length === 0) return null;
  const template = templateKey(input.eventType, input.toState);
  const content = input.content ?? MAIL_TEMPLATES[template];
  if (!content) return null;
  return {
    template,
    content,
    values: input.values,
    to,
    cc,
    orderId: input.orderId,
    branchId: input.branchId,
    from: input.from ?? null,
  };
}
