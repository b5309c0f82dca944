/**
 * Values a template's `{{placeholder}}`s are filled with: strings, numbers and booleans render as they are;
 * a missing or null value (or a list or object) renders empty.
 */
export type TemplateValues = Record<string, unknown>;

function show(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
    ? String(value)
    : '';
}

/** A mail template: a one-line subject and a plain-text body, both with `{{placeholder}}`s. */
export interface MailTemplate {
  subject: string;
  body: string;
}

/** A rendered mail: the subject, the plain-text body and the same body as HTML. */
export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

/** The longest subject kept (the column's length). */
export const SUBJECT_MAX_LENGTH = 255;

const PLACEHOLDER = /\{\{\s*([A-Za-z][A-Za-z0-9_]*)\s*\}\}/g;

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Fills the placeholders of a template with the values, as they are (for plain text). */
export function renderText(template: string, values: TemplateValues): string {
  return template.replace(PLACEHOLDER, (_, name: string) => show(values[name]));
}

/**
 * Renders a plain-text template as HTML: the template's own text and every value are escaped, so a value
 * (a customer name, an address) can never inject markup; line breaks become `<br>`.
 */
export function renderHtml(template: string, values: TemplateValues): string {
  let html = '';
  let last = 0;
  for (const match of template.matchAll(PLACEHOLDER)) {
    html += escapeHtml(template.slice(last, match.index));
    html += escapeHtml(show(values[match[1]]));
    last = match.index + match[0].length;
  }
  html += escapeHtml(template.slice(last));
  return `<div style="font-family: sans-serif">${html.replace(/\r?\n/g, '<br>\n')}</div>`;
}

/** Renders a template: a single-line subject (no header injection through values), text and HTML bodies. */
export function renderMail(template: MailTemplate, values: TemplateValues): RenderedMail {
  const subject = renderText(template.subject, values).replace(/\s+/g, ' ').trim();
  return {
    subject: subject.length <= SUBJECT_MAX_LENGTH ? subject : `${subject.slice(0, SUBJECT_MAX_LENGTH - 1)}…`,
    text: renderText(template.body, values),
    html: renderHtml(template.body, values),
  };
}

const stateChange = (headline: string): MailTemplate => ({
  subject: `Order {{orderNo}}: ${headline}`,
  body: `Order {{orderNo}} ({{orderType}}) for {{customerName}} ${headline.toLowerCase()}.

Moved from {{fromState}} to {{toState}} by transition {{transition}} at {{changedAt}}.
Due by: {{tatDueAt}}
Comment: {{comment}}`,
});

/**
 * The built-in templates, by key: the event type, or `order.state_changed/<toState>` for the states that
 * have wording of their own (every other state uses `order.state_changed`).
 */
export const MAIL_TEMPLATES: Record<string, MailTemplate> = {
  'feasibility.requested': {
    subject: 'Feasibility request {{requestNo}}: {{bandwidth}} at {{address}}',
    body: `Dear {{bsoName}},

please check the feasibility of the following request and answer by {{answerDueAt}}.

Request: {{requestNo}}
Lead: {{leadId}}
City: {{cityId}}
Address: {{address}}
Bandwidth: {{bandwidth}}`,
  },
  'feasibility_request.answered': {
    subject: 'Feasibility request {{requestNo}}: {{bsoName}} answered {{answer}}',
    body: `{{bsoName}} ({{bsoCode}}) answered feasibility request {{requestNo}} (lead {{leadId}}): {{answer}}.

One-time cost: {{otcCost}} {{currency}}
Monthly cost: {{mrcCost}} {{currency}}
Delivery days: {{expectedDeliveryDays}}
Remarks: {{remarks}}

The technical team records the technical feasibility next.`,
  },
  'feasibility_request.reminded': {
    subject: 'Reminder: feasibility request {{requestNo}} is past its answer time',
    body: `Dear {{bsoName}},

your answer to feasibility request {{requestNo}} was due by {{answerDueAt}} and has not reached us yet.
Please answer it as soon as you can.

Request: {{requestNo}}
Address: {{address}}
Bandwidth: {{bandwidth}}`,
  },
  'feasibility_request.withdrawn': {
    subject: 'Feasibility request {{requestNo}} withdrawn: no answer needed',
    body: `Feasibility request {{requestNo}} was withdrawn at {{withdrawnAt}}; please stop working on it.

Reason: {{reason}}`,
  },
  'feasibility_request.concluded': {
    subject: 'Feasibility request {{requestNo}}: {{verdict}}',
    body: `The technical team concluded feasibility request {{requestNo}} (lead {{leadId}}): {{verdict}}.

One-time cost: {{otcCost}} {{currency}}
Monthly cost: {{mrcCost}} {{currency}}
Delivery days: {{expectedDeliveryDays}}
Remarks: {{remarks}}`,
  },
  'order.state_changed': stateChange('moved to {{toState}}'),
  'order.state_changed/PENDING_APPROVAL': stateChange('is waiting for approval'),
  'order.state_changed/APPROVED': stateChange('was approved'),
  'order.state_changed/PROVISIONING': stateChange('is being provisioned'),
  'order.state_changed/INSTALLATION': stateChange('is ready for installation'),
  'order.state_changed/LIVE': stateChange('is live'),
  'order.state_changed/REJECTED': stateChange('was rejected'),
  'order.state_changed/CANCELLED': stateChange('was cancelled'),
  'approval_level.opened': {
    subject: 'Approval needed: order {{orderNo}}, level {{level}}',
    body: `Order {{orderNo}} (round {{round}}) waits for your approval at level {{level}} ({{role}}).

Amount: {{amount}}
Limit of this level: {{limit}}
Please decide by {{dueAt}}.`,
  },
  'approval_level.escalated': {
    subject: 'Approval escalated: order {{orderNo}} to {{escalatedTo}}',
    body: `Level {{level}} ({{role}}) did not decide on order {{orderNo}} (round {{round}}) in time.
It was escalated to {{escalatedTo}} at {{escalatedAt}}.`,
  },
  'order.activated': {
    subject: 'Welcome to your new service {{serviceNo}}',
    body: `Dear {{customerName}},

your service {{serviceNo}} ({{productCode}}, {{bandwidth}}) is live since {{activationDate}}.
Billing starts on {{billingStartDate}}.

Customer code: {{customerCode}}
Order: {{orderNo}}

Your welcome letter is attached.`,
  },
};

/** The template key for an event: `order.state_changed/<toState>` when that state has one, else the type. */
export function templateKey(eventType: string, toState?: string | null): string {
  const specific = toState ? `${eventType}/${toState}` : null;
  return specific && MAIL_TEMPLATES[specific] ? specific : eventType;
}
