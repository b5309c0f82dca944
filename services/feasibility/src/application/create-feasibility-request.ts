import { z } from 'zod';
import type { EntityManager } from 'typeorm';
import type { UnitOfWork } from '@oms/messaging';
import { answerRepeat, fail, ok, parseInput, userError, type Result, type UserError } from '@oms/server';
import {
  FEASIBILITY_REQUEST_LIMITS as LIMITS,
  asksForSame,
  type FeasibilityRequest,
  type FeasibilityRequestDraft,
} from '../domain/feasibility-request';
import { FeasibilityErrorCode } from '../domain/feasibility-errors';
import { branchRefusal, bsoAssignmentRefusal } from '../domain/known-masters';
import type { FeasibilityRequestRepository } from '../persistence/feasibility-request.repository';
import type { KnownMastersRepository } from '../persistence/known-masters.repository';
import type { Caller } from './caller';
import { openRequests, type Assignment } from './open-requests';

/** An id issued by another service (a UUID), stored in its canonical lower case. */
const foreignId = (what: string) =>
  z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.uuid(`${what}Id must be the id of a ${what} (a UUID)`));

/**
 * What createFeasibilityRequest accepts. Lead and city ids are checked for their format (UUIDs, as orders
 * and masters issue them); the branch and the BSO are also checked against feasibility's copies of masters
 * data (see `CreateFeasibilityRequest`).
 */
export const createFeasibilityRequestInput = z.object({
  clientMutationId: z
    .string()
    .trim()
    .min(1, 'clientMutationId must have 1–100 characters')
    .max(100, 'clientMutationId must have 1–100 characters')
    .nullish(),
  leadId: foreignId('lead'),
  cityId: foreignId('city'),
  branchId: foreignId('branch'),
  bsoId: z.string().trim().toLowerCase().pipe(z.uuid('bsoId must be the id of a BSO (a UUID)')),
  bandwidthMbps: z
    .number()
    .int('bandwidthMbps must be a whole number of Mbps')
    .min(LIMITS.bandwidthMbps.min, `bandwidthMbps must be at least ${LIMITS.bandwidthMbps.min}`)
    .max(LIMITS.bandwidthMbps.max, `bandwidthMbps must be at most ${LIMITS.bandwidthMbps.max}`),
  address: z
    .string()
    .trim()
    .min(LIMITS.address.min, `address must have at least ${LIMITS.address.min} characters`)
    .max(LIMITS.address.max, `address must have at most ${LIMITS.address.max} characters`),
});

/**
 * Raises a feasibility request for a lead, on behalf of a branch the caller reaches, assigned to a BSO that
 * serves the city: numbers it `FR-<year>-<6 digits>` from the year's counter, records it (with its first
 * history entry and the answer-by time from the BSO's TAT for the city) and publishes
 * `feasibility.requested`, all in one transaction. A resubmission under the same idempotency key returns the
 * first request and writes nothing. A refusal writes nothing.
 */
export class CreateFeasibilityRequest {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly requests: FeasibilityRequestRepository,
    private readonly masters: KnownMastersRepository,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async execute(caller: Caller, raw: unknown): Promise<Result<FeasibilityRequest>> {
    const parsed = parseInput(createFeasibilityRequestInput, raw);
    if (!parsed.ok) return parsed;
    const { clientMutationId, ...draft } = parsed.value;
    const key = clientMutationId ?? null;
    // Partners reach no branch; staff reach theirs (or all with the ALL data scope).
    if (!caller.principal.reaches({ branchId: draft.branchId })) {
      return fail(
        userError(FeasibilityErrorCode.FORBIDDEN, 'you may not raise feasibility requests for this branch', [
          'input',
          'branchId',
        ]),
      );
    }
    // A concurrent first request of the year, or a concurrent resubmission of the same key, makes one of
    // two transactions fail on a unique key; the unit of work runs it again, and the rerun finds the
    // winner's row.
    return this.uow.run(caller, async (tx) => {
      if (key) {
        const repeat = answerRepeat(
          await this.requests.byClientMutationId(tx.em, caller.actor.id, key),
          (earlier) => asksForSame(earlier, draft),
          (earlier) =>
            `clientMutationId ${key} was already used for feasibility request ${earlier.requestNo} with a different input`,
        );
        if (repeat) return repeat;
      }
      const checked = await this.checkReferences(tx.em, draft);
      if (!checked.ok) return checked;
      const { bsoId: _, ...ask } = draft;
      const [request] = await openRequests(tx, this.requests, caller, ask, [checked.value], {
        at: this.clock(),
        clientMutationId: key,
      });
      return ok(request);
    });
  }

  /**
   * Checks the branch (known and active) and the BSO (known, active, and set up for the request's city)
   * against the local copies; every problem is reported, each on its field. On success, the BSO's setting
   * for the city, whose TAT sets the answer-by time and whose addresses get the mail.
   */
  private async checkReferences(
    em: EntityManager,
    draft: FeasibilityRequestDraft,
  ): Promise<Result<Assignment>> {
    const errors: UserError[] = [];
    const branch = branchRefusal(await this.masters.branch(em, draft.branchId));
    if (branch) errors.push(userError(branch.code, branch.message, ['input', 'branchId']));
    const setting = await this.masters.activeCitySetting(em, draft.bsoId, draft.cityId);
    const bso = await this.masters.bso(em, draft.bsoId);
    const refusal = bsoAssignmentRefusal(bso, setting);
    if (refusal) errors.push(userError(refusal.code, refusal.message, ['input', 'bsoId']));
    return errors.length > 0 || !setting || !bso ? fail(...errors) : ok({ bso, setting });
  }
}
