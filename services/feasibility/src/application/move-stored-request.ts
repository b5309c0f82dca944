import { z } from 'zod';
import type { Transaction } from '@oms/messaging';
import { ErrorCode, fail, ok, userError, type Result } from '@oms/server';
import type { FeasibilityRequest, FeasibilityRequestStatusChange } from '../domain/feasibility-request';
import { FeasibilityErrorCode, type Refusal } from '../domain/feasibility-errors';
import type { FeasibilityRequestRepository } from '../persistence/feasibility-request.repository';

/** The id of a feasibility request in an input (a UUID), in its canonical lower case. */
export const requestIdInput = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.uuid('id must be the id of a feasibility request (a UUID)'));

/** A required text that explains a move (a verdict's remarks, a withdrawal's reason): trimmed, 1–`max`. */
export const explanationInput = (field: string, max: number, whenMissing: string) =>
  z.string().trim().min(1, whenMissing).max(max, `${field} must have at most ${max} characters`);

/** What a domain rule decides about a move: the request moved, with its history entry, or why not. */
export type MoveDecision =
  | { ok: true; request: FeasibilityRequest; change: FeasibilityRequestStatusChange }
  | { ok: false; refusal: Refusal };

/**
 * Moves a stored request inside `tx` as `decide` rules (a verdict, a withdrawal): NOT_FOUND when no request
 * has the id, the rule's refusal, or — when a concurrent move changed the status since it was read — the move
 * refused as INVALID_STATE; each on `["input","id"]`, with nothing written. On success the request before
 * and after the move.
 */
export async function moveStoredRequest(
  tx: Transaction,
  requests: FeasibilityRequestRepository,
  id: string,
  decide: (request: FeasibilityRequest) => MoveDecision,
  changes: (
    moved: FeasibilityRequest,
  ) => Parameters<FeasibilityRequestRepository['recordMove']>[3] = () => ({}),
): Promise<Result<{ before: FeasibilityRequest; after: FeasibilityRequest }>> {
  const refuse = (code: string, message: string) => fail(userError(code, message, ['input', 'id']));
  const before = await requests.byId(tx.em, id);
  if (!before) return refuse(ErrorCode.NOT_FOUND, 'no feasibility request has this id');
  const outcome = decide(before);
  if (!outcome.ok) return refuse(outcome.refusal.code, outcome.refusal.message);
  if (!(await requests.recordMove(tx.em, outcome.request, outcome.change, changes(outcome.request))))
    return refuse(
      FeasibilityErrorCode.INVALID_STATE,
      `feasibility request ${before.requestNo} changed meanwhile: it is no longer ${before.status}`,
    );
  return ok({ before, after: outcome.request });
}
