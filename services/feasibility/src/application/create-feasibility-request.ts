import { z } from 'zod';
import type { EntityManager } from 'typeorm';
import type { UnitOfWork } from '@oms/messaging';
import { answerRepeat, fail, ok, parseInput, type Result } from '@oms/server';
import {
  asksForSame,
  type FeasibilityRequest,
  type FeasibilityRequestDraft,
} from '../domain/feasibility-request';
import type { FeasibilityRequestRepository } from '../persistence/feasibility-request.repository';
import type { KnownMastersRepository } from '../persistence/known-masters.repository';
import type { Caller } from './caller';
import { askInput, foreignId } from './ask-input';
import { ReferenceChecks, branchForbidden, openRequests, type Assignment } from './open-requests';

/**
 * What createFeasibilityRequest accepts. Lead and city ids are checked for their format (UUIDs, as orders
 * and masters issue them); the branch and the BSO are also checked against feasibility's copies of masters
 * data (see `CreateFeasibilityRequest`).
 */
export const createFeasibilityRequestInput = z.object({
  clientMutationId: askInput.clientMutationId,
  leadId: askInput.leadId,
  cityId: askInput.cityId,
  branchId: askInput.branchId,
  bsoId: foreignId('bsoId', 'BSO'),
  bandwidthMbps: askInput.bandwidthMbps,
  address: askInput.address,
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
    masters: KnownMastersRepository,
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.checks = new ReferenceChecks(masters);
  }

  private readonly checks: ReferenceChecks;

  async execute(caller: Caller, raw: unknown): Promise<Result<FeasibilityRequest>> {
    const parsed = parseInput(createFeasibilityRequestInput, raw);
    if (!parsed.ok) return parsed;
    const { clientMutationId, ...draft } = parsed.value;
    const key = clientMutationId ?? null;
    // Partners reach no branch; staff reach theirs (or all with the ALL data scope).
    const forbidden = branchForbidden(caller, draft.branchId);
    if (forbidden) return fail(forbidden);
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
    const errors = await this.checks.branch(em, draft.branchId);
    const assignment = await this.checks.assignment(em, draft.bsoId, draft.cityId, ['input', 'bsoId']);
    if (!assignment.ok) errors.push(assignment.error);
    return errors.length > 0 || !assignment.ok ? fail(...errors) : ok(assignment.value);
  }
}
