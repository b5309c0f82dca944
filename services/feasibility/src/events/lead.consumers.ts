import { leadCancelled } from '@oms/contracts';
import type { EventHandler } from '@oms/messaging';
import type { WithdrawFeasibilityRequest } from '../application/withdraw-feasibility-request';

/**
 * The orders events feasibility consumes, by type: a cancelled lead withdraws the lead's requests still
 * waiting for a verdict, so no BSO keeps working on a lead nobody wants any more.
 */
export function leadHandlers(withdraw: WithdrawFeasibilityRequest): Record<string, EventHandler> {
  return {
    [leadCancelled.type]: async (event, tx) => {
      const lead = leadCancelled.payload.parse(event.payload);
      await withdraw.ofCancelledLead(tx, lead);
    },
  };
}
