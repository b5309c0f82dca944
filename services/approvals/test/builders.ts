import { randomUUID } from 'node:crypto';
import type { EventContext } from '@oms/messaging';

/** The input of createApprovalMatrix, as a client sends it. */
export type ApprovalMatrixInput = {
  clientMutationId?: string | null;
  name: string;
  description?: string | null;
};

/** A valid createApprovalMatrix input under a name no other test uses; override what a test is about. */
export function anApprovalMatrixInput(overrides: Partial<ApprovalMatrixInput> = {}): ApprovalMatrixInput {
  return {
    name: `ILL Enterprise DOA ${randomUUID().slice(0, 8)}`,
    description: 'Approvals for ILL orders of enterprise customers',
    ...overrides,
  };
}

/** The context of a call by user `actorId`. */
export function aUserContext(actorId = 'admin-1'): EventContext {
  return { correlationId: randomUUID(), causationId: null, actor: { kind: 'USER', id: actorId } };
}
