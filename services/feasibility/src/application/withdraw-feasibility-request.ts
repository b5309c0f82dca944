import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { feasibilityRequestWithdrawn } from '@oms/contracts';
import type { UnitOfWork } from '@oms/messaging';
import { ok, parseInput, type Result } from '@oms/server';
import type { FeasibilityRequest } from '../domain/feasibility-request';
import { bsoRecipients } from '../domain/known-masters';
import { WITHDRAWAL_LIMITS as LIMITS, withdrawRequest } from '../domain/withdrawal';
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

    return this.uow.run(caller, async (tx) => {
      const at = this.clock();
      const moved = await moveStoredRequest(tx, this.requests, id, (request) =>
        withdrawRequest(
          request,
          {
            isPartner: principal.isPartner,
            canWithdraw: principal.can('FEASIBILITY:CREATE'),
            reachesBranch: principal.reaches({ branchId: request.branchId }),
          },
          reason,
          { historyId: randomUUID(), at, actorId: caller.actor.id },
        ),
      );
      if (!moved.ok) return moved;
      const { before: request, after: withdrawn } = moved.value;
      // A withdrawable request has a branch and a BSO (the domain refuses older requests without them).
      const bsoId = request.bsoId!;
      const setting = await this.masters.activeCitySetting(tx.em, bsoId, request.cityId);
      await tx.events.publish(feasibilityRequestWithdrawn, request.id, {
        requestId: request.id,
        requestNo: request.requestNo,
        leadId: request.leadId,
        cityId: request.cityId,
        branchId: request.branchId!,
        bsoId,
        fromStatus: request.status === 'ANSWERED' ? 'ANSWERED' : 'OPEN',
        reason,
        withdrawnAt: at.toISOString(),
        withdrawnBy: caller.actor.id,
        // The BSO's addresses as the copy holds them now (none when it no longer serves the city).
        notify: setting ? bsoRecipients(setting) : [],
      });
      return ok(withdrawn);
    });
  }
}
