import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { feasibilityRequestConcluded } from '@oms/contracts';
import type { UnitOfWork } from '@oms/messaging';
import { ok, parseInput, type Result } from '@oms/server';
import { ANSWER_CURRENCY } from '../domain/bso-answer';
import {
  TECHNICAL_VERDICTS,
  assignedRequestRef,
  type FeasibilityRequest,
} from '../domain/feasibility-request';
import { TECHNICAL_VERDICT_LIMITS as LIMITS, decideRequest } from '../domain/technical-verdict';
import type { FeasibilityRequestRepository } from '../persistence/feasibility-request.repository';
import type { RequesterDirectory } from '../persistence/requester-directory';
import type { Caller } from './caller';
import { explanationInput, moveStoredRequest, requestIdInput } from './move-stored-request';

/** What recordTechnicalFeasibility accepts: the request, the verdict, and why (1–500 characters). */
export const recordTechnicalFeasibilityInput = z.object({
  id: requestIdInput,
  verdict: z.enum(TECHNICAL_VERDICTS, { message: 'verdict must be FEASIBLE or NOT_FEASIBLE' }),
  remarks: explanationInput('remarks', LIMITS.remarks.max, 'remarks are required: say why'),
});

/**
 * Records the technical team's verdict on one BSO's answered request: allowed only to staff holding
 * `TECHNICAL_FEASIBILITY` within the request's branch (FORBIDDEN for partners and anyone else), and only once
 * the BSO answered and before any verdict (INVALID_STATE). The request moves ANSWERED → FEASIBLE or
 * NOT_FEASIBLE with a history entry, and `feasibility_request.concluded` — with the BSO's costs and the
 * requester as the mail recipient, when this service knows the address — is published, in one transaction;
 * a refusal writes nothing.
 */
export class RecordTechnicalFeasibility {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly requests: FeasibilityRequestRepository,
    private readonly requesters: RequesterDirectory,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async execute(caller: Caller, raw: unknown): Promise<Result<FeasibilityRequest>> {
    const parsed = parseInput(recordTechnicalFeasibilityInput, raw);
    if (!parsed.ok) return parsed;
    const { id, ...draft } = parsed.value;
    const { principal } = caller;

    return this.uow.run(caller, async (tx) => {
      const at = this.clock();
      const moved = await moveStoredRequest(
        tx,
        this.requests,
        id,
        (request) =>
          decideRequest(
            request,
            {
              isPartner: principal.isPartner,
              canDecide: principal.can('TECHNICAL_FEASIBILITY'),
              reachesBranch: principal.reaches({ branchId: request.branchId }),
            },
            draft,
            { historyId: randomUUID(), at, actorId: caller.actor.id },
          ),
        ({ verdict, verdictRemarks, decidedAt, decidedBy }) => ({
          verdict,
          verdictRemarks,
          decidedAt,
          decidedBy,
        }),
      );
      if (!moved.ok) return moved;
      const { before: request, after: decided } = moved.value;
      const [answer] = await this.requests.answersOf(tx.em, [request.id]);
      await tx.events.publish(feasibilityRequestConcluded, request.id, {
        ...assignedRequestRef(request),
        verdict: draft.verdict,
        otcCost: answer?.otcCost ?? null,
        mrcCost: answer?.mrcCost ?? null,
        currency: answer?.currency ?? ANSWER_CURRENCY,
        expectedDeliveryDays: answer?.expectedDeliveryDays ?? null,
        remarks: decided.verdictRemarks,
        decidedAt: at.toISOString(),
        decidedBy: caller.actor.id,
        notify: await this.requesters.recipientOf(tx.em, request.createdBy),
      });
      return ok(decided);
    });
  }
}
