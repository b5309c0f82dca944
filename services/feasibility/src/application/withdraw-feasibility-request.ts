import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { feasibilityRequestWithdrawn } from '@oms/contracts';
import type { Transaction, UnitOfWork } from '@oms/messaging';
import { ok, parseInput, type Result } from '@oms/server';
import { assignedRequestRef, type FeasibilityRequest } from '../domain/feasibility-request';
import { bsoRecipients } from '../domain/known-masters';
import {
  WITHDRAWAL_LIMITS as LIMITS,
  withdrawRequest,
  withdrawalRefusal,
  type Withdrawer,
} from '../domain/withdrawal';
import type { FeasibilityRequestRepository } from '../persistence/feasibility-request.repository';
import type { KnownMastersRepository } from '../persistence/known-masters.repository';
import type { Caller } from './caller';
import { explanationInput, moveStoredRequest, requestIdInput } from './move-stored-request';

/** What withdrawFeasibilityRequest accepts: the request and why (1–500 characters). */
export const withdrawFeasibilityRequestInput = z.object({
  id: requestIdInput,
  reason: explanationInput('reason', LIMITS.reason.max, 'reason is required: say why it is withdrawn'),
});

/**
 * Withdraws a feasibility request before its verdict (e.g. another BSO was chosen, or the lead was
 * dropped): allowed to staff who may raise requests, within the request's branch (FORBIDDEN for partners and
 * anyone else), while it is OPEN or ANSWERED (INVALID_STATE after). The request moves to CANCELLED with a
 * history entry giving the reason, and `feasibility_request.withdrawn` — addressed to the BSO's current
 * To/Cc addresses for the city — is published, in one transaction; a refusal writes nothing.
 */
export class WithdrawFeasibilityRequest {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly requests: FeasibilityRequestRepository,
    private readonly masters: KnownMastersRepository,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async execute(caller: Caller, raw: unknown): Promise<Result<FeasibilityRequest>> {
    const parsed = parseInput(withdrawFeasibilityRequestInput, raw);
    if (!parsed.ok) return parsed;
    const { id, reason } = parsed.value;
    const { principal } = caller;
    return this.uow.run(caller, (tx) =>
      this.withdrawIn(tx, id, reason, (request) => ({
        isPartner: principal.isPartner,
        canWithdraw: principal.can('FEASIBILITY:CREATE'),
        reachesBranch: principal.reaches({ branchId: request.branchId }),
      })),
    );
  }

  /**
   * Withdraws the lead's requests still waiting for a verdict (OPEN or ANSWERED) because orders closed the
   * lead (cancelled it, or converted it into an order on another answer), saying `why`: each moves to
   * CANCELLED and its BSO is told, inside the consuming transaction. Orders authorized whoever closed the
   * lead, so no caller rule applies here; requests past their verdict, already withdrawn, or raised before
   * requests had a BSO are left as they are — a second delivery of the event withdraws nothing.
   */
  async ofClosedLead(tx: Transaction, leadId: string, why: string): Promise<void> {
    const reason = truncate(why, LIMITS.reason.max);
    const system: Withdrawer = { isPartner: false, canWithdraw: true, reachesBranch: true };
    const waiting = (await this.requests.ofLead(tx.em, leadId)).filter(
      (request) => withdrawalRefusal(request, system) === null,
    );
    for (const request of waiting) {
      const withdrawn = await this.withdrawIn(tx, request.id, reason, () => system);
      if (!withdrawn.ok) throw new Error(withdrawn.errors.map((e) => e.message).join('; '));
    }
  }

  /** Withdraws one request inside `tx` when `withdrawer` may, publishing the withdrawal to its BSO. */
  private async withdrawIn(
    tx: Transaction,
    id: string,
    reason: string,
    withdrawer: (request: FeasibilityRequest) => Withdrawer,
  ): Promise<Result<FeasibilityRequest>> {
    const at = this.clock();
    const moved = await moveStoredRequest(tx, this.requests, id, (request) =>
      withdrawRequest(request, withdrawer(request), reason, {
        historyId: randomUUID(),
        at,
        actorId: tx.context.actor.id,
      }),
    );
    if (!moved.ok) return moved;
    const { before: request, after: withdrawn } = moved.value;
    // A withdrawable request has a branch and a BSO (the domain refuses older requests without them).
    const bsoId = request.bsoId!;
    const setting = await this.masters.activeCitySetting(tx.em, bsoId, request.cityId);
    await tx.events.publish(feasibilityRequestWithdrawn, request.id, {
      ...assignedRequestRef(request),
      fromStatus: request.status === 'ANSWERED' ? 'ANSWERED' : 'OPEN',
      reason,
      withdrawnAt: at.toISOString(),
      withdrawnBy: tx.context.actor.id,
      // The BSO's addresses as the copy holds them now (none when it no longer serves the city).
      notify: setting ? bsoRecipients(setting) : [],
    });
    return ok(withdrawn);
  }
}

/** `text` cut to `max` characters, with an ellipsis when cut. */
function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
