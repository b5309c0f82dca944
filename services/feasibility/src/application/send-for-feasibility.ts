import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { EntityManager } from 'typeorm';
import type { UnitOfWork } from '@oms/messaging';
import { answerRepeat, fail, ok, parseInput, userError, type Result } from '@oms/server';
import {
  FEASIBILITY_BATCH_LIMITS as LIMITS,
  sendsSame,
  type Ask,
  type FeasibilityBatch,
} from '../domain/feasibility-batch';
import type { FeasibilityRequest } from '../domain/feasibility-request';
import { FeasibilityErrorCode } from '../domain/feasibility-errors';
import type { FeasibilityRequestRepository } from '../persistence/feasibility-request.repository';
import type { KnownMastersRepository } from '../persistence/known-masters.repository';
import type { Caller } from './caller';
import { askInput, foreignId } from './ask-input';
import { ReferenceChecks, branchForbidden, openRequests, type Assignment } from './open-requests';

const { min: minBsos, max: maxBsos } = LIMITS.bsoIds;

/**
 * What sendForFeasibility accepts: what createFeasibilityRequest asks, of the picked BSOs (`bsoIds`: 1–20
 * distinct BSO ids) or, without `bsoIds`, of every BSO serving the city.
 */
export const sendForFeasibilityInput = z.object({
  ...askInput,
  bsoIds: z
    .array(foreignId('bsoIds', 'BSO'))
    .min(minBsos, `bsoIds must name ${minBsos}–${maxBsos} BSOs (omit it to ask every BSO serving the city)`)
    .max(maxBsos, `bsoIds must name ${minBsos}–${maxBsos} BSOs`)
    .superRefine((ids, ctx) => {
      ids.forEach((id, i) => {
        if (ids.indexOf(id) < i)
          ctx.addIssue({ code: 'custom', path: [i], message: 'bsoIds names this BSO twice' });
      });
    })
    .nullish(),
});

/** One send for feasibility and its requests, one per BSO, in the order they were raised. */
export interface SentForFeasibility {
  batch: FeasibilityBatch;
  requests: FeasibilityRequest[];
}

/**
 * Sends one feasibility check to several BSOs at once, on behalf of a branch the caller reaches: the BSOs
 * picked (each known, active and serving the city; every problem on its `["input","bsoIds",<i>]`) or every
 * active BSO serving the city. In one transaction it records the send and opens one numbered request per
 * BSO, each publishing its `feasibility.requested` with that BSO's recipients. A refusal writes nothing; a
 * resubmission under the same idempotency key returns the first send's requests and writes nothing.
 */
export class SendForFeasibility {
  private readonly checks: ReferenceChecks;

  constructor(
    private readonly uow: UnitOfWork,
    private readonly requests: FeasibilityRequestRepository,
    private readonly masters: KnownMastersRepository,
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.checks = new ReferenceChecks(masters);
  }

  async execute(caller: Caller, raw: unknown): Promise<Result<SentForFeasibility>> {
    const parsed = parseInput(sendForFeasibilityInput, raw);
    if (!parsed.ok) return parsed;
    const { clientMutationId, bsoIds: picked, ...ask } = parsed.value;
    const key = clientMutationId ?? null;
    const bsoIds = picked ?? null;
    const forbidden = branchForbidden(caller, ask.branchId);
    if (forbidden) return fail(forbidden);

    // A concurrent resubmission of the same key fails on the batch's unique key and is rerun as a repeat.
    return this.uow.run(caller, async (tx) => {
      if (key) {
        const earlier = await this.requests.batchByClientMutationId(tx.em, caller.actor.id, key);
        const repeat = answerRepeat(
          earlier,
          (batch) => sendsSame(batch, ask, bsoIds),
          () => `clientMutationId ${key} was already used for a send for feasibility with a different input`,
        );
        if (repeat && !repeat.ok) return repeat;
        if (earlier) return ok({ batch: earlier, requests: await this.requests.ofBatch(tx.em, earlier.id) });
      }
      const checked = await this.checkReferences(tx.em, ask, bsoIds);
      if (!checked.ok) return checked;
      const at = this.clock();
      const batch: FeasibilityBatch = {
        id: randomUUID(),
        ...ask,
        bsoIds,
        clientMutationId: key,
        createdAt: at,
        createdBy: caller.actor.id,
      };
      await this.requests.insertBatch(tx.em, batch);
      const requests = await openRequests(tx, this.requests, caller, ask, checked.value, {
        at,
        clientMutationId: null,
        batchId: batch.id,
      });
      return ok({ batch, requests });
    });
  }

  /**
   * The branch (known, active) and the BSOs: each picked one known, active and serving the city, or every
   * one serving it (none is an error on the city). Every problem is reported at once.
   */
  private async checkReferences(
    em: EntityManager,
    ask: Ask,
    bsoIds: readonly string[] | null,
  ): Promise<Result<Assignment[]>> {
    const errors = await this.checks.branch(em, ask.branchId);
    const assignments: Assignment[] = [];
    if (bsoIds === null) {
      assignments.push(...(await this.masters.servingCity(em, ask.cityId)));
      if (assignments.length === 0)
        errors.push(
          userError(FeasibilityErrorCode.NO_BSO_SERVES_CITY, 'no active BSO serves this city', [
            'input',
            'cityId',
          ]),
        );
    } else {
      for (const [i, bsoId] of bsoIds.entries()) {
        const checked = await this.checks.assignment(em, bsoId, ask.cityId, ['input', 'bsoIds', String(i)]);
        if (checked.ok) assignments.push(checked.value);
        else errors.push(checked.error);
      }
    }
    return errors.length > 0 ? fail(...errors) : ok(assignments);
  }
}
