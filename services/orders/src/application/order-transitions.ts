import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { accessSnapshotsOf } from '@oms/auth';
import {
  orderActivated,
  orderStateChanged,
  orderSubmitted,
  uniqueRecipients,
  type MailRecipient,
} from '@oms/contracts';
import type { Transaction } from '@oms/messaging';
import { nextNumber } from '@oms/persistence';
import { fail, ok, userError, type Result } from '@oms/server';
import {
  CUSTOMER_CODE_SEQUENCE,
  SERVICE_NO_SEQUENCE,
  formatNumber,
  type Customer,
  type InstalledService,
} from '../domain/customer';
import type { KnownTeam } from '../domain/known-team';
import { tatDue, type NewStateChange, type Order } from '../domain/order';
import {
  planTransition,
  type FlowActor,
  type PlannedTransition,
  type SystemActor,
  type TransitionFacts,
} from '../domain/order-engine';
import { flowOf, taskTransition } from '../domain/order-flow';
import type { WorkTask } from '../domain/work-task';
import type { KnownCatalogueRepository } from '../persistence/known-catalogue.repository';
import type { KnownTeamRepository } from '../persistence/known-team.repository';
import type { OrderRepository } from '../persistence/order.repository';

/** What a caller asks the engine to do with an order, with the facts its guards may need. */
export interface ActionRequest {
  action: string;
  comment?: string | null;
  installationDate?: string | null;
  activationDate?: string | null;
}

/**
 * The one code path that moves orders: it asks the flow table (`planTransition`) whether the action may
 * happen, and if so writes, in the caller's transaction, the order in its new state, its timeline entry,
 * the effects (approval request, tasks, installed base) and `order.state_changed` with who is to be told.
 * A refusal returns the typed error and writes nothing.
 */
export class OrderTransitions {
  constructor(
    private readonly orders: OrderRepository,
    private readonly teams: KnownTeamRepository,
    private readonly catalogue: KnownCatalogueRepository,
  ) {}

  /** Writes the booking of a new order: its first timeline entry, its TAT clock and its event. */
  async book(tx: Transaction, order: Order): Promise<void> {
    const change: NewStateChange = {
      id: randomUUID(),
      orderId: order.id,
      transition: 'BOOK',
      fromState: null,
      toState: order.state,
      at: order.stateEnteredAt,
      actorId: tx.context.actor.id,
      comment: null,
      tatHours: flowOf(order.orderType, order.flowVersion).states[order.state].tatHours,
    };
    await this.orders.addChange(tx.em, change);
    await this.publishChange(tx, order, change, []);
  }

  async apply(
    tx: Transaction,
    order: Order,
    request: ActionRequest,
    actor: FlowActor | SystemActor,
    at: Date,
  ): Promise<Result<Order>> {
    const facts: TransitionFacts = {
      at,
      comment: request.comment?.trim() || null,
      hasSignedReport: await this.orders.hasStepDocuments(tx.em, order.id, order.orderType, 'INSTALLATION'),
      installationDate: request.installationDate ?? null,
      activationDate: request.activationDate ?? null,
    };
    const plan = planTransition(order, request.action, actor, facts, randomUUID());
    if (!plan.ok) return fail(userError(plan.refusal.code, plan.refusal.message, plan.refusal.field));
    return ok(await this.write(tx, plan.planned));
  }

  private async write(tx: Transaction, planned: PlannedTransition): Promise<Order> {
    let order = planned.order;
    for (const effect of planned.effects) {
      switch (effect) {
        case 'REQUEST_APPROVAL':
          await this.requestApproval(tx, order);
          break;
        case 'CLOSE_TASK':
          await this.closeTasks(tx.em, order.id, 'DONE', planned.change);
          break;
        case 'CANCEL_TASKS':
          await this.closeTasks(tx.em, order.id, 'CANCELLED', planned.change);
          break;
        case 'ACTIVATE_SERVICE':
          order = await this.activate(tx, order);
          break;
      }
    }
    await this.orders.save(tx.em, order);
    await this.orders.addChange(tx.em, planned.change);
    const flow = flowOf(order.orderType, order.flowVersion);
    const queue = flow.states[order.state].queue;
    let team: KnownTeam | null = null;
    if (queue) {
      team = await this.teams.activeTeamFor(tx.em, {
        kind: queue,
        branchId: order.branchId,
        cityId: order.cityId,
      });
      await this.openTask(tx.em, order, queue, team, planned.change.at);
    }
    await this.publishChange(tx, order, planned.change, team ? teamRecipients(team) : []);
    return order;
  }

  private async requestApproval(tx: Transaction, order: Order): Promise<void> {
    await tx.events.publish(orderSubmitted, order.id, {
      orderId: order.id,
      orderNo: order.orderNo,
      orderType: order.orderType,
      round: order.approvalRound,
      leadId: order.leadId,
      customerName: order.customerName,
      branchId: order.branchId,
      zoneId: order.zoneId,
      cityId: order.cityId,
      productCategoryId: order.productCategoryId,
      productId: order.productId,
      bandwidthId: order.bandwidthId,
      arc: order.arc,
      otc: order.otc,
      discountPercent: order.discountPercent,
      currency: order.currency,
      submittedAt: order.stateEnteredAt.toISOString(),
      submittedBy: tx.context.actor.id,
    });
  }

  private async closeTasks(
    em: EntityManager,
    orderId: string,
    status: 'DONE' | 'CANCELLED',
    change: NewStateChange,
  ): Promise<void> {
    for (const task of await this.orders.openTasks(em, orderId)) {
      await this.orders.saveTask(em, {
        ...task,
        status,
        completedAt: change.at,
        completedBy: change.actorId,
      });
    }
  }

  private async openTask(
    em: EntityManager,
    order: Order,
    queue: WorkTask['queue'],
    team: KnownTeam | null,
    at: Date,
  ): Promise<void> {
    const flow = flowOf(order.orderType, order.flowVersion);
    const transition = taskTransition(flow, order.state);
    if (!transition) throw new Error(`state ${order.state} has a queue but no user transition out of it`);
    await this.orders.insertTask(em, {
      id: randomUUID(),
      orderId: order.id,
      orderNo: order.orderNo,
      queue,
      teamId: team?.id ?? null,
      branchId: order.branchId,
      cityId: order.cityId,
      state: order.state,
      transition: transition.name,
      status: 'OPEN',
      claimedBy: null,
      claimedAt: null,
      createdAt: at,
      dueAt: tatDue(at, flow.states[order.state].tatHours),
      completedAt: null,
      completedBy: null,
    });
  }

  /** Puts the service into the customer's installed base (creating the customer when new) and announces it. */
  private async activate(tx: Transaction, order: Order): Promise<Order> {
    const at = order.stateEnteredAt;
    const year = at.getUTCFullYear();
    let customer: Customer | null = order.customerId
      ? await this.orders.customerById(tx.em, order.customerId)
      : null;
    if (!customer) {
      customer = {
        id: randomUUID(),
        customerCode: formatNumber('CUST', year, await nextNumber(tx.em, CUSTOMER_CODE_SEQUENCE, year)),
        name: order.customerName,
        email: order.contactEmail,
        phone: order.contactPhone,
        address: order.installationAddress,
        branchId: order.branchId,
        cityId: order.cityId,
        createdAt: at,
      };
      await this.orders.insertCustomer(tx.em, customer);
    }
    const service: InstalledService = {
      id: randomUUID(),
      serviceNo: formatNumber('SRV', year, await nextNumber(tx.em, SERVICE_NO_SEQUENCE, year)),
      customerId: customer.id,
      orderId: order.id,
      productId: order.productId,
      bandwidthId: order.bandwidthId,
      arc: order.arc,
      otc: order.otc,
      currency: order.currency,
      installationDate: order.installationDate!,
      activationDate: order.activationDate!,
      status: 'ACTIVE',
      branchId: order.branchId,
      cityId: order.cityId,
    };
    await this.orders.insertService(tx.em, service);
    const product = await this.catalogue.productById(tx.em, order.productId);
    const bandwidth = order.bandwidthId ? await this.catalogue.bandwidthById(tx.em, order.bandwidthId) : null;
    await tx.events.publish(orderActivated, order.id, {
      orderId: order.id,
      orderNo: order.orderNo,
      orderType: order.orderType,
      leadId: order.leadId,
      branchId: order.branchId,
      cityId: order.cityId,
      customer: {
        customerId: customer.id,
        customerCode: customer.customerCode,
        name: customer.name,
        email: customer.email,
        phone: customer.phone,
        address: customer.address,
      },
      service: {
        serviceId: service.id,
        serviceNo: service.serviceNo,
        productId: service.productId,
        productCode: product?.code ?? service.productId,
        bandwidthLabel: bandwidth ? `${bandwidth.value} ${bandwidth.unit}` : null,
        arc: service.arc,
        otc: service.otc,
        currency: service.currency,
      },
      installationDate: service.installationDate,
      activationDate: service.activationDate,
      // Billing starts on the day the service went live.
      billingStartDate: service.activationDate,
      activatedAt: at.toISOString(),
      activatedBy: tx.context.actor.id,
    });
    return { ...order, customerId: customer.id };
  }

  private async publishChange(
    tx: Transaction,
    order: Order,
    change: NewStateChange,
    teamNotify: MailRecipient[],
  ): Promise<void> {
    const audience = flowOf(order.orderType, order.flowVersion).states[order.state].notify;
    const notify: MailRecipient[] = [];
    if (audience.includes('TEAM')) notify.push(...teamNotify);
    if (audience.includes('SALES')) {
      const sales = await salesOwner(tx.em, order.createdBy);
      if (sales) notify.push(sales);
    }
    if (audience.includes('CUSTOMER') && order.contactEmail)
      notify.push({ email: order.contactEmail, name: order.customerName, role: 'CUSTOMER', kind: 'TO' });
    await tx.events.publish(orderStateChanged, order.id, {
      orderId: order.id,
      orderNo: order.orderNo,
      orderType: order.orderType,
      flowVersion: order.flowVersion,
      transition: change.transition,
      fromState: change.fromState,
      toState: change.toState,
      branchId: order.branchId,
      cityId: order.cityId,
      customerName: order.customerName,
      actorId: change.actorId,
      changedAt: change.at.toISOString(),
      tatDueAt: order.tatDueAt?.toISOString() ?? null,
      comment: change.comment,
      notify: uniqueRecipients(notify),
    });
  }
}

/** A team's mail address and its members' addresses, as recipients. */
function teamRecipients(team: KnownTeam): MailRecipient[] {
  const to: MailRecipient[] = team.mailAddress
    ? [{ email: team.mailAddress, name: team.name, role: 'TEAM', kind: 'TO' }]
    : [];
  return [
    ...to,
    ...team.members.map((m) => ({ email: m.email, name: null, role: 'TEAM' as const, kind: 'TO' as const })),
  ];
}

/** The sales user who entered the order, from orders' copy of users' access (null when unknown). */
async function salesOwner(em: EntityManager, userId: string): Promise<MailRecipient | null> {
  const [snapshot] = await accessSnapshotsOf(em, [userId]);
  return snapshot?.email ? { email: snapshot.email, name: snapshot.name, role: 'SALES', kind: 'TO' } : null;
}
