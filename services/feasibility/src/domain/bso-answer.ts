import type { FeasibilityRequest, FeasibilityRequestStatusChange } from './feasibility-request';
import { canMove, moveRequest } from './feasibility-request-process';
import { FeasibilityErrorCode, type Refusal } from './feasibility-errors';

/** The currency BSO costs are quoted in (the operator buys last miles in India). */
export const ANSWER_CURRENCY = 'INR';

/** Bounds of a BSO's answer. */
export const BSO_ANSWER_LIMITS = {
  expectedDeliveryDays: { min: 1, max: 365 },
  remarks: { max: 1000 },
  /** Costs are stored as DECIMAL(12,2): at most 10 digits before the point and 2 after. */
  cost: { integerDigits: 10, decimals: 2 },
} as const;

/** What a BSO says about a request: feasible or not and, when feasible, at what cost and how soon. */
export interface BsoAnswerDraft {
  feasible: boolean;
  /** One-time charge, a decimal string with 2 decimals (e.g. "12500.00"); null when not feasible. */
  otcCost: string | null;
  /** Monthly recurring charge, as `otcCost`. */
  mrcCost: string | null;
  /** Days the BSO needs to deliver the link once ordered; null when not feasible. */
  expectedDeliveryDays: number | null;
  remarks: string | null;
}

/** The BSO's recorded answer to one feasibility request (a request has at most one). */
export interface BsoAnswer extends BsoAnswerDraft {
  id: string;
  requestId: string;
  /** The BSO that answered (the one the request is assigned to). */
  bsoId: string;
  currency: string;
  answeredAt: Date;
  /** The partner account that answered. */
  answeredBy: string;
}

/** Who tries to answer: a BSO partner account (with its BSO) or a staff member. */
export interface Responder {
  isPartner: boolean;
  bsoId: string | null;
}

/**
 * A cost as entered ("12500.5", "0", "007.25") in its canonical form with two decimals ("12500.50", "0.00",
 * "7.25"), or null when it is not a non-negative amount with at most 10 digits before the point and 2 after.
 */
export function canonicalCost(raw: string): string | null {
  const { integerDigits, decimals } = BSO_ANSWER_LIMITS.cost;
  const match = new RegExp(`^(\\d+)(?:\\.(\\d{1,${decimals}}))?$`).exec(raw.trim());
  if (!match) return null;
  const integer = match[1].replace(/^0+(?=\d)/, '');
  if (integer.length > integerDigits) return null;
  return `${integer}.${(match[2] ?? '').padEnd(decimals, '0')}`;
}

/**
 * Why `responder` may not answer `request`, or null when it may: only a partner account of the BSO the
 * request is assigned to (FORBIDDEN otherwise; staff never answer for a BSO), and only while the request
 * waits for the answer (INVALID_STATE once it was answered).
 */
export function answerRefusal(request: FeasibilityRequest, responder: Responder): Refusal | null {
  if (!responder.isPartner || !responder.bsoId || responder.bsoId !== request.bsoId) {
    return {
      code: FeasibilityErrorCode.FORBIDDEN,
      message: 'only a partner account of the BSO the request is assigned to can answer it',
    };
  }
  if (!canMove(request.status, 'ANSWERED')) {
    return {
      code: FeasibilityErrorCode.INVALID_STATE,
      message: `feasibility request ${request.requestNo} is ${request.status}: it no longer waits for an answer`,
    };
  }
  return null;
}

/** A one-line account of an answer for the request's history. */
export function answerSummary(draft: BsoAnswerDraft): string {
  if (!draft.feasible) return 'BSO answered: not feasible';
  return (
    `BSO answered: feasible, OTC ${draft.otcCost} ${ANSWER_CURRENCY}, MRC ${draft.mrcCost} ${ANSWER_CURRENCY}, ` +
    `delivery in ${draft.expectedDeliveryDays} days`
  );
}

/** Identity, time and actor of an answer being recorded. */
export interface AnswerFacts {
  answerId: string;
  historyId: string;
  at: Date;
  actorId: string;
}

/**
 * Records the assigned BSO's answer: the request moves OPEN → ANSWERED (with its history entry) and the answer
 * is kept, or the refusal when the responder may not answer or the request no longer waits for one.
 */
export function answerRequest(
  request: FeasibilityRequest,
  responder: Responder,
  draft: BsoAnswerDraft,
  facts: AnswerFacts,
):
  | { ok: true; request: FeasibilityRequest; change: FeasibilityRequestStatusChange; answer: BsoAnswer }
  | { ok: false; refusal: Refusal } {
  const refusal = answerRefusal(request, responder);
  if (refusal) return { ok: false, refusal };
  const moved = moveRequest(request, 'ANSWERED', {
    historyId: facts.historyId,
    at: facts.at,
    actorId: facts.actorId,
    comment: answerSummary(draft),
  });
  if (!moved.ok) return moved;
  return {
    ok: true,
    request: moved.request,
    change: moved.change,
    answer: {
      ...draft,
      id: facts.answerId,
      requestId: request.id,
      bsoId: request.bsoId!,
      currency: ANSWER_CURRENCY,
      answeredAt: facts.at,
      answeredBy: facts.actorId,
    },
  };
}
