import { randomUUID } from 'node:crypto';
import { feasibilityRequested } from '@oms/contracts';
import type { Transaction } from '@oms/messaging';
import { nextNumber } from '@oms/persistence';
import { userError, type UserError } from '@oms/server';
import type { EntityManager } from 'typeorm';
import type { Ask } from '../domain/feasibility-batch';
import { openFeasibilityRequest, type FeasibilityRequest } from '../domain/feasibility-request';
import { FeasibilityErrorCode } from '../domain/feasibility-errors';
import {
  branchRefusal,
  bsoAssignmentRefusal,
  bsoRecipients,
  type KnownBso,
  type KnownBsoCitySetting,
} from '../domain/known-masters';
import { FEASIBILITY_REQUEST_SEQUENCE, formatRequestNo, requestNoYear } from '../domain/request-number';
import type { FeasibilityRequestRepository } from '../persistence/feasibility-request.repository';
import type { KnownMastersRepository } from '../persistence/known-masters.repository';
import type { Caller } from './caller';

/** A BSO a request is assigned to, as feasibility's copies know it: the BSO and its setting for the city. */
export interface Assignment {
  bso: KnownBso;
  setting: KnownBsoCitySetting;
}

/**
 * Opens one request per assignment inside the caller's transaction, in the order given: numbers each from
 * the year's counter, stores it with its first history entry and its answer-by time from the BSO's TAT for
 * the city, and publishes its `feasibility.requested` with the BSO and the setting's To/Cc addresses (the
 * mail to the BSO is sent from it).
 */
export async function openRequests(
  tx: Transaction,
  requests: FeasibilityRequestRepository,
  caller: Caller,
  ask: Ask,
  assignments: readonly Assignment[],
  facts: { at: Date; clientMutationId: string | null; batchId?: string | null },
): Promise<FeasibilityRequest[]> {
  const year = requestNoYear(facts.at);
  const opened: FeasibilityRequest[] = [];
  for (const { bso, setting } of assignments) {
    const sequence = await nextNumber(tx.em, FEASIBILITY_REQUEST_SEQUENCE, year);
    const { request, change } = openFeasibilityRequest(
      { ...ask, bsoId: bso.id },
      {
        id: randomUUID(),
        historyId: randomUUID(),
        requestNo: formatRequestNo(year, sequence),
        at: facts.at,
        actorId: caller.actor.id,
        clientMutationId: facts.clientMutationId,
        batchId: facts.batchId,
        tatHours: setting.tatHours,
      },
    );
    await requests.insert(tx.em, request, change);
    await tx.events.publish(feasibilityRequested, request.id, {
      requestId: request.id,
      requestNo: request.requestNo,
      leadId: request.leadId,
      cityId: request.cityId,
      bandwidthMbps: request.bandwidthMbps,
      address: request.address,
      branchId: ask.branchId,
      bsoId: bso.id,
      bsoCode: bso.code,
      bsoName: bso.name,
      answerDueAt: request.answerDueAt!.toISOString(),
      notify: bsoRecipients(setting),
      createdAt: request.createdAt.toISOString(),
    });
    opened.push(request);
  }
  return opened;
}

/** A raise for `branchId` the caller does not reach (partners reach none): checked first, and alone. */
export function branchForbidden(caller: Caller, branchId: string): UserError | null {
  return caller.principal.reaches({ branchId })
    ? null
    : userError(FeasibilityErrorCode.FORBIDDEN, 'you may not raise feasibility requests for this branch', [
        'input',
        'branchId',
      ]);
}

/**
 * Checks requests' references against feasibility's copies of masters data (so raising works while masters
 * is down), each problem on its own input field.
 */
export class ReferenceChecks {
  constructor(private readonly masters: KnownMastersRepository) {}

  /** The problem with the branch a request belongs to (unknown or inactive), if any. */
  async branch(em: EntityManager, branchId: string): Promise<UserError[]> {
    const refusal = branchRefusal(await this.masters.branch(em, branchId));
    return refusal ? [userError(refusal.code, refusal.message, ['input', 'branchId'])] : [];
  }

  /**
   * The BSO a request in `cityId` is assigned to, with its setting for the city (whose TAT sets the
   * answer-by time and whose addresses get the mail), or the problem on `field`: unknown, inactive, or not
   * serving the city.
   */
  async assignment(
    em: EntityManager,
    bsoId: string,
    cityId: string,
    field: string[],
  ): Promise<{ ok: true; value: Assignment } | { ok: false; error: UserError }> {
    const setting = await this.masters.activeCitySetting(em, bsoId, cityId);
    const bso = await this.masters.bso(em, bsoId);
    const refusal = bsoAssignmentRefusal(bso, setting);
    if (refusal) return { ok: false, error: userError(refusal.code, refusal.message, field) };
    // No refusal: the BSO is known and active, and the setting is its active one for the city.
    return { ok: true, value: { bso: bso!, setting: setting! } };
  }
}
