import type {
  FeasibilityRequest,
  FeasibilityRequestStatus,
  FeasibilityRequestStatusChange,
} from './feasibility-request';
import { FeasibilityErrorCode, type Refusal } from './feasibility-errors';

/**
 * The lifecycle of a feasibility request, in one table: the statuses each status may move to. A request is
 * opened OPEN (waiting for its BSO's answer); the BSO's answer moves it to ANSWERED, where it waits for the
 * technical verdict, which moves it to FEASIBLE or NOT_FEASIBLE (final: a verdict is given once). Until the
 * verdict the requester may withdraw it (CANCELLED, final), e.g. when another BSO was chosen.
 */
export const FEASIBILITY_REQUEST_PROCESS: Readonly<
  Record<FeasibilityRequestStatus, { readonly to: readonly FeasibilityRequestStatus[] }>
> = {
  OPEN: { to: ['ANSWERED', 'CANCELLED'] },
  ANSWERED: { to: ['FEASIBLE', 'NOT_FEASIBLE', 'CANCELLED'] },
  FEASIBLE: { to: [] },
  NOT_FEASIBLE: { to: [] },
  CANCELLED: { to: [] },
};

/** Whether the lifecycle allows a request in `from` to move to `to`. */
export function canMove(from: FeasibilityRequestStatus, to: FeasibilityRequestStatus): boolean {
  return FEASIBILITY_REQUEST_PROCESS[from].to.includes(to);
}

/** Who moves a request, when, and why (the history entry's facts). */
export interface MoveFacts {
  historyId: string;
  at: Date;
  actorId: string;
  comment: string | null;
}

/**
 * Moves a request to `to`: the request in its new status and the history entry that records the move, or
 * INVALID_STATE when the lifecycle does not allow it. The only way a request's status changes.
 */
export function moveRequest(
  request: FeasibilityRequest,
  to: FeasibilityRequestStatus,
  facts: MoveFacts,
):
  | { ok: true; request: FeasibilityRequest; change: FeasibilityRequestStatusChange }
  | { ok: false; refusal: Refusal } {
  if (!canMove(request.status, to)) {
    return {
      ok: false,
      refusal: {
        code: FeasibilityErrorCode.INVALID_STATE,
        message: `feasibility request ${request.requestNo} is ${request.status} and cannot become ${to}`,
      },
    };
  }
  return {
    ok: true,
    request: { ...request, status: to },
    change: {
      id: facts.historyId,
      requestId: request.id,
      fromStatus: request.status,
      toStatus: to,
      changedAt: facts.at,
      changedBy: facts.actorId,
      comment: facts.comment,
    },
  };
}
