/**
 * The reference lists: short coded items other services offer in dropdowns. One mechanism serves every
 * list; `list` says which one an item belongs to, and a few kinds carry one typed attribute.
 */
export const REFERENCE_LIST_KINDS = [
  'TERMINATION_REASON',
  'CANCELLATION_REASON',
  'REJECTION_REASON',
  'OTHER_REQUIREMENT_TYPE',
  'DELIVERY_MODE',
  'PAYMENT_TERM',
  'BILLING_CYCLE',
  'PRICE_COMPONENT',
] as const;

/** Which reference list an item belongs to. */
export type ReferenceListKind = (typeof REFERENCE_LIST_KINDS)[number];

/** How a price component is charged: once (e.g. OTC) or every billing period (e.g. MRC, ARC). */
export const CHARGE_TYPES = ['ONE_TIME', 'RECURRING'] as const;

/** How a price component is charged. */
export type ChargeType = (typeof CHARGE_TYPES)[number];

/** The typed attributes some lists take: payment terms `days`, billing cycles `months`, price components `charge`. */
export interface ReferenceAttributes {
  /** Payment terms only: days until payment is due, 0 (in advance) to 365. */
  days: number | null;
  /** Billing cycles only: months per cycle, 1 to 60. */
  months: number | null;
  /** Price components only: one-time or recurring. */
  charge: ChargeType | null;
}

/** The name of a typed attribute. */
export type ReferenceAttribute = keyof ReferenceAttributes;

/** One item of a reference list. Never deleted: deactivated instead. Its list and code never change. */
export interface ReferenceItem extends ReferenceAttributes {
  id: string;
  list: ReferenceListKind;
  /** Unique within its list, upper case. */
  code: string;
  name: string;
  description: string | null;
  /** Dropdowns show items by sort order (lowest first), then code. */
  sortOrder: number;
  createdAt: Date;
  /** When the item was last edited; null when never. */
  updatedAt: Date | null;
  /** When the item was deactivated; null while active. */
  deactivatedAt: Date | null;
}

/** The attribute each kind takes; kinds not named here take none. */
export const ATTRIBUTE_OF_KIND: Partial<Record<ReferenceListKind, ReferenceAttribute>> = {
  PAYMENT_TERM: 'days',
  BILLING_CYCLE: 'months',
  PRICE_COMPONENT: 'charge',
};

/** The inclusive range of the numeric attributes. */
export const ATTRIBUTE_RANGE = {
  days: { min: 0, max: 365 },
  months: { min: 1, max: 60 },
} as const;

const ATTRIBUTES: readonly ReferenceAttribute[] = ['days', 'months', 'charge'];

/** What is wrong with one attribute of an item. */
export interface AttributeIssue {
  attribute: ReferenceAttribute;
  message: string;
}

/**
 * What is wrong with the typed attributes given for an item of `list`: an attribute its kind does not take,
 * the kind's own attribute missing (when `creating`; an edit may leave it as it is), or a number out of range.
 * Null and undefined both mean "not given". Empty when all is well.
 */
export function referenceAttributeIssues(
  list: ReferenceListKind,
  given: Partial<ReferenceAttributes>,
  creating: boolean,
): AttributeIssue[] {
  const own = ATTRIBUTE_OF_KIND[list];
  const issues: AttributeIssue[] = [];
  for (const attribute of ATTRIBUTES) {
    const value = given[attribute];
    const present = value !== null && value !== undefined;
    if (attribute !== own) {
      if (present) issues.push({ attribute, message: `${attribute} does not apply to ${list} items` });
      continue;
    }
    if (!present) {
      if (creating) issues.push({ attribute, message: `${attribute} is required for ${list} items` });
      continue;
    }
    if (attribute === 'days' || attribute === 'months') {
      const { min, max } = ATTRIBUTE_RANGE[attribute];
      if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
        issues.push({ attribute, message: `${attribute} must be a whole number from ${min} to ${max}` });
      }
    }
  }
  return issues;
}

/**
 * The attributes an item of `list` stores once `given` is applied to `current` (all null for a new item):
 * the kind's own attribute when given, the current one otherwise; the others are always null.
 * Assumes `referenceAttributeIssues` found nothing wrong.
 */
export function applyReferenceAttributes(
  list: ReferenceListKind,
  current: ReferenceAttributes,
  given: Partial<ReferenceAttributes>,
): ReferenceAttributes {
  const own = ATTRIBUTE_OF_KIND[list];
  const pick = <A extends ReferenceAttribute>(attribute: A): ReferenceAttributes[A] | null =>
    attribute === own ? (given[attribute] ?? current[attribute]) : null;
  return { days: pick('days'), months: pick('months'), charge: pick('charge') };
}
