/**
 * The DOA (delegation of authority) rules: which rule of the active matrices applies to an order, and how an
 * approval walks the rule's levels. Amounts are decimal strings with two decimals, compared exactly in paise.
 */

/** A money amount in hundredths (paise), exact. */
export function cents(amount: string): bigint {
  const [whole, fraction = ''] = amount.split('.');
  return BigInt(whole) * 100n + BigInt((fraction + '00').slice(0, 2));
}

/** One level of a rule: the role (masters group code) that approves up to `limit`, within `tatHours`. */
export interface ApprovalLevel {
  level: number;
  role: string;
  limit: string;
  tatHours: number;
}

/** What a rule matches on; a null condition matches anything. */
export interface RuleConditions {
  orderType: string;
  productCategoryId: string | null;
  productId: string | null;
  branchId: string | null;
  zoneId: string | null;
  arcMin: string | null;
  arcMax: string | null;
  discountMin: string | null;
  discountMax: string | null;
}

/** A rule of a matrix version: conditions, priority (lower first) and ordered levels. */
export interface ApprovalRule extends RuleConditions {
  id: string;
  matrixId: string;
  priority: number;
  levels: ApprovalLevel[];
}

/** What an order brings to the matrix (orders' `order.submitted`). */
export interface Submission {
  orderType: string;
  productCategoryId: string;
  productId: string;
  branchId: string;
  zoneId: string;
  arc: string;
  discountPercent: string;
}

const within = (value: string, min: string | null, max: string | null) =>
  (min === null || cents(value) >= cents(min)) && (max === null || cents(value) <= cents(max));

/** Whether a rule applies to a submission. */
export function ruleMatches(rule: RuleConditions, s: Submission): boolean {
  return (
    rule.orderType === s.orderType &&
    (rule.productCategoryId === null || rule.productCategoryId === s.productCategoryId) &&
    (rule.productId === null || rule.productId === s.productId) &&
    (rule.branchId === null || rule.branchId === s.branchId) &&
    (rule.zoneId === null || rule.zoneId === s.zoneId) &&
    within(s.arc, rule.arcMin, rule.arcMax) &&
    within(s.discountPercent, rule.discountMin, rule.discountMax)
  );
}

/** The rule that routes a submission: the matching rule of lowest priority (then lowest id, for stability). */
export function pickRule<R extends ApprovalRule>(rules: readonly R[], s: Submission): R | null {
  const matching = rules.filter((r) => ruleMatches(r, s));
  matching.sort((a, b) => a.priority - b.priority || (a.id < b.id ? -1 : 1));
  return matching[0] ?? null;
}

/** Why a rule's levels are not acceptable, or null: numbered 1..n, limits strictly increasing, TAT 1–720 h. */
export function levelsProblem(levels: readonly Omit<ApprovalLevel, 'level'>[]): string | null {
  if (levels.length === 0) return 'a rule needs at least one level';
  if (levels.length > 10) return 'a rule has at most 10 levels';
  for (let i = 1; i < levels.length; i++) {
    if (cents(levels[i].limit) <= cents(levels[i - 1].limit))
      return `level ${i + 1}'s limit must be above level ${i}'s`;
  }
  return null;
}

/** Where an approval request stands. */
/**
 * Where an approval request stands: UNROUTED (no rule of the active matrices matched; it waits for a published
 * matrix that routes it), PENDING (a level is open), APPROVED, REJECTED.
 */
export const APPROVAL_REQUEST_STATUSES = ['UNROUTED', 'PENDING', 'APPROVED', 'REJECTED'] as const;
export type ApprovalRequestStatus = (typeof APPROVAL_REQUEST_STATUSES)[number];

/** The outcome of an approval at the open level. */
export type ApprovalStep =
  | { kind: 'APPROVED' }
  /** The level's limit does not cover the amount: the next level opens. */
  | { kind: 'NEXT_LEVEL'; level: ApprovalLevel };

/**
 * What an approval at `current` leads to: the request is approved when the level's limit covers the amount,
 * or when it is the rule's last level (the highest authority the matrix names decides); otherwise the next
 * level opens.
 */
export function afterApproval(
  levels: readonly ApprovalLevel[],
  current: number,
  amount: string,
): ApprovalStep {
  const level = levels.find((l) => l.level === current);
  if (!level) throw new Error(`no level ${current}`);
  const next = levels.find((l) => l.level === current + 1);
  if (cents(level.limit) >= cents(amount) || !next) return { kind: 'APPROVED' };
  return { kind: 'NEXT_LEVEL', level: next };
}

/** A substitute who may act for an approver over a period. */
export interface Delegation {
  id: string;
  approverId: string;
  delegateId: string;
  /** The roles the approver held when delegating: the delegate acts in these only. */
  roles: string[];
  from: Date;
  to: Date;
  createdAt: Date;
}

/** Whether a delegation lets its delegate act at `at`. */
export function delegationActive(d: Pick<Delegation, 'from' | 'to'>, at: Date): boolean {
  return d.from.getTime() <= at.getTime() && at.getTime() < d.to.getTime();
}

/**
 * Who may act on the open level: a holder of the level's role (or, after the level escalated, of the next
 * level's role), or the delegate of such a holder over an active period — acting on the holder's behalf.
 * Returns on whose behalf they act (their own id when acting in their own right), or null when they may not.
 */
export function actingFor(
  caller: { id: string; roles: readonly string[] },
  roles: readonly string[],
  delegations: readonly Delegation[],
  at: Date,
): string | null {
  if (caller.roles.some((r) => roles.includes(r))) return caller.id;
  const delegation = delegations.find(
    (d) => d.delegateId === caller.id && delegationActive(d, at) && d.roles.some((r) => roles.includes(r)),
  );
  return delegation?.approverId ?? null;
}
