import { orderSubmitted } from '@oms/contracts';
import type { EventHandler } from '@oms/messaging';
import type { ApprovalDesk } from '../application/approval-desk';

/**
 * The events approvals consumes: orders' `order.submitted` opens the approval request of the order's round
 * (once per round; the inbox and the unique (order, round) key make a redelivery open nothing).
 */
export function approvalsHandlers(desk: ApprovalDesk): Record<string, EventHandler> {
  return {
    [orderSubmitted.type]: async (event, tx) => desk.open(tx, orderSubmitted.payload.parse(event.payload)),
  };
}
