import type { OrderState } from './order-flow';

/** The order types the engine knows; only NEW has a flow so far. */
export type OrderType = 'NEW';

/** What sales enters for an order (editable while the flow's state allows it). */
export interface OrderDetails {
  customerName: string;
  contactEmail: string | null;
  contactPhone: string | null;
  installationAddress: string;
  productId: string;
  bandwidthId: string | null;
  /** Annual recurring charge, decimal string with two decimals. */
  arc: string;
  /** One-time charge, decimal string with two decimals. */
  otc: string;
  /** Discount in percent, decimal string with two decimals. */
  discountPercent: string;
}

/** A customer order running through its flow. */
export interface Order extends OrderDetails {
  id: string;
  /** Human number `ORD-<year>-<6 digits>`, unique. */
  orderNo: string;
  orderType: OrderType;
  /** The flow version the order started with and keeps. */
  flowVersion: number;
  state: OrderState;
  leadId: string;
  /** The customer, once the order went live (new customers) or from the start (existing ones). */
  customerId: string | null;
  branchId: string;
  zoneId: string;
  cityId: string;
  productCategoryId: string;
  currency: string;
  /** The approval round: 0 until first submitted, then 1, 2, ... (a resubmission is a new round). */
  approvalRound: number;
  installationDate: string | null;
  activationDate: string | null;
  /** When the order entered its current state, and when that state's TAT budget runs out (null: none). */
  stateEnteredAt: Date;
  tatDueAt: Date | null;
  createdAt: Date;
  createdBy: string;
  updatedAt: Date;
  /** Optimistic lock: grows with every write, so two concurrent transitions cannot both apply. */
  revision: number;
}

/** One entry of an order's timeline: a transition that moved it (from null on booking). */
export interface OrderStateChange {
  id: string;
  orderId: string;
  /** 1 for the booking, then one more per transition: the timeline's order (several can share an instant). */
  position: number;
  transition: string;
  fromState: OrderState | null;
  toState: OrderState;
  at: Date;
  actorId: string;
  comment: string | null;
  /** The TAT budget of the state entered, in hours (null: none). */
  tatHours: number | null;
}

/** A timeline entry about to be written: its position is the next one of the order's timeline. */
export type NewStateChange = Omit<OrderStateChange, 'position'>;

/** The largest serial an order number can carry in one year. */
export const MAX_ORDER_SERIAL = 999_999;

/** Order numbers are counted per calendar year (UTC). */
export const ORDER_NO_SEQUENCE = 'order';

/** The human number of the `serial`-th order of `year`, e.g. `ORD-2026-000042`. */
export function formatOrderNo(year: number, serial: number): string {
  if (!Number.isInteger(serial) || serial < 1 || serial > MAX_ORDER_SERIAL) {
    throw new RangeError(`order serial must be 1–${MAX_ORDER_SERIAL}, got ${serial}`);
  }
  return `ORD-${year}-${String(serial).padStart(6, '0')}`;
}

/** The TAT due time of a state entered at `at` with a budget of `hours` (null: no clock). */
export function tatDue(at: Date, hours: number | null): Date | null {
  return hours === null ? null : new Date(at.getTime() + hours * 3_600_000);
}

/** Whether an order is past its current state's TAT budget at `now`. */
export function isOverdue(order: Pick<Order, 'tatDueAt'>, now: Date): boolean {
  return order.tatDueAt !== null && order.tatDueAt.getTime() < now.getTime();
}

/** One step of an order's timeline as shown: the state, when it was entered and left, time spent vs budget. */
export interface TimelineEntry {
  change: OrderStateChange;
  /** When the order left the state; null while it is still in it. */
  leftAt: Date | null;
  /** Minutes spent in the state (until now while still in it). */
  minutesSpent: number;
  /** Whether the time spent exceeds the state's budget. */
  overBudget: boolean;
}

/** The timeline of an order from its history (oldest first): each state with the time spent against budget. */
export function timeline(history: readonly OrderStateChange[], now: Date): TimelineEntry[] {
  return history.map((change, i) => {
    const leftAt = history[i + 1]?.at ?? null;
    const end = leftAt ?? now;
    const minutesSpent = Math.max(0, Math.floor((end.getTime() - change.at.getTime()) / 60_000));
    const overBudget = change.tatHours !== null && minutesSpent > change.tatHours * 60;
    return { change, leftAt, minutesSpent, overBudget };
  });
}

/** Whether `changed` differs from the order's details in any field (an edit that changes nothing is no edit). */
export function detailsDiffer(order: OrderDetails, changed: OrderDetails): boolean {
  return (Object.keys(changed) as (keyof OrderDetails)[]).some((k) => order[k] !== changed[k]);
}
