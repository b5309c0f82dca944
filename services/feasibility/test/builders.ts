import { randomUUID } from 'node:crypto';
import type { EventContext } from '@oms/messaging';

/** The input of createFeasibilityRequest, as a client sends it. */
export type FeasibilityRequestInput = {
  clientMutationId?: string | null;
  leadId: string;
  cityId: string;
  bandwidthMbps: number;
  address: string;
};

/** A valid createFeasibilityRequest input for a fresh lead and city; override what a test is about. */
export function aFeasibilityRequestInput(
  overrides: Partial<FeasibilityRequestInput> = {},
): FeasibilityRequestInput {
  return {
    leadId: randomUUID(),
    cityId: randomUUID(),
    bandwidthMbps: 100,
    address: 'Unit 402, Business Bay, Baner Road, Pune 411045',
    ...overrides,
  };
}

/** The context of a call by user `actorId`. */
export function aUserContext(actorId = 'user-1'): EventContext {
  return { correlationId: randomUUID(), causationId: null, actor: { kind: 'USER', id: actorId } };
}
