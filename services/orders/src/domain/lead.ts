/**
 * The stages a lead goes through: OPEN while sales works it (feasibility, order entry), CONVERTED once an
 * order was entered for it, CANCELLED when sales dropped it (with a reason), also at the order-entry step.
 */
export const LEAD_STATES = ['OPEN', 'CONVERTED', 'CANCELLED'] as const;

/** Where a lead stands in the sales process. */
export type LeadState = (typeof LEAD_STATES)[number];

/** How the sale is made. */
export const SALES_MODES = ['DIRECT', 'CHANNEL_PARTNER', 'TELESALES', 'ONLINE'] as const;
export type SalesMode = (typeof SALES_MODES)[number];

/** Where the lead came from. */
export const LEAD_SOURCES = [
  'REFERRAL',
  'WEBSITE',
  'CAMPAIGN',
  'EXISTING_CUSTOMER',
  'WALK_IN',
  'COLD_CALL',
  'OTHER',
] as const;
export type LeadSource = (typeof LEAD_SOURCES)[number];

/** A prospective customer's interest in a service, captured by sales before feasibility and ordering. */
export interface Lead {
  id: string;
  /** Human number, `LEAD-<year>-<6 digits>`, unique. */
  leadNo: string;
  customerName: string;
  contactEmail: string | null;
  contactPhone: string | null;
  /** The masters city where the service is wanted. */
  cityId: string;
  /**
   * The masters branch the lead belongs to, which decides who sees it. Null only for leads captured before
   * leads had branches; those are visible to users with the ALL data scope only.
   */
  branchId: string | null;
  productInterest: string | null;
  /** The existing customer the lead is for; null for a new customer. */
  customerId: string | null;
  salesMode: SalesMode;
  source: LeadSource | null;
  /** The user who owns the lead in CRM (the creator unless another was named). */
  crmOwnerId: string | null;
  state: LeadState;
  createdAt: Date;
  /** Id of the actor who captured the lead. */
  createdBy: string;
  /** Why sales cancelled the lead, when it did; with who and when. */
  cancelReason: string | null;
  cancelledAt: Date | null;
  cancelledBy: string | null;
}

/** Why a lead in `state` may not be cancelled, or null when it may (only an OPEN lead can be). */
export function leadCancelRefusal(lead: Pick<Lead, 'state' | 'leadNo'>): string | null {
  return lead.state === 'OPEN' ? null : `lead ${lead.leadNo} is ${lead.state} and cannot be cancelled`;
}

/** The largest serial a lead number can carry in one year (6 digits). */
export const MAX_LEAD_SERIAL = 999_999;

/** The shape of every lead number. */
export const LEAD_NO_PATTERN = /^LEAD-\d{4}-\d{6}$/;

/** Lead numbers restart every calendar year; the year is taken in UTC so every replica agrees. */
export function leadNoYear(createdAt: Date): number {
  return createdAt.getUTCFullYear();
}

/** The counter that numbers leads, one row per calendar year. */
export const LEAD_NO_SEQUENCE = 'lead';

/**
 * The human lead number for the `serial`-th lead of `year`, e.g. `LEAD-2026-000123`. A serial outside
 * 1–999999 is a bug (or a year with a million leads) and throws.
 */
export function formatLeadNo(year: number, serial: number): string {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) {
    throw new RangeError(`lead number year must have 4 digits, got ${year}`);
  }
  if (!Number.isInteger(serial) || serial < 1 || serial > MAX_LEAD_SERIAL) {
    throw new RangeError(`lead serial must be 1–${MAX_LEAD_SERIAL}, got ${serial}`);
  }
  return `LEAD-${year}-${String(serial).padStart(6, '0')}`;
}

/** A phone number as we store it: 10–15 digits, optionally after a leading `+`. */
export const PHONE_PATTERN = /^\+?\d{10,15}$/;

/**
 * A phone number as people type it, reduced to what we store: spaces, dashes, dots and brackets are
 * dropped (`+91 (20) 1234-5678` → `+912012345678`). Whether the result is valid is `isValidPhone`'s call.
 */
export function normalizePhone(raw: string): string {
  return raw.replace(/[\s\-.()]/g, '');
}

/** True for a normalized phone number we accept: 10–15 digits with an optional leading `+`. */
export function isValidPhone(phone: string): boolean {
  return PHONE_PATTERN.test(phone);
}

/** What sales enters to capture a lead, already validated and normalized. */
export interface LeadDetails {
  customerName: string;
  contactEmail: string | null;
  contactPhone: string | null;
  cityId: string;
  /** The branch that takes the lead: it must serve the city. */
  branchId: string;
  productInterest: string | null;
  customerId: string | null;
  salesMode: SalesMode;
  source: LeadSource | null;
  crmOwnerId: string | null;
}

/** Why an OPEN lead may not be edited, or null when it may (only OPEN leads are editable). */
export function leadEditRefusal(lead: Pick<Lead, 'state' | 'leadNo'>): string | null {
  return lead.state === 'OPEN' ? null : `lead ${lead.leadNo} is ${lead.state} and can no longer be edited`;
}

/** A freshly captured lead: it always starts OPEN. */
export function openLead(
  details: LeadDetails,
  identity: { id: string; leadNo: string; createdAt: Date; createdBy: string },
): Lead {
  return { ...identity, ...details, state: 'OPEN', cancelReason: null, cancelledAt: null, cancelledBy: null };
}
