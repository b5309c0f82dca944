import {
  flowOf,
  transitionNamed,
  type Effect,
  type FlowDefinition,
  type FlowPermission,
  type TransitionDefinition,
} from './order-flow';
import { tatDue, type NewStateChange, type Order } from './order';

/** Codes of the engine's refusals (typed payload errors). */
export const EngineErrorCode = {
  /** The order's state does not allow the action (or the action does not exist in its flow). */
  INVALID_STATE: 'INVALID_STATE',
  /** The caller lacks the right, or the order is outside their branch / installation-city scope. */
  FORBIDDEN: 'FORBIDDEN',
  /** The customer-signed installation report has not been uploaded. */
  DOCUMENT_REQUIRED: 'DOCUMENT_REQUIRED',
  /** A date or reason the transition needs is missing or wrong. */
  VALIDATION: 'VALIDATION_FAILED',
} as const;

/** Why the engine refused a transition. */
export interface EngineRefusal {
  code: (typeof EngineErrorCode)[keyof typeof EngineErrorCode];
  message: string;
  /** The input field concerned, when there is one. */
  field: string[] | null;
}

/** Where an order sits for authorization: its branch, or its city for installation work. */
export interface OrderScope {
  branchId?: string | null;
  installationCityId?: string | null;
}

/** What the engine needs to know about a user who fires a transition. */
export interface FlowActor {
  kind: 'USER';
  id: string;
  can(permission: FlowPermission): boolean;
  reaches(scope: OrderScope): boolean;
}

/** Events fire transitions as the system (e.g. an approval decided in approvals). */
export interface SystemActor {
  kind: 'SYSTEM';
  id: string;
}

/** Facts a transition may need, checked by its guards. */
export interface TransitionFacts {
  at: Date;
  comment: string | null;
  /** Whether the order has a customer-signed installation report. */
  hasSignedReport: boolean;
  /** `YYYY-MM-DD`, for COMPLETE_INSTALLATION. */
  installationDate?: string | null;
  /** `YYYY-MM-DD`, for ACTIVATE. */
  activationDate?: string | null;
}

/** The outcome of a transition the engine allowed: the order after it, its timeline entry and its effects. */
export interface PlannedTransition {
  transition: TransitionDefinition;
  order: Order;
  change: NewStateChange;
  effects: readonly Effect[];
}

const refuse = (
  code: EngineRefusal['code'],
  message: string,
  field: string[] | null = null,
): { ok: false; refusal: EngineRefusal } => ({ ok: false, refusal: { code, message, field } });

/** The scope a user transition is checked in: the order's branch, or the installation city. */
function scopeOf(order: Order, transition: TransitionDefinition): OrderScope {
  return transition.by.kind === 'USER' && transition.by.scope === 'INSTALLATION_CITY'
    ? { branchId: order.branchId, installationCityId: order.cityId }
    : { branchId: order.branchId };
}

/** Whether `actor` may fire `transition` on `order` (right and scope), ignoring the state. */
export function mayFire(
  order: Order,
  transition: TransitionDefinition,
  actor: FlowActor | SystemActor,
): boolean {
  if (transition.by.kind === 'SYSTEM') return actor.kind === 'SYSTEM';
  if (actor.kind !== 'USER') return false;
  return actor.can(transition.by.permission) && actor.reaches(scopeOf(order, transition));
}

/** `YYYY-MM-DD` of an instant, in UTC. */
const dayOf = (at: Date) => at.toISOString().slice(0, 10);

/** Checks a transition's guards against the facts; the first failing one is the refusal. */
function guardRefusal(
  order: Order,
  transition: TransitionDefinition,
  facts: TransitionFacts,
): EngineRefusal | null {
  const today = dayOf(facts.at);
  for (const guard of transition.guards) {
    switch (guard) {
      case 'SIGNED_INSTALLATION_REPORT':
        if (!facts.hasSignedReport)
          return {
            code: EngineErrorCode.DOCUMENT_REQUIRED,
            message: `order ${order.orderNo} needs the customer-signed installation report first`,
            field: null,
          };
        break;
      case 'INSTALLATION_DATE':
        if (!facts.installationDate)
          return {
            code: EngineErrorCode.VALIDATION,
            message: 'installationDate is required',
            field: ['input', 'installationDate'],
          };
        if (facts.installationDate > today)
          return {
            code: EngineErrorCode.VALIDATION,
            message: 'installationDate cannot be in the future',
            field: ['input', 'installationDate'],
          };
        break;
      case 'ACTIVATION_DATE':
        if (!facts.activationDate)
          return {
            code: EngineErrorCode.VALIDATION,
            message: 'activationDate is required',
            field: ['input', 'activationDate'],
          };
        if (facts.activationDate > today)
          return {
            code: EngineErrorCode.VALIDATION,
            message: 'activationDate cannot be in the future',
            field: ['input', 'activationDate'],
          };
        if (order.installationDate && facts.activationDate < order.installationDate)
          return {
            code: EngineErrorCode.VALIDATION,
            message: `activationDate cannot be before the installation date ${order.installationDate}`,
            field: ['input', 'activationDate'],
          };
        break;
      case 'REASON':
        if (!facts.comment)
          return {
            code: EngineErrorCode.VALIDATION,
            message: 'a reason is required',
            field: ['input', 'reason'],
          };
        break;
    }
  }
  return null;
}

/**
 * Decides a transition: the one place that reads the flow table to move an order. Refuses an action the
 * order's flow does not have or its state does not allow (INVALID_STATE), a caller without the right or
 * outside the order's scope (FORBIDDEN; checked before the state, so an outsider learns nothing about it),
 * and a failing guard; otherwise returns the order in its new state with its TAT clock restarted, the
 * timeline entry and the effects to carry out. Pure: the application writes the result in one transaction.
 */
export function planTransition(
  order: Order,
  action: string,
  actor: FlowActor | SystemActor,
  facts: TransitionFacts,
  historyId: string,
): { ok: true; planned: PlannedTransition } | { ok: false; refusal: EngineRefusal } {
  const flow: FlowDefinition = flowOf(order.orderType, order.flowVersion);
  const transition = transitionNamed(flow, action);
  if (!transition)
    return refuse(EngineErrorCode.INVALID_STATE, `the ${order.orderType} flow has no action ${action}`);
  if (!mayFire(order, transition, actor))
    return refuse(
      EngineErrorCode.FORBIDDEN,
      `you may not ${action.toLowerCase().replace(/_/g, ' ')} order ${order.orderNo}`,
    );
  if (!transition.from.includes(order.state))
    return refuse(
      EngineErrorCode.INVALID_STATE,
      `order ${order.orderNo} is ${order.state}: ${action} is not possible`,
    );
  const refusal = guardRefusal(order, transition, facts);
  if (refusal) return { ok: false, refusal };
  const target = flow.states[transition.to];
  const next: Order = {
    ...order,
    state: transition.to,
    stateEnteredAt: facts.at,
    tatDueAt: tatDue(facts.at, target.tatHours),
    approvalRound: transition.effects.includes('REQUEST_APPROVAL')
      ? order.approvalRound + 1
      : order.approvalRound,
    installationDate:
      transition.guards.includes('INSTALLATION_DATE') && facts.installationDate
        ? facts.installationDate
        : order.installationDate,
    activationDate:
      transition.guards.includes('ACTIVATION_DATE') && facts.activationDate
        ? facts.activationDate
        : order.activationDate,
    updatedAt: facts.at,
    revision: order.revision + 1,
  };
  const change: NewStateChange = {
    id: historyId,
    orderId: order.id,
    transition: transition.name,
    fromState: order.state,
    toState: transition.to,
    at: facts.at,
    actorId: actor.id,
    comment: facts.comment,
    tatHours: target.tatHours,
  };
  return { ok: true, planned: { transition, order: next, change, effects: transition.effects } };
}

/** What a user can do next with an order: the actions of its state they may fire, and EDIT while editable. */
export function nextActions(order: Order, actor: FlowActor): string[] {
  const flow = flowOf(order.orderType, order.flowVersion);
  const actions = flow.transitions
    .filter((t) => t.from.includes(order.state) && mayFire(order, t, actor))
    .map((t) => t.name);
  if (
    flow.states[order.state].editable &&
    actor.can('ORDERS:EDIT') &&
    actor.reaches({ branchId: order.branchId })
  )
    actions.unshift('EDIT');
  return actions;
}

/** Whether the order's details may be edited in its current state. */
export function isEditable(order: Pick<Order, 'orderType' | 'flowVersion' | 'state'>): boolean {
  return flowOf(order.orderType, order.flowVersion).states[order.state].editable;
}
