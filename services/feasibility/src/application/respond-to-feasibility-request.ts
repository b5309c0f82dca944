import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { feasibilityRequestAnswered, uniqueRecipients } from '@oms/contracts';
import type { UnitOfWork } from '@oms/messaging';
import { ErrorCode, fail, ok, parseInput, userError, type Result } from '@oms/server';
import {
  BSO_ANSWER_LIMITS as LIMITS,
  answerRequest,
  canonicalCost,
  type BsoAnswerDraft,
} from '../domain/bso-answer';
import { assignedRequestRef, type FeasibilityRequest } from '../domain/feasibility-request';
import type { FeasibilityRequestRepository } from '../persistence/feasibility-request.repository';
import type { KnownMastersRepository } from '../persistence/known-masters.repository';
import type { RequesterDirectory } from '../persistence/requester-directory';
import type { Caller } from './caller';
import { requestIdInput } from './move-stored-request';

/**
 * A cost: a decimal string ≥ 0 with at most 2 decimals (made canonical, "12500.50", by the use case). A
 * refinement rather than a transform, so that the rules across fields still run and every problem of an
 * answer is reported at once.
 */
const cost = (field: string) =>
  z
    .string()
    .refine(
      (raw) => canonicalCost(raw) !== null,
      `${field} must be an amount ≥ 0 with at most ${LIMITS.cost.integerDigits} digits before the point and ${LIMITS.cost.decimals} after`,
    );

/** The canonical form of a cost the schema accepted (or null when none was given). */
const canonical = (raw: string | null | undefined): string | null =>
  raw === null || raw === undefined ? null : canonicalCost(raw);

const { min: minDays, max: maxDays } = LIMITS.expectedDeliveryDays;

/** The parts of an answer that only a feasible answer has, and must have. */
const FEASIBLE_ONLY = ['otcCost', 'mrcCost', 'expectedDeliveryDays'] as const;

/**
 * What respondToFeasibilityRequest accepts: a feasible answer needs both costs and the delivery days; an
 * answer that it is not feasible has none of them (it may explain why in `remarks`).
 */
export const respondToFeasibilityRequestInput = z
  .object({
    id: requestIdInput,
    feasible: z.boolean(),
    otcCost: cost('otcCost').nullish(),
    mrcCost: cost('mrcCost').nullish(),
    expectedDeliveryDays: z
      .number()
      .int('expectedDeliveryDays must be a whole number of days')
      .min(minDays, `expectedDeliveryDays must be ${minDays}–${maxDays}`)
      .max(maxDays, `expectedDeliveryDays must be ${minDays}–${maxDays}`)
      .nullish(),
    remarks: z
      .string()
      .trim()
      .max(LIMITS.remarks.max, `remarks must have at most ${LIMITS.remarks.max} characters`)
      .nullish(),
  })
  .superRefine((input, ctx) => {
    for (const field of FEASIBLE_ONLY) {
      const given = input[field] !== null && input[field] !== undefined;
      if (input.feasible && !given)
        ctx.addIssue({ code: 'custom', path: [field], message: `${field} is required when it is feasible` });
      if (!input.feasible && given)
        ctx.addIssue({
          code: 'custom',
          path: [field],
          message: `${field} is only given when it is feasible`,
        });
    }
  });

/**
 * Records the answer of the BSO a feasibility request is assigned to: allowed only to a partner account of
 * that BSO (FORBIDDEN for anyone else, staff included) and only while the request waits for it (INVALID_STATE
 * after the first answer). The request moves OPEN → ANSWERED with a history entry, the answer is stored, and
 * `feasibility_request.answered` is published — addressed to the requester and the technical team of the
 * request's branch, who record the verdict next — in one transaction; a refusal writes nothing.
 */
export class RespondToFeasibilityRequest {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly requests: FeasibilityRequestRepository,
    private readonly masters: KnownMastersRepository,
    private readonly people: RequesterDirectory,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async execute(caller: Caller, raw: unknown): Promise<Result<FeasibilityRequest>> {
    const parsed = parseInput(respondToFeasibilityRequestInput, raw);
    if (!parsed.ok) return parsed;
    const { id, ...input } = parsed.value;
    const draft: BsoAnswerDraft = {
      feasible: input.feasible,
      otcCost: canonical(input.otcCost),
      mrcCost: canonical(input.mrcCost),
      expectedDeliveryDays: input.expectedDeliveryDays ?? null,
      remarks: input.remarks ? input.remarks : null,
    };
    // Two answers racing: the loser fails on the answer's unique request id, is rerun, and finds ANSWERED.
    return this.uow.run(caller, async (tx) => {
      const request = await this.requests.byId(tx.em, id);
      if (!request)
        return fail(userError(ErrorCode.NOT_FOUND, 'no feasibility request has this id', ['input', 'id']));
      const at = this.clock();
      const outcome = answerRequest(
        request,
        { isPartner: caller.principal.isPartner, bsoId: caller.principal.bsoId },
        draft,
        { answerId: randomUUID(), historyId: randomUUID(), at, actorId: caller.actor.id },
      );
      if (!outcome.ok) return fail(userError(outcome.refusal.code, outcome.refusal.message, ['input', 'id']));
      const { answer } = outcome;
      await this.requests.recordAnswer(tx.em, outcome.request, outcome.change, answer);
      const bso = await this.masters.bso(tx.em, answer.bsoId);
      // An answerable request has a branch (the domain refuses older requests without one).
      const branchId = request.branchId!;
      await tx.events.publish(feasibilityRequestAnswered, request.id, {
        ...assignedRequestRef(request),
        feasible: answer.feasible,
        otcCost: answer.otcCost,
        mrcCost: answer.mrcCost,
        currency: answer.currency,
        expectedDeliveryDays: answer.expectedDeliveryDays,
        remarks: answer.remarks,
        answeredAt: answer.answeredAt.toISOString(),
        answeredBy: answer.answeredBy,
        bsoCode: bso?.code,
        bsoName: bso?.name,
        notify: uniqueRecipients([
          ...(await this.people.recipientOf(tx.em, request.createdBy)),
          ...(await this.people.technicalTeamOf(tx.em, branchId)),
        ]),
      });
      return ok(outcome.request);
    });
  }
}
