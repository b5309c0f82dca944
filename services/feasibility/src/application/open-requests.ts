import { randomUUID } from 'node:crypto';
import { feasibilityRequested } from '@oms/contracts';
import type { Transaction } from '@oms/messaging';
import { nextNumber } from '@oms/persistence';
import {
  openFeasibilityRequest,
  type FeasibilityRequest,
  type FeasibilityRequestDraft,
} from '../domain/feasibility-request';
import { bsoRecipients, type KnownBso, type KnownBsoCitySetting } from '../domain/known-masters';
import { FEASIBILITY_REQUEST_SEQUENCE, formatRequestNo, requestNoYear } from '../domain/request-number';
import type { FeasibilityRequestRepository } from '../persistence/feasibility-request.repository';
import type { Caller } from './caller';

/** A BSO a request is assigned to, as feasibility's copies know it: the BSO and its setting for the city. */
export interface Assignment {
  bso: KnownBso;
  setting: KnownBsoCitySetting;
}

/** What is asked of every BSO of one send: the draft without its BSO. */
export type Ask = Omit<FeasibilityRequestDraft, 'bsoId'>;

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
  facts: { at: Date; clientMutationId: string | null },
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
