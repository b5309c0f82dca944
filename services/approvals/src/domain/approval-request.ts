import type { ApprovalLevel, ApprovalRequestStatus } from './doa';

/** An approval request: one per order and approval round, walking the levels of the rule it was routed by. */
export interface ApprovalRequest {
  id: string;
  orderId: string;
  orderNo: string;
  round: number;
  orderType: string;
  productCategoryId: string;
  productId: string;
  customerName: string;
  branchId: string;
  zoneId: string;
  cityId: string;
  /** The amount the limits are weighed against: the order's ARC. */
  amount: string;
  discountPercent: string;
  currency: string;
  matrixId: string;
  matrixVersion: number;
  ruleId: string;
  /** The rule's levels when the request opened (the request keeps them whatever the matrix does later). */
  levels: ApprovalLevel[];
  status: ApprovalRequestStatus;
  /** The open level; the deciding level once decided. */
  currentLevel: number;
  levelOpenedAt: Date;
  /** When the open level's TAT runs out. */
  levelDueAt: Date;
  /** Set when the open level ran out of TAT: the next level's role may act too. */
  escalatedAt: Date | null;
  submittedBy: string;
  createdAt: Date;
  decidedAt: Date | null;
}

/** One decision on a request: who decided what at which level, on whose behalf, and why. */
export interface ApprovalDecision {
  id: string;
  requestId: string;
  level: number;
  role: string;
  decision: 'APPROVED' | 'REJECTED';
  comment: string | null;
  reasonCode: string | null;
  decidedBy: string;
  /** The approver the decider acted for (themself unless a delegate acted). */
  onBehalfOf: string;
  decidedAt: Date;
}

/** The level open on a request. */
export function openLevel(request: Pick<ApprovalRequest, 'levels' | 'currentLevel'>): ApprovalLevel {
  return request.levels.find((l) => l.level === request.currentLevel)!;
}

/** The roles that may act on the open level: its own, and once escalated also the next level's. */
export function actingRoles(
  request: Pick<ApprovalRequest, 'levels' | 'currentLevel' | 'escalatedAt'>,
): string[] {
  const roles = [openLevel(request).role];
  const next = request.levels.find((l) => l.level === request.currentLevel + 1);
  if (request.escalatedAt && next) roles.push(next.role);
  return roles;
}

/** A level's due time: opened plus its TAT. */
export function dueAt(openedAt: Date, level: ApprovalLevel): Date {
  return new Date(openedAt.getTime() + level.tatHours * 3_600_000);
}
