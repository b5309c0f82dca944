import type { TeamKind } from './known-team';

/**
 * The order process engine's flows, as data. A flow is a table of states (with the TAT budget each state
 * has and the work queue it puts a task in) and of transitions (from which states, to which state, who may
 * fire them, what must hold first, and what happens as a result). One code path (`applyTransition`) reads
 * this table; nothing else decides what an order may do next. Flows carry a version, and an order keeps the
 * version it started with, so changing a flow never changes the rules under a running order.
 */

/** The states of the new-order flow. */
export const NEW_ORDER_STATES = [
  /** Saved by sales and still editable; not yet sent for approval. */
  'BOOKED',
  /** Created: locked, and waiting for the DOA approval. */
  'PENDING_APPROVAL',
  /** Rejected by an approver: in the rejected bin, editable again, to resubmit or cancel. */
  'REJECTED',
  /** Approved: the provisioning team of the branch/city provisions it. */
  'PROVISIONING',
  /** Provisioned: the installation team installs the link at the customer's site. */
  'INSTALLATION',
  /** Installed with the customer-signed report; waiting for the activation date. */
  'INSTALLED',
  /** Activated: the service is live and in the customer's installed base. */
  'LIVE',
  /** Cancelled (from booked or from the rejected bin). */
  'CANCELLED',
] as const;

export type OrderState = (typeof NEW_ORDER_STATES)[number];

/** The permissions a transition can require (the `MENU:RIGHT` vocabulary of `@oms/auth`). */
export type FlowPermission =
  'ORDERS:CREATE' | 'ORDERS:EDIT' | 'PROVISIONING:EDIT' | 'INSTALLATION:EDIT' | 'INSTALLATION:APPROVE';

/** What must hold before a transition fires (checked by the engine; each has a typed error). */
export type Guard =
  /** The order has a customer-signed installation report uploaded. */
  | 'SIGNED_INSTALLATION_REPORT'
  /** The installation date is given and not in the future. */
  | 'INSTALLATION_DATE'
  /** The activation date is given, not before the installation date and not in the future. */
  | 'ACTIVATION_DATE'
  /** A reason is given. */
  | 'REASON';

/** What a transition causes besides the state change, its history row and `order.state_changed`. */
export type Effect =
  /** Publish `order.submitted` for a new approval round. */
  | 'REQUEST_APPROVAL'
  /** Close the order's open work-queue task (the one the transition completes). */
  | 'CLOSE_TASK'
  /** Add the service to the customer's installed base and publish `order.activated`. */
  | 'ACTIVATE_SERVICE'
  /** Cancel the order's open tasks. */
  | 'CANCEL_TASKS';

/** Who hears about an order entering a state. */
export type Audience = 'SALES' | 'TEAM' | 'CUSTOMER';

/** One state of a flow. */
export interface StateDefinition {
  /** How long the order may stay in this state before it is overdue, in hours; null: no clock (final). */
  tatHours: number | null;
  /** While in this state the order's details may be edited. */
  editable: boolean;
  /** Entering this state opens a task in this team's work queue (for the order's branch and city). */
  queue: TeamKind | null;
  /** Who is mailed when the order enters this state. */
  notify: readonly Audience[];
  final: boolean;
}

/** Who fires a transition: a user holding the permission (within the scope), or the system (an event). */
export type Firer =
  { kind: 'USER'; permission: FlowPermission; scope: 'BRANCH' | 'INSTALLATION_CITY' } | { kind: 'SYSTEM' };

/** One transition of a flow. */
export interface TransitionDefinition {
  /** Stable name; also the action `nextActions` lists for users. */
  name: string;
  from: readonly OrderState[];
  to: OrderState;
  by: Firer;
  guards: readonly Guard[];
  effects: readonly Effect[];
}

/** A versioned flow for one order type. */
export interface FlowDefinition {
  orderType: 'NEW';
  version: number;
  /** The state an order is booked in. */
  initial: OrderState;
  states: Readonly<Record<OrderState, StateDefinition>>;
  transitions: readonly TransitionDefinition[];
}

const user = (permission: FlowPermission, scope: 'BRANCH' | 'INSTALLATION_CITY' = 'BRANCH'): Firer => ({
  kind: 'USER',
  permission,
  scope,
});
const system: Firer = { kind: 'SYSTEM' };

/** Version 1 of the new-order flow: lead → booked/created → DOA approval → provisioning → installation → live. */
export const NEW_ORDER_FLOW_V1: FlowDefinition = {
  orderType: 'NEW',
  version: 1,
  initial: 'BOOKED',
  states: {
    BOOKED: { tatHours: 48, editable: true, queue: null, notify: [], final: false },
    PENDING_APPROVAL: { tatHours: 24, editable: false, queue: null, notify: ['SALES'], final: false },
    REJECTED: { tatHours: 72, editable: true, queue: null, notify: ['SALES'], final: false },
    PROVISIONING: {
      tatHours: 72,
      editable: false,
      queue: 'PROVISIONING',
      notify: ['TEAM', 'SALES'],
      final: false,
    },
    INSTALLATION: {
      tatHours: 120,
      editable: false,
      queue: 'INSTALLATION',
      notify: ['TEAM', 'SALES'],
      final: false,
    },
    INSTALLED: { tatHours: 48, editable: false, queue: null, notify: ['SALES'], final: false },
    LIVE: { tatHours: null, editable: false, queue: null, notify: ['CUSTOMER', 'SALES'], final: true },
    CANCELLED: { tatHours: null, editable: false, queue: null, notify: ['SALES'], final: true },
  },
  transitions: [
    {
      name: 'SUBMIT',
      from: ['BOOKED'],
      to: 'PENDING_APPROVAL',
      by: user('ORDERS:CREATE'),
      guards: [],
      effects: ['REQUEST_APPROVAL'],
    },
    { name: 'APPROVE', from: ['PENDING_APPROVAL'], to: 'PROVISIONING', by: system, guards: [], effects: [] },
    { name: 'REJECT', from: ['PENDING_APPROVAL'], to: 'REJECTED', by: system, guards: [], effects: [] },
    {
      name: 'RESUBMIT',
      from: ['REJECTED'],
      to: 'PENDING_APPROVAL',
      by: user('ORDERS:EDIT'),
      guards: [],
      effects: ['REQUEST_APPROVAL'],
    },
    {
      name: 'CANCEL',
      from: ['BOOKED', 'REJECTED'],
      to: 'CANCELLED',
      by: user('ORDERS:EDIT'),
      guards: ['REASON'],
      effects: ['CANCEL_TASKS'],
    },
    {
      name: 'COMPLETE_PROVISIONING',
      from: ['PROVISIONING'],
      to: 'INSTALLATION',
      by: user('PROVISIONING:EDIT'),
      guards: [],
      effects: ['CLOSE_TASK'],
    },
    {
      name: 'COMPLETE_INSTALLATION',
      from: ['INSTALLATION'],
      to: 'INSTALLED',
      by: user('INSTALLATION:EDIT', 'INSTALLATION_CITY'),
      guards: ['SIGNED_INSTALLATION_REPORT', 'INSTALLATION_DATE'],
      effects: ['CLOSE_TASK'],
    },
    {
      name: 'ACTIVATE',
      from: ['INSTALLED'],
      to: 'LIVE',
      by: user('INSTALLATION:EDIT', 'INSTALLATION_CITY'),
      guards: ['ACTIVATION_DATE'],
      effects: ['ACTIVATE_SERVICE'],
    },
  ],
};

/** Every flow version the engine can run, by `<orderType>@<version>`; orders keep the version they began with. */
export const FLOWS: ReadonlyMap<string, FlowDefinition> = new Map(
  [NEW_ORDER_FLOW_V1].map((f) => [`${f.orderType}@${f.version}`, f]),
);

/** The flow new orders of a type start with: the highest version. */
export function currentFlow(orderType: 'NEW'): FlowDefinition {
  const versions = [...FLOWS.values()].filter((f) => f.orderType === orderType);
  return versions.reduce((a, b) => (b.version > a.version ? b : a));
}

/** The flow an order runs (the version it started with); throws for a version this build does not know. */
export function flowOf(orderType: string, version: number): FlowDefinition {
  const flow = FLOWS.get(`${orderType}@${version}`);
  if (!flow) throw new Error(`no flow ${orderType}@${version}`);
  return flow;
}

/** The transition of this name, if the flow has one. */
export function transitionNamed(flow: FlowDefinition, name: string): TransitionDefinition | null {
  return flow.transitions.find((t) => t.name === name) ?? null;
}

/** The transition a task in a work queue stands for: the user transition leaving the task's state. */
export function taskTransition(flow: FlowDefinition, state: OrderState): TransitionDefinition | null {
  return flow.transitions.find((t) => t.from.includes(state) && t.by.kind === 'USER') ?? null;
}

/**
 * Checks a flow table for mistakes a reviewer could miss: every state is reachable, names are unique,
 * final states have no way out and no clock, and every non-final state has a way out. Returns the problems.
 */
export function flowProblems(flow: FlowDefinition): string[] {
  const problems: string[] = [];
  const names = new Set<string>();
  for (const t of flow.transitions) {
    if (names.has(t.name)) problems.push(`transition ${t.name} is defined twice`);
    names.add(t.name);
    for (const from of t.from) {
      if (flow.states[from].final) problems.push(`final state ${from} has transition ${t.name}`);
    }
  }
  const reachable = new Set<OrderState>([flow.initial]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const t of flow.transitions) {
      if (t.from.some((f) => reachable.has(f)) && !reachable.has(t.to)) {
        reachable.add(t.to);
        grew = true;
      }
    }
  }
  for (const [state, def] of Object.entries(flow.states) as [OrderState, StateDefinition][]) {
    if (!reachable.has(state)) problems.push(`state ${state} is unreachable`);
    if (def.final && def.tatHours !== null) problems.push(`final state ${state} has a TAT budget`);
    if (!def.final && !flow.transitions.some((t) => t.from.includes(state)))
      problems.push(`state ${state} has no way out`);
  }
  return problems;
}
