import { leadCancelled, leadConverted } from '@oms/contracts';
import type { EventHandler } from '@oms/messaging';
import type { WithdrawFeasibilityRequest } from '../application/withdraw-feasibility-request';

/**
 * The orders events feasibility consumes, by type: a lead that is cancelled, or converted into an order,
 * withdraws the lead's requests still waiting for a verdict, so no BSO keeps working on (or is reminded of) a
 * request nobody waits for any more.
 */
export function leadHandlers(withdraw: WithdrawFeasibilityRequest): Record<string, EventHandler> {
  return {
    [leadCancelled.type]: async (event, tx) => {
      const lead = leadCancelled.payload.parse(event.payload);
      await withdraw.ofClosedLead(tx, lead.leadId, `lead ${lead.leadNo} was cancelled: ${lead.reason}`);
    },
    [leadConverted.type]: async (event, tx) => {
      const lead = leadConverted.payload.parse(event.payload);
      await withdraw.ofClosedLead(
        tx,
        lead.leadId,
        `lead ${lead.leadNo} became order ${lead.orderNo} on another answer`,
      );
    },
  };
}
