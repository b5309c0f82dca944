import type {
  FeasibilityRequest,
  FeasibilityRequestStatus,
  FeasibilityRequestStatusChange,
  TechnicalVerdict,
} from './feasibility-request';
import { canMove, moveRequest } from './feasibility-request-process';
import { FeasibilityErrorCode, type Refusal } from './feasibility-errors';

/** Why a request in a status other than ANSWERED takes no verdict. */
const WHY_NO_VERDICT: Record<FeasibilityRequestStatus, string> = {
  OPEN: 'its BSO has not answered yet',
  ANSWERED: 'it waits for its verdict',
  FEASIBLE: 'its verdict was given already',
  NOT_FEASIBLE: 'its verdict was given already',
  CANCELLED: 'it was withdrawn',
};

/** Bounds of a technical verdict. */
export const TECHNICAL_VERDICT_LIMITS = {
  /** Short enough that the history entry (a prefix and the remarks) fits its 1000 characters. */
  remarks: { min: 1, max: 500 },
} as const;

/** What the technical team decides on a BSO's answered request. */
export interface TechnicalVerdictDraft {
  verdict: TechnicalVerdict;
  remarks: string;
}

/** Who tries to give a verdict: what the application knows about the caller for this request. */
export interface Decider {
  isPartner: boolean;
  /** Whether the caller holds the `TECHNICAL_FEASIBILITY` right. */
  canDecide: boolean;
  /** Whether the request's branch is within the caller's data scope. */
  reachesBranch: boolean;
}

/**
 * Why `decider` may not give the verdict on `request`, or null when it may: only staff of the request's
 * branch (or with the ALL data scope) holding `TECHNICAL_FEASIBILITY` (FORBIDDEN otherwise; a BSO partner
 * never decides), and only once the BSO has answered and no verdict was given yet (INVALID_STATE).
 */
export function verdictRefusal(request: FeasibilityRequest, decider: Decider): Refusal | null {
  if (decider.isPartner || !decider.canDecide || !decider.reachesBranch) {
    return {
      code: FeasibilityErrorCode.FORBIDDEN,
      message: 'only a technical-feasibility user of the request’s branch can give its verdict',
    };
  }
  if (!canMove(request.status, 'FEASIBLE')) {
    return {
      code: FeasibilityErrorCode.INVALID_STATE,
      message: `feasibility request ${request.requestNo} is ${request.status}: ${WHY_NO_VERDICT[request.status]}`,
    };
  }
  return null;
}

/** A one-line account of a verdict for the request's history. */
export function verdictSummary(draft: TechnicalVerdictDraft): string {
  const label = draft.verdict === 'FEASIBLE' ? 'feasible' : 'not feasible';
  return `Technical verdict: ${label}. ${draft.remarks}`;
}

/** Time and actor of a verdict being recorded. */
export interface VerdictFacts {
  historyId: string;
  at: Date;
  actorId: string;
}

/**
 * Records the technical verdict: the request moves ANSWERED → FEASIBLE or NOT_FEASIBLE with the verdict, its
 * remarks, when and by whom, and a history entry; or the refusal when the caller may not decide or the
 * request does not wait for a verdict.
 */
export function decideRequest(
  request: FeasibilityRequest,
  decider: Decider,
  draft: TechnicalVerdictDraft,
  facts: VerdictFacts,
):
  | { ok: true; request: FeasibilityRequest; change: FeasibilityRequestStatusChange }
  | { ok: false; refusal: Refusal } {
  const refusal = verdictRefusal(request, decider);
  if (refusal) return { ok: false, refusal };
  const moved = moveRequest(request, draft.verdict, { ...facts, comment: verdictSummary(draft) });
  if (!moved.ok) return moved;
  return {
    ok: true,
    request: {
      ...moved.request,
      verdict: draft.verdict,
      verdictRemarks: draft.remarks,
      decidedAt: facts.at,
      decidedBy: facts.actorId,
    },
    change: moved.change,
  };
}
