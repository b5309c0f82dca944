/**
 * Plain-text mail templates with `{{placeholder}}` variables: what a template may contain, and how it is
 * rendered. Masters checks BSO mail settings with these rules when they are saved; the feasibility mailer
 * renders with the same functions, so a template that was accepted always renders.
 */

/** The values a feasibility mail to a BSO can be filled with. */
export const MAIL_PLACEHOLDERS = [
  'requestNo',
  'bsoName',
  'cityName',
  'customerName',
  'address',
  'bandwidth',
  'product',
  'expectedBy',
  'reference',
] as const;

/** One value a mail template can refer to as `{{name}}`. */
export type MailPlaceholder = (typeof MAIL_PLACEHOLDERS)[number];

/** The values to render a template with; a missing value renders as nothing. */
export type MailValues = Partial<Record<MailPlaceholder, string>>;

/** The longest subject template accepted. */
export const MAIL_SUBJECT_MAX_LENGTH = 200;

/** The longest body template accepted. */
export const MAIL_BODY_MAX_LENGTH = 20_000;

/** A piece of a parsed template: literal text, or a `{{name}}` to fill in. */
export type TemplateSegment = { text: string } | { placeholder: string };

/** A template split into segments, with what is wrong with its syntax (empty when nothing). */
export interface ParsedTemplate {
  segments: TemplateSegment[];
  problems: string[];
}

const NAME = /^[A-Za-z][A-Za-z0-9_]*$/;

/**
 * Splits a template into text and `{{name}}` placeholders (spaces inside the braces are allowed:
 * `{{ name }}`). A `{{` that is never closed, or braces around something that is not a name, is a
 * problem. Single braces are plain text.
 */
export function parseTemplate(template: string): ParsedTemplate {
  const segments: TemplateSegment[] = [];
  const problems: string[] = [];
  let rest = template;
  while (rest.length > 0) {
    const open = rest.indexOf('{{');
    if (open < 0) {
      segments.push({ text: rest });
      break;
    }
    if (open > 0) segments.push({ text: rest.slice(0, open) });
    const close = rest.indexOf('}}', open + 2);
    if (close < 0) {
      problems.push(`"{{" is never closed with "}}" (at "${excerpt(rest.slice(open))}")`);
      segments.push({ text: rest.slice(open) });
      break;
    }
    const name = rest.slice(open + 2, close).trim();
    if (NAME.test(name)) {
      segments.push({ placeholder: name });
    } else {
      const raw = rest.slice(open, close + 2);
      problems.push(`${raw} is not a placeholder: use {{name}} with a letter first, then letters or digits`);
      segments.push({ text: raw });
    }
    rest = rest.slice(close + 2);
  }
  return { segments, problems };
}

function excerpt(text: string): string {
  return text.length > 20 ? `${text.slice(0, 20)}…` : text;
}

/** The distinct placeholder names a template uses, in first-seen order. */
export function templatePlaceholders(template: string): string[] {
  const names = parseTemplate(template).segments.flatMap((s) => ('placeholder' in s ? [s.placeholder] : []));
  return [...new Set(names)];
}

/**
 * What is wrong with a template: its syntax problems, then one problem per placeholder that is not in
 * `known` (naming it). Empty when the template is fine.
 */
export function templateProblems(template: string, known: readonly string[] = MAIL_PLACEHOLDERS): string[] {
  const { problems } = parseTemplate(template);
  const allowed = new Set(known);
  const unknown = templatePlaceholders(template).filter((name) => !allowed.has(name));
  return [
    ...problems,
    ...unknown.map((name) => `unknown placeholder {{${name}}}; known: ${known.join(', ')}`),
  ];
}

/** What is wrong with a subject template: empty, longer than 200 characters, several lines, bad placeholders. */
export function subjectTemplateProblems(subject: string): string[] {
  const problems: string[] = [];
  if (subject.trim().length === 0) problems.push('the subject must not be empty');
  if (subject.length > MAIL_SUBJECT_MAX_LENGTH) {
    problems.push(`the subject must have at most ${MAIL_SUBJECT_MAX_LENGTH} characters`);
  }
  if (/[\r\n]/.test(subject)) problems.push('the subject must be one line');
  return [...problems, ...templateProblems(subject)];
}

/** What is wrong with a body template: empty (or only spaces), too long, bad placeholders. */
export function bodyTemplateProblems(body: string): string[] {
  const problems: string[] = [];
  if (body.trim().length === 0) problems.push('the body must not be empty');
  if (body.length > MAIL_BODY_MAX_LENGTH) {
    problems.push(`the body must have at most ${MAIL_BODY_MAX_LENGTH} characters`);
  }
  return [...problems, ...templateProblems(body)];
}

/** Raised when asked to render a template that breaks the rules (one that could never have been saved). */
export class TemplateError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid mail template: ${problems.join('; ')}`);
    this.name = 'TemplateError';
  }
}

/**
 * Fills a template's placeholders with `values`, verbatim (plain text: nothing is escaped). A placeholder
 * without a value renders as nothing; see `missingValues` to find those first. Throws `TemplateError` for a
 * template with syntax problems or unknown placeholders.
 */
export function renderTemplate(template: string, values: MailValues): string {
  const problems = templateProblems(template);
  if (problems.length > 0) throw new TemplateError(problems);
  return parseTemplate(template)
    .segments.map((s) => ('placeholder' in s ? (valueOf(values, s.placeholder) ?? '') : s.text))
    .join('');
}

/** The placeholders a template uses that `values` has no value for. */
export function missingValues(template: string, values: MailValues): string[] {
  return templatePlaceholders(template).filter((name) => valueOf(values, name) === undefined);
}

// Own properties only, so a name like "toString" never picks up something inherited.
function valueOf(values: MailValues, name: string): string | undefined {
  return Object.hasOwn(values, name) ? (values as Record<string, string | undefined>)[name] : undefined;
}
