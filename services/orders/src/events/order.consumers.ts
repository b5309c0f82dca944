import {
  approvalRequestApproved,
  approvalRequestRejected,
  documentTypeCreated,
  documentTypeDeactivated,
  documentTypeUpdated,
  feasibilityRequestConcluded,
} from '@oms/contracts';
import type { EventHandler } from '@oms/messaging';
import { toOrder } from '../application/order-entry';
import type { OrderTransitions } from '../application/order-transitions';
import type { OrderRepository } from '../persistence/order.repository';

/**
 * What orders learns from approvals and feasibility, and its copy of masters' document types:
 * - `approval_request.approved` / `.rejected` fire the flow's APPROVE / REJECT transitions (as the system,
 *   on behalf of the deciding approver) for the order's current approval round; a decision about an earlier
 *   round (the order was resubmitted since) or an order no longer waiting for approval changes nothing.
 * - `feasibility_request.concluded` records the lead's technical-feasibility verdict per BSO.
 * - `document_type.*` keep the copy order documents are checked against.
 * Each event is applied once (the consumer's inbox).
 */
export function orderHandlers(
  orders: OrderRepository,
  transitions: OrderTransitions,
): Record<string, EventHandler> {
  const decide =
    (action: 'APPROVE' | 'REJECT'): EventHandler =>
    async (event, tx) => {
      const p = (action === 'APPROVE' ? approvalRequestApproved : approvalRequestRejected).payload.parse(
        event.payload,
      ) as { orderId: string; round: number; decidedBy: string; comment: string | null; decidedAt: string };
      const row = await orders.forUpdate(tx.em, p.orderId);
      if (!row || row.approvalRound !== p.round || row.state !== 'PENDING_APPROVAL') return;
      const moved = await transitions.apply(
        tx,
        toOrder(row),
        { action, comment: p.comment },
        { kind: 'SYSTEM', id: p.decidedBy },
        new Date(p.decidedAt),
      );
      if (!moved.ok) throw new Error(`${action} of order ${row.orderNo} refused: ${moved.errors[0].message}`);
    };
  const saveType =
    (deactivation: boolean): EventHandler =>
    async (event, tx) => {
      const p = documentTypeCreated.payload.omit({ createdAt: true }).parse(event.payload);
      await orders.saveDocumentType(tx.em, {
        id: p.documentTypeId,
        code: p.code,
        name: p.name,
        requiredFor: p.requiredFor,
        allowedContentTypes: p.allowedContentTypes,
        maxSizeBytes: p.maxSizeBytes,
        active: deactivation ? false : p.active,
      });
    };
  return {
    [approvalRequestApproved.type]: decide('APPROVE'),
    [approvalRequestRejected.type]: decide('REJECT'),
    [feasibilityRequestConcluded.type]: async (event, tx) => {
      const p = feasibilityRequestConcluded.payload.parse(event.payload);
      await orders.saveFeasibility(tx.em, {
        requestId: p.requestId,
        leadId: p.leadId,
        bsoId: p.bsoId,
        verdict: p.verdict,
        otcCost: p.otcCost,
        mrcCost: p.mrcCost,
        decidedAt: new Date(p.decidedAt),
      });
    },
    [documentTypeCreated.type]: saveType(false),
    [documentTypeUpdated.type]: saveType(false),
    [documentTypeDeactivated.type]: saveType(true),
  };
}
