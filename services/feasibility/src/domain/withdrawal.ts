import type { FeasibilityRequest, FeasibilityRequestStatusChange } from './feasibility-request';
import { canMove, moveRequest } from './feasibility-request-process';
import { FeasibilityErrorCode, type Refusal } from './feasibility-errors';

/** Bounds of a withdrawal. */
export const WITHDRAWAL_LIMITS = {
  /** Short enough that the history entry (a prefix and the reason) fits its 1000 characters. */
  reason: { min: 1, max: 500 },
} as const;

/** Who tries to withdraw a request: what the application knows about the caller for this request. */
export interface Withdrawer {
  isPartner: boolean;
  /** Whether the caller may raise requests (`FEASIBILITY:CREATE`), and so withdraw them. */
  canWithdraw: boolean;
  /** Whether the request's branch is within the caller's data scope. */
  reachesBranch: boolean;
}

/**
 * Why `withdrawer` may not withdraw `request`, or null when it may: only staff of the request's branch (or
 * with the ALL data scope) who may raise requests (FORBIDDEN otherwise; a BSO partner never withdraws), and
 * only before the verdict (INVALID_STATE once it is FEASIBLE, NOT_FEASIBLE or already CANCELLED, and for
 * requests raised before requests had a branch and a BSO, whose withdrawal nobody would need to hear of).
 */
export function withdrawalRefusal(request: FeasibilityRequest, withdrawer: Withdrawer): Refusal | null {
  if (withdrawer.isPartner || !withdrawer.canWithdraw || !withdrawer.reachesBranch) {
    return {
      code: FeasibilityErrorCode.FORBIDDEN,
      message: 'only a requester of the request’s branch can withdraw it',
    };
  }
  if (!request.branchId || !request.bsoId) {
    return {
      code: FeasibilityErrorCode.INVALID_STATE,
      message: `feasibility request ${request.requestNo} was raised before requests had a branch and a BSO: it cannot be withdrawn`,
    };
  }
  if (!canMove(request.status, 'CANCELLED')) {
    return {
      code: FeasibilityErrorCode.INVALID_STATE,
      message: `feasibility request ${request.requestNo} is ${request.status}: it can no longer be withdrawn`,
    };
  }
  return null;
}

/** Time and actor of a withdrawal being recorded. */
export interface WithdrawalFacts {
  historyId: string;
  at: Date;
  actorId: string;
}

/**
 * Withdraws a request: it moves OPEN or ANSWERED → CANCELLED with a history entry giving the reason, or the
 * refusal when the caller may not withdraw it or it is past its verdict.
 */
export function withdrawRequest(
  request: FeasibilityRequest,
  withdrawer: Withdrawer,
  reason: string,
  facts: WithdrawalFacts,
):
  | { ok: true; request: FeasibilityRequest; change: FeasibilityRequestStatusChange }
  | { ok: false; refusal: Refusal } {
  const refusal = withdrawalRefusal(request, withdrawer);
  if (refusal) return { ok: false, refusal };
  return moveRequest(request, 'CANCELLED', { ...facts, comment: `Withdrawn: ${reason}` });
}
