/** A person at a BSO to talk to about feasibility, delivery or escalations. */
export interface BsoContact {
  name: string;
  email: string;
  phone: string;
  /** What the person does for us (e.g. "Feasibility desk"); null when not given. */
  role: string | null;
}

/**
 * A BSO: the partner last-mile operator that carries the link to the customer's site in a city and answers
 * feasibility requests. Never deleted: deactivated instead.
 */
export interface Bso {
  id: string;
  code: string;
  name: string;
  /** Whom to talk to at the BSO: at least one contact. */
  contacts: BsoContact[];
  createdAt: Date;
  /** When the name or contacts were last edited; null when never. */
  updatedAt: Date | null;
  /** When the BSO was deactivated; null while active. */
  deactivatedAt: Date | null;
}

/**
 * How one BSO is asked for feasibility in one city: who gets the request mail and how many hours it has to
 * answer. At most one active setting per BSO and city; deactivated instead of deleted.
 */
export interface BsoCitySetting {
  id: string;
  bsoId: string;
  cityId: string;
  /** The feasibility mail's recipients: at least one address, no repeats. */
  to: string[];
  /** Copied on the feasibility mail; no repeats and none that is already in `to`. */
  cc: string[];
  /** The feasibility TAT the BSO is held to, in hours (`BSO_TAT_HOURS`). */
  tatHours: number;
  createdAt: Date;
  /** When recipients or TAT were last edited; null when never. */
  updatedAt: Date | null;
  /** When the setting was deactivated; null while active. */
  deactivatedAt: Date | null;
}

/**
 * How feasibility mails to a BSO look: sender and `{{placeholder}}` templates (see `mail-template.ts`).
 * One per BSO, plus at most one default (`bsoId` null) used for every BSO that has none of its own.
 */
export interface BsoMailSetting {
  id: string;
  /** The BSO it is for; null for the default. */
  bsoId: string | null;
  senderEmail: string;
  senderName: string;
  subjectTemplate: string;
  bodyTemplate: string;
  createdAt: Date;
  /** When it was last edited; null when never. */
  updatedAt: Date | null;
}

/** The feasibility TAT a BSO may be given, in whole hours: one hour to 30 days. */
export const BSO_TAT_HOURS = { min: 1, max: 720 } as const;

/** The longest e-mail address accepted (RFC 5321 path limit). */
export const EMAIL_MAX_LENGTH = 254;

// A pragmatic address check: a local part without spaces or separators, an @, and a dotted domain of
// letter/digit labels. Full RFC 5322 (quoted local parts, IP literals) is deliberately not accepted.
const EMAIL =
  /^[^\s@<>()[\],;:"\\]{1,64}@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$/;

/** True when `text` is an e-mail address a mail can be sent to (no display name, no spaces). */
export function isEmailAddress(text: string): boolean {
  return text.length <= EMAIL_MAX_LENGTH && EMAIL.test(text);
}

// Digits with the usual separators and an optional leading +.
const PHONE = /^\+?[0-9 ()-]+$/;

/** True when `text` is a phone number: digits, spaces, `-`, `(`, `)`, an optional leading `+`; 6–15 digits. */
export function isPhoneNumber(text: string): boolean {
  if (!PHONE.test(text)) return false;
  const digits = text.replace(/\D/g, '').length;
  return digits >= 6 && digits <= 15;
}

/** The addresses of a list without repeats (compared case-insensitively), in first-seen order, trimmed. */
export function distinctAddresses(addresses: readonly string[]): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const raw of addresses) {
    const address = raw.trim();
    const key = address.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    result.push(address);
  }
  return result;
}

/**
 * The recipients of a feasibility mail: repeats dropped from both lists, and an address that is in `to`
 * dropped from `cc` (each person gets the mail once).
 */
export function mailRecipients(to: readonly string[], cc: readonly string[]): { to: string[]; cc: string[] } {
  const distinctTo = distinctAddresses(to);
  const inTo = new Set(distinctTo.map((a) => a.toLowerCase()));
  return { to: distinctTo, cc: distinctAddresses(cc).filter((a) => !inTo.has(a.toLowerCase())) };
}
