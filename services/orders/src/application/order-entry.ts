import { createHash, randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Principal } from '@oms/auth';
import { leadCancelled, leadConverted } from '@oms/contracts';
import type { EventContext, Transaction, UnitOfWork } from '@oms/messaging';
import { nextNumber } from '@oms/persistence';
import { ErrorCode, answerRepeat, fail, ok, parseInput, userError, type Result } from '@oms/server';
import { leadCancelRefusal, type Lead } from '../domain/lead';
import {
  ORDER_NO_SEQUENCE,
  detailsDiffer,
  formatOrderNo,
  tatDue,
  type Order,
  type OrderDetails,
} from '../domain/order';
import { EngineErrorCode, isEditable, type FlowActor } from '../domain/order-engine';
import { currentFlow } from '../domain/order-flow';
import type { KnownBranchRepository } from '../persistence/known-branch.repository';
import type { KnownCatalogueRepository } from '../persistence/known-catalogue.repository';
import type { LeadRepository } from '../persistence/lead.repository';
import type { OrderRepository } from '../persistence/order.repository';
import { blankToNull, fields } from './input-fields';
import type { ActionRequest, OrderTransitions } from './order-transitions';

/** Codes of order entry's expected failures beyond the shared and the engine's ones. */
export const OrderErrorCode = {
  /** The order is created (sent for approval) or further on: its details can no longer change. */
  ORDER_LOCKED: 'ORDER_LOCKED',
  /** The lead has no FEASIBLE technical-feasibility verdict yet. */
  FEASIBILITY_REQUIRED: 'FEASIBILITY_REQUIRED',
  REFERENCE_INACTIVE: 'REFERENCE_INACTIVE',
  FORBIDDEN: 'FORBIDDEN',
  INVALID_STATE: 'INVALID_STATE',
} as const;

/** A money amount as typed: up to 13 digits and at most 2 decimals; stored with exactly 2. */
const money = (field: string) =>
  z
    .string()
    .trim()
    .regex(
      /^\d{1,13}(\.\d{1,2})?$/,
      `${field} must be an amount ≥ 0 with at most 2 decimals, e.g. "12500.00"`,
    )
    .transform((v) => Number(v).toFixed(2));

/** The order details sales enters (the same rules for creating and editing). */
const details = {
  customerName: fields.customerName,
  contactEmail: fields.contactEmail,
  contactPhone: fields.contactPhone,
  installationAddress: z
    .string()
    .trim()
    .min(5, 'installationAddress must have 5–500 characters')
    .max(500, 'installationAddress must have 5–500 characters'),
  productId: z.string().trim().min(1, 'productId is required'),
  bandwidthId: z.preprocess(blankToNull, z.string().nullish()),
  arc: money('arc'),
  otc: money('otc'),
  discountPercent: z
    .string()
    .trim()
    .regex(/^\d{1,3}(\.\d{1,2})?$/, 'discountPercent must be 0–100 with at most 2 decimals')
    .refine((v) => Number(v) <= 100, 'discountPercent must be 0–100 with at most 2 decimals')
    .transform((v) => Number(v).toFixed(2)),
};

export const createOrderInput = z.object({
  clientMutationId: fields.clientMutationId.nullish(),
  leadId: z.string().trim().min(1, 'leadId is required'),
  /** True: a created order, sent for approval at once; false: a booked order, still editable. */
  submit: z.boolean(),
  customerName: details.customerName.nullish(),
  contactEmail: details.contactEmail,
  contactPhone: details.contactPhone,
  installationAddress: details.installationAddress,
  productId: details.productId,
  bandwidthId: details.bandwidthId,
  arc: details.arc,
  otc: details.otc,
  discountPercent: details.discountPercent.default('0.00'),
});

export const updateOrderInput = z.object({
  id: z.string().trim().min(1, 'id is required'),
  customerName: details.customerName.optional(),
  contactEmail: details.contactEmail.optional(),
  contactPhone: details.contactPhone.optional(),
  installationAddress: details.installationAddress.optional(),
  productId: details.productId.optional(),
  bandwidthId: details.bandwidthId.optional(),
  arc: details.arc.optional(),
  otc: details.otc.optional(),
  discountPercent: details.discountPercent.optional(),
});

const reason = z
  .string()
  .trim()
  .min(3, 'reason must have 3–500 characters')
  .max(500, 'reason must have 3–500 characters');
export const cancelInput = z.object({ id: z.string().trim().min(1, 'id is required'), reason });
export const submitInput = z.object({
  id: z.string().trim().min(1, 'id is required'),
  comment: z.string().trim().max(1000).nullish(),
});
const isoDay = z.iso.date('must be a date YYYY-MM-DD');
export const activateInput = z.object({
  id: z.string().trim().min(1, 'id is required'),
  activationDate: isoDay,
});

/** The caller as the flow sees it. */
export function flowActor(principal: Principal): FlowActor {
  return {
    kind: 'USER',
    id: principal.userId ?? 'anonymous',
    can: (permission) => principal.can(permission),
    reaches: (scope) => principal.reaches(scope),
  };
}

/** The result of creating an order: the order, and the lead it converted. */
export interface CreatedOrder {
  order: Order;
}

/**
 * Order entry: booking or creating orders from a lead, editing them while their state allows, submitting
 * (and resubmitting from the rejected bin), cancelling, activating, and cancelling the lead at the order-entry
 * step. Every state change goes through `OrderTransitions`; every refusal writes nothing and sends nothing.
 */
export class OrderEntry {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly orders: OrderRepository,
    private readonly leads: LeadRepository,
    private readonly branches: KnownBranchRepository,
    private readonly catalogue: KnownCatalogueRepository,
    private readonly transitions: OrderTransitions,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /**
   * Enters an order for an OPEN lead of the caller's branches that has a FEASIBLE technical verdict: booked
   * (editable) or created (`submit`: locked and sent for approval in the same transaction). The lead becomes
   * CONVERTED and `lead.converted` is published with it. With a `clientMutationId` a repeat returns the first
   * order and writes nothing.
   */
  async create(context: EventContext, principal: Principal, raw: unknown): Promise<Result<Order>> {
    const parsed = parseInput(createOrderInput, raw);
    if (!parsed.ok) return parsed;
    const input = parsed.value;
    const requestHash = fingerprint(input);
    return this.uow.run(context, async (tx) => {
      if (input.clientMutationId) {
        const repeat = answerRepeat(
          await this.orders.byClientMutationId(tx.em, tx.context.actor.id, input.clientMutationId),
          (existing) => existing.requestHash === requestHash,
          () => 'this clientMutationId was already used for a different order',
        );
        if (repeat) return repeat;
      }
      const [lead] = await this.leads.byIds(tx.em, [input.leadId]);
      if (!lead)
        return fail(userError(ErrorCode.REFERENCE_NOT_FOUND, 'no lead has this id', ['input', 'leadId']));
      if (!principal.reaches({ branchId: lead.branchId }))
        return fail(
          userError(OrderErrorCode.FORBIDDEN, 'the lead is outside your branches', ['input', 'leadId']),
        );
      if (lead.state !== 'OPEN')
        return fail(
          userError(OrderErrorCode.INVALID_STATE, `lead ${lead.leadNo} is ${lead.state}`, [
            'input',
            'leadId',
          ]),
        );
      const verdicts = await this.orders.feasibilityOf(tx.em, lead.id);
      if (!verdicts.some((v) => v.verdict === 'FEASIBLE'))
        return fail(
          userError(
            OrderErrorCode.FEASIBILITY_REQUIRED,
            `lead ${lead.leadNo} has no FEASIBLE technical feasibility yet`,
            ['input', 'leadId'],
          ),
        );
      const branch = lead.branchId ? await this.branches.byId(tx.em, lead.branchId) : null;
      if (!branch)
        return fail(
          userError(ErrorCode.REFERENCE_NOT_FOUND, 'the lead has no known branch', ['input', 'leadId']),
        );
      const orderDetails: OrderDetails = {
        customerName: input.customerName ?? lead.customerName,
        contactEmail: input.contactEmail ?? lead.contactEmail,
        contactPhone: input.contactPhone ?? lead.contactPhone,
        installationAddress: input.installationAddress,
        productId: input.productId,
        bandwidthId: input.bandwidthId ?? null,
        arc: input.arc,
        otc: input.otc,
        discountPercent: input.discountPercent,
      };
      const product = await this.productCheck(tx, orderDetails);
      if (!product.ok) return product;
      const at = this.clock();
      const flow = currentFlow('NEW');
      const year = at.getUTCFullYear();
      const order: Order = {
        ...orderDetails,
        id: randomUUID(),
        orderNo: formatOrderNo(year, await nextNumber(tx.em, ORDER_NO_SEQUENCE, year)),
        orderType: 'NEW',
        flowVersion: flow.version,
        state: flow.initial,
        leadId: lead.id,
        customerId: lead.customerId,
        branchId: branch.id,
        zoneId: branch.zoneId,
        cityId: lead.cityId,
        productCategoryId: product.value,
        currency: 'INR',
        approvalRound: 0,
        installationDate: null,
        activationDate: null,
        stateEnteredAt: at,
        tatDueAt: tatDue(at, flow.states[flow.initial].tatHours),
        createdAt: at,
        createdBy: tx.context.actor.id,
        updatedAt: at,
        revision: 1,
      };
      await this.orders.insert(tx.em, {
        ...order,
        clientMutationId: input.clientMutationId ?? null,
        requestHash,
      });
      await this.leads.update(tx.em, lead.id, { state: 'CONVERTED' });
      await tx.events.publish(leadConverted, lead.id, {
        leadId: lead.id,
        leadNo: lead.leadNo,
        customerName: lead.customerName,
        cityId: lead.cityId,
        branchId: branch.id,
        orderId: order.id,
        orderNo: order.orderNo,
        convertedAt: at.toISOString(),
        convertedBy: tx.context.actor.id,
      });
      await this.transitions.book(tx, order);
      if (!input.submit) return ok(order);
      const submitted = await this.transitions.apply(
        tx,
        order,
        { action: 'SUBMIT' },
        flowActor(principal),
        at,
      );
      if (!submitted.ok) throw new UnexpectedRefusal(submitted.errors[0].message);
      return submitted;
    });
  }

  /** Edits a booked (or rejected) order; a created order is locked (ORDER_LOCKED). */
  async update(context: EventContext, principal: Principal, raw: unknown): Promise<Result<Order>> {
    const parsed = parseInput(updateOrderInput, raw);
    if (!parsed.ok) return parsed;
    const { id, ...changes } = parsed.value;
    return this.uow.run(context, async (tx) => {
      const order = await this.reachable(tx, principal, id);
      if (!order.ok) return order;
      if (!principal.can('ORDERS:EDIT'))
        return fail(userError(OrderErrorCode.FORBIDDEN, 'you may not edit orders', ['input', 'id']));
      if (!isEditable(order.value))
        return fail(
          userError(
            OrderErrorCode.ORDER_LOCKED,
            `order ${order.value.orderNo} is ${order.value.state}: its details can no longer be changed`,
            ['input', 'id'],
          ),
        );
      const current = order.value;
      const next: OrderDetails = {
        customerName: changes.customerName ?? current.customerName,
        contactEmail: changes.contactEmail === undefined ? current.contactEmail : changes.contactEmail,
        contactPhone: changes.contactPhone === undefined ? current.contactPhone : changes.contactPhone,
        installationAddress: changes.installationAddress ?? current.installationAddress,
        productId: changes.productId ?? current.productId,
        bandwidthId: changes.bandwidthId === undefined ? current.bandwidthId : changes.bandwidthId,
        arc: changes.arc ?? current.arc,
        otc: changes.otc ?? current.otc,
        discountPercent: changes.discountPercent ?? current.discountPercent,
      };
      if (!detailsDiffer(current, next)) return ok(current);
      const product = await this.productCheck(tx, next);
      if (!product.ok) return product;
      const updated: Order = {
        ...current,
        ...next,
        productCategoryId: product.value,
        updatedAt: this.clock(),
        revision: current.revision + 1,
      };
      await this.orders.save(tx.em, updated);
      return ok(updated);
    });
  }

  /** Sends a booked order for approval (SUBMIT), or a rejected one again as a new round (RESUBMIT). */
  submit(context: EventContext, principal: Principal, raw: unknown): Promise<Result<Order>> {
    const parsed = parseInput(submitInput, raw);
    if (!parsed.ok) return Promise.resolve(parsed);
    return this.fire(context, principal, parsed.value.id, (order) => ({
      action: order.state === 'REJECTED' ? 'RESUBMIT' : 'SUBMIT',
      comment: parsed.value.comment ?? null,
    }));
  }

  /** Cancels a booked order or one in the rejected bin, with a reason. */
  cancel(context: EventContext, principal: Principal, raw: unknown): Promise<Result<Order>> {
    const parsed = parseInput(cancelInput, raw);
    if (!parsed.ok) return Promise.resolve(parsed);
    return this.fire(context, principal, parsed.value.id, () => ({
      action: 'CANCEL',
      comment: parsed.value.reason,
    }));
  }

  /** Sets the activation date of an installed order: the service goes live. */
  activate(context: EventContext, principal: Principal, raw: unknown): Promise<Result<Order>> {
    const parsed = parseInput(activateInput, raw);
    if (!parsed.ok) return Promise.resolve(parsed);
    return this.fire(context, principal, parsed.value.id, () => ({
      action: 'ACTIVATE',
      activationDate: parsed.value.activationDate,
    }));
  }

  /**
   * Cancels a lead with a reason: an OPEN lead, or at the order-entry step a CONVERTED lead whose order is
   * still booked (the order is cancelled with it, in the same transaction). `lead.cancelled` is published
   * with it, so feasibility withdraws the lead's open requests and LMS learns of it.
   */
  async cancelLead(context: EventContext, principal: Principal, raw: unknown): Promise<Result<Lead>> {
    const parsed = parseInput(cancelInput, raw);
    if (!parsed.ok) return parsed;
    const { id, reason: why } = parsed.value;
    return this.uow.run(context, async (tx) => {
      const [lead] = await this.leads.byIds(tx.em, [id]);
      if (!lead || !principal.reaches({ branchId: lead.branchId }))
        return fail(userError(ErrorCode.NOT_FOUND, 'no lead has this id', ['input', 'id']));
      const at = this.clock();
      if (lead.state === 'CONVERTED') {
        const open = await this.orders.liveOrdersOfLead(tx.em, lead.id);
        const booked = open.filter((o) => o.state === 'BOOKED');
        if (booked.length !== open.length)
          return fail(
            userError(
              OrderErrorCode.INVALID_STATE,
              `lead ${lead.leadNo} has an order past order entry; cancel that order instead`,
              ['input', 'id'],
            ),
          );
        for (const order of booked) {
          const cancelled = await this.transitions.apply(
            tx,
            order,
            { action: 'CANCEL', comment: why },
            flowActor(principal),
            at,
          );
          if (!cancelled.ok) return cancelled;
        }
      } else {
        const refusal = leadCancelRefusal(lead);
        if (refusal) return fail(userError(OrderErrorCode.INVALID_STATE, refusal, ['input', 'id']));
      }
      const changes = {
        state: 'CANCELLED' as const,
        cancelReason: why,
        cancelledAt: at,
        cancelledBy: tx.context.actor.id,
      };
      await this.leads.update(tx.em, lead.id, changes);
      await tx.events.publish(leadCancelled, lead.id, {
        leadId: lead.id,
        leadNo: lead.leadNo,
        customerName: lead.customerName,
        cityId: lead.cityId,
        branchId: lead.branchId,
        reason: why,
        cancelledAt: at.toISOString(),
        cancelledBy: changes.cancelledBy,
      });
      return ok({ ...lead, ...changes });
    });
  }

  /** Runs one engine action on an order the caller reaches, in one transaction. */
  private fire(
    context: EventContext,
    principal: Principal,
    id: string,
    request: (order: Order) => ActionRequest,
  ): Promise<Result<Order>> {
    return this.uow.run(context, async (tx) => {
      const order = await this.reachable(tx, principal, id, true);
      if (!order.ok) return order;
      return this.transitions.apply(
        tx,
        order.value,
        request(order.value),
        flowActor(principal),
        this.clock(),
      );
    });
  }

  /** The order, locked when asked, if the caller reaches its branch; else NOT_FOUND. */
  private async reachable(
    tx: Transaction,
    principal: Principal,
    id: string,
    lock = false,
  ): Promise<Result<Order>> {
    const row = lock ? await this.orders.forUpdate(tx.em, id) : await this.orders.byId(tx.em, id);
    if (!row || !principal.reaches({ branchId: row.branchId }))
      return fail(userError(ErrorCode.NOT_FOUND, 'no order has this id', ['input', 'id']));
    return ok(toOrder(row));
  }

  /** The product must be known and active, and the bandwidth one it offers; returns the product's category. */
  private async productCheck(tx: Transaction, d: OrderDetails): Promise<Result<string>> {
    const product = await this.catalogue.productById(tx.em, d.productId);
    if (!product)
      return fail(userError(ErrorCode.REFERENCE_NOT_FOUND, 'no product has this id', ['input', 'productId']));
    if (!product.active)
      return fail(
        userError(OrderErrorCode.REFERENCE_INACTIVE, `product ${product.code} is inactive`, [
          'input',
          'productId',
        ]),
      );
    if (d.bandwidthId && !product.bandwidthIds.includes(d.bandwidthId))
      return fail(
        userError(ErrorCode.VALIDATION, `product ${product.code} does not offer this bandwidth`, [
          'input',
          'bandwidthId',
        ]),
      );
    return ok(product.categoryId);
  }
}

/** A refusal where none can happen (the engine allowed it a moment ago): a bug, so the transaction rolls back. */
class UnexpectedRefusal extends Error {}

/** The order without its stored-only columns. */
export function toOrder<T extends Order>(row: T): Order {
  const {
    clientMutationId: _k,
    requestHash: _h,
    ...order
  } = row as T & { clientMutationId?: unknown; requestHash?: unknown };
  return order;
}

function fingerprint(input: z.infer<typeof createOrderInput>): string {
  const { clientMutationId: _key, ...rest } = input;
  return createHash('sha256').update(JSON.stringify(rest)).digest('hex');
}

export { EngineErrorCode };
