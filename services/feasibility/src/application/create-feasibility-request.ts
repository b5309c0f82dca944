import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { feasibilityRequested } from '@oms/contracts';
import type { UnitOfWork, EventContext } from '@oms/messaging';
import { nextNumber } from '@oms/persistence';
import { answerRepeat, ok, parseInput, type Result } from '@oms/server';
import {
  FEASIBILITY_REQUEST_LIMITS as LIMITS,
  asksForSame,
  openFeasibilityRequest,
  type FeasibilityRequest,
} from '../domain/feasibility-request';
import { FEASIBILITY_REQUEST_SEQUENCE, formatRequestNo, requestNoYear } from '../domain/request-number';
import type { FeasibilityRequestRepository } from '../persistence/feasibility-request.repository';

/**
 * What createFeasibilityRequest accepts. Lead and city ids are checked for their format (UUIDs, as orders
 * and masters issue them); checking that they exist needs local copies of leads and cities from their
 * events, which come with the control-panel issue.
 */
export const createFeasibilityRequestInput = z.object({
  clientMutationId: z
    .string()
    .trim()
    .min(1, 'clientMutationId must have 1–100 characters')
    .max(100, 'clientMutationId must have 1–100 characters')
    .nullish(),
  leadId: z.string().trim().toLowerCase().pipe(z.uuid('leadId must be the id of a lead (a UUID)')),
  cityId: z.string().trim().toLowerCase().pipe(z.uuid('cityId must be the id of a city (a UUID)')),
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
 * Raises a feasibility request for a lead: numbers it `FR-<year>-<6 digits>` from the year's counter,
 * records it (with its first history entry) and publishes `feasibility.requested`, all in one transaction.
 * A resubmission under the same idempotency key returns the first request and writes nothing.
 */
export class CreateFeasibilityRequest {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly requests: FeasibilityRequestRepository,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async execute(context: EventContext, raw: unknown): Promise<Result<FeasibilityRequest>> {
    const parsed = parseInput(createFeasibilityRequestInput, raw);
    if (!parsed.ok) return parsed;
    const { clientMutationId, ...draft } = parsed.value;
    const key = clientMutationId ?? null;
    // A concurrent first request of the year, or a concurrent resubmission of the same key, makes one of
    // two transactions fail on a unique key; the unit of work runs it again, and the rerun finds the
    // winner's row.
    return this.uow.run(context, async (tx) => {
      if (key) {
        const repeat = answerRepeat(
          await this.requests.byClientMutationId(tx.em, context.actor.id, key),
          (earlier) => asksForSame(earlier, draft),
          (earlier) =>
            `clientMutationId ${key} was already used for feasibility request ${earlier.requestNo} with a different input`,
        );
        if (repeat) return repeat;
      }
      const at = this.clock();
      const year = requestNoYear(at);
      const sequence = await nextNumber(tx.em, FEASIBILITY_REQUEST_SEQUENCE, year);
      const { request, change } = openFeasibilityRequest(draft, {
        id: randomUUID(),
        historyId: randomUUID(),
        requestNo: formatRequestNo(year, sequence),
        at,
        actorId: context.actor.id,
        clientMutationId: key,
      });
      await this.requests.insert(tx.em, request, change);
      await tx.events.publish(feasibilityRequested, request.id, {
        requestId: request.id,
        requestNo: request.requestNo,
        leadId: request.leadId,
        cityId: request.cityId,
        bandwidthMbps: request.bandwidthMbps,
        address: request.address,
        createdAt: request.createdAt.toISOString(),
      });
      return ok(request);
    });
  }
}
