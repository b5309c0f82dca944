import type { FeasibilityRequest } from './feasibility-request';
import { answerRefusal, type Responder } from './bso-answer';
import { verdictRefusal, type Decider } from './technical-verdict';
import { withdrawalRefusal } from './withdrawal';

/** What the current caller can do next with a request, for frontends (`nextActions`). */
export const FEASIBILITY_REQUEST_ACTIONS = ['RESPOND', 'RECORD_VERDICT', 'WITHDRAW'] as const;
export type FeasibilityRequestAction = (typeof FEASIBILITY_REQUEST_ACTIONS)[number];

/** What the actions depend on about the caller. */
export interface ActingCaller extends Responder, Decider {
  /** Whether the caller holds the `FEASIBILITY_RESPOND` right. */
  canRespond: boolean;
  /** Whether the caller may raise (and so withdraw) requests: `FEASIBILITY:CREATE`. */
  canWithdraw: boolean;
}

/**
 * The actions open to `caller` on `request`: RESPOND for the assigned BSO's partner while it waits for the
 * answer, RECORD_VERDICT for a technical-feasibility user of its branch once the BSO answered, WITHDRAW for a
 * requester of its branch until the verdict.
 */
export function nextActionsFor(
  request: FeasibilityRequest,
  caller: ActingCaller,
): FeasibilityRequestAction[] {
  const actions: FeasibilityRequestAction[] = [];
  if (caller.canRespond && answerRefusal(request, caller) === null) actions.push('RESPOND');
  if (verdictRefusal(request, caller) === null) actions.push('RECORD_VERDICT');
  if (withdrawalRefusal(request, caller) === null) actions.push('WITHDRAW');
  return actions;
}
