import { DateScalar, DateTimeScalar, DecimalScalar, listQuery, payload } from '@oms/server';
import { flowActor } from '../application/order-entry';
import { isOverdue } from '../domain/order';
import { isEditable, nextActions } from '../domain/order-engine';
import { isTaskOverdue } from '../domain/work-task';
import type { Resolvers } from './generated/resolvers-types';

/** A reference the gateway resolves in the subgraph that owns the type. */
const ref = <T extends string>(typename: T, id: string) => ({ __typename: typename, id });

/** The orders subgraph's resolvers: thin calls into the use cases. */
export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  Date: DateScalar,
  Decimal: DecimalScalar,
  Query: {
    lead: (_, { id }, ctx) => ctx.loaders.lead.load(id),
    leads: (_, args, ctx) => listQuery(() => ctx.useCases.leads.listLeads(args, ctx.principal.branchScope)),
    order: (_, { id }, ctx) => ctx.loaders.order.load(id),
    orders: (_, args, ctx) =>
      listQuery(() => ctx.useCases.orders.listOrders(args, ctx.principal.branchScope)),
    workTasks: (_, args, ctx) =>
      listQuery(() =>
        ctx.useCases.orders.listTasks(args, {
          branches: ctx.principal.branchScope,
          installationCities: ctx.principal.installationCityScope,
        }),
      ),
    customer: (_, { id }, ctx) => ctx.loaders.customer.load(id),
    customerByCode: (_, { customerCode }, ctx) => ctx.useCases.orders.customerByCode(customerCode),
  },
  Mutation: {
    createLead: async (_, { input }, ctx) =>
      payload('lead', await ctx.useCases.createLead.execute(ctx, ctx.principal, input)),
    updateLead: async (_, { input }, ctx) =>
      payload('lead', await ctx.useCases.updateLead.execute(ctx, ctx.principal, input)),
    cancelLead: async (_, { input }, ctx) =>
      payload('lead', await ctx.useCases.orderEntry.cancelLead(ctx, ctx.principal, input)),
    createOrder: async (_, { input }, ctx) => ({
      clientMutationId: input.clientMutationId ?? null,
      ...payload('order', await ctx.useCases.orderEntry.create(ctx, ctx.principal, input)),
    }),
    updateOrder: async (_, { input }, ctx) =>
      payload('order', await ctx.useCases.orderEntry.update(ctx, ctx.principal, input)),
    submitOrder: async (_, { input }, ctx) =>
      payload('order', await ctx.useCases.orderEntry.submit(ctx, ctx.principal, input)),
    cancelOrder: async (_, { input }, ctx) =>
      payload('order', await ctx.useCases.orderEntry.cancel(ctx, ctx.principal, input)),
    activateOrder: async (_, { input }, ctx) =>
      payload('order', await ctx.useCases.orderEntry.activate(ctx, ctx.principal, input)),
    claimTask: async (_, { input }, ctx) =>
      payload('task', await ctx.useCases.workQueue.claim(ctx, ctx.principal, input)),
    releaseTask: async (_, { input }, ctx) =>
      payload('task', await ctx.useCases.workQueue.release(ctx, ctx.principal, input)),
    completeTask: async (_, { input }, ctx) =>
      payload('task', await ctx.useCases.workQueue.complete(ctx, ctx.principal, input)),
    requestDocumentUpload: async (_, { input }, ctx) =>
      payload('upload', await ctx.useCases.documents.requestUpload(ctx, ctx.principal, input)),
    requestDocumentDownload: async (_, { input }, ctx) =>
      payload('download', await ctx.useCases.documents.requestDownload(ctx, ctx.principal, input)),
  },
  Lead: {
    __resolveReference: (reference, ctx) => ctx.loaders.lead.load(reference.id),
    // City and branch are masters' entities: hand the gateway references and let masters resolve their fields.
    city: (lead) => ref('City', lead.cityId),
    branch: (lead) => (lead.branchId ? ref('Branch', lead.branchId) : null),
    customer: (lead, _, ctx) => (lead.customerId ? ctx.loaders.customer.load(lead.customerId) : null),
    feasibility: (lead, _, ctx) => ctx.useCases.orders.feasibilityOf(lead.id),
    orders: (lead, _, ctx) => ctx.useCases.orders.ordersOfLead(lead.id),
  },
  LeadFeasibilityVerdict: {
    bso: (v) => ref('Bso', v.bsoId),
    result: (v) => v.verdict,
  },
  Order: {
    __resolveReference: (reference, ctx) => ctx.loaders.order.load(reference.id),
    lead: async (order, _, ctx) => (await ctx.loaders.lead.load(order.leadId))!,
    customer: (order, _, ctx) => (order.customerId ? ctx.loaders.customer.load(order.customerId) : null),
    branch: (order) => ref('Branch', order.branchId),
    city: (order) => ref('City', order.cityId),
    product: (order) => ref('Product', order.productId),
    bandwidth: (order) => (order.bandwidthId ? ref('Bandwidth', order.bandwidthId) : null),
    overdue: (order, _, ctx) => isOverdue(order, ctx.useCases.orders.now()),
    editable: (order) => isEditable(order),
    nextActions: (order, _, ctx) => nextActions(order, flowActor(ctx.principal)) as never,
    history: (order, _, ctx) => ctx.useCases.orders.history(order.id),
    timeline: (order, _, ctx) => ctx.useCases.orders.timeline(order.id),
    tasks: (order, _, ctx) => ctx.useCases.orders.tasksOfOrder(order.id),
    documents: (order, _, ctx) => ctx.useCases.documents.documentsOf(order.id),
  },
  OrderStateChange: {
    changedAt: (c) => c.at,
    changedBy: (c) => c.actorId,
    changedByName: (c, _, ctx) => ctx.loaders.userName.load(c.actorId),
  },
  OrderTimelineEntry: {
    state: (e) => e.change.toState,
    transition: (e) => e.change.transition,
    enteredAt: (e) => e.change.at,
    enteredBy: (e) => e.change.actorId,
    enteredByName: (e, _, ctx) => ctx.loaders.userName.load(e.change.actorId),
    budgetHours: (e) => e.change.tatHours,
    comment: (e) => e.change.comment,
  },
  WorkTask: {
    __resolveReference: (reference, ctx) => ctx.loaders.task.load(reference.id),
    order: async (task, _, ctx) => (await ctx.loaders.order.load(task.orderId))!,
    team: (task) => (task.teamId ? ref('Team', task.teamId) : null),
    branch: (task) => ref('Branch', task.branchId),
    city: (task) => ref('City', task.cityId),
    action: (task) => task.transition as never,
    overdue: (task, _, ctx) => isTaskOverdue(task, ctx.useCases.orders.now()),
  },
  OrderDocument: {
    documentType: (d) => ref('DocumentType', d.documentTypeId),
  },
  DocumentUploadLink: {
    allowedContentTypes: (link) => link.documentType.allowedContentTypes,
    maxSizeBytes: (link) => link.documentType.maxSizeBytes,
  },
  Customer: {
    __resolveReference: (reference, ctx) => ctx.loaders.customer.load(reference.id),
    branch: (c) => ref('Branch', c.branchId),
    city: (c) => ref('City', c.cityId),
    installedServices: (c, _, ctx) => ctx.useCases.orders.servicesOf(c.id),
  },
  InstalledService: {
    order: async (s, _, ctx) => (await ctx.loaders.order.load(s.orderId))!,
    product: (s) => ref('Product', s.productId),
    bandwidth: (s) => (s.bandwidthId ? ref('Bandwidth', s.bandwidthId) : null),
  },
};
