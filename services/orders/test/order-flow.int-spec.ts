import { randomUUID } from 'node:crypto';
import type { Producer } from 'kafkajs';
import {
  approvalRequestApproved,
  approvalRequestRejected,
  bandwidthCreated,
  documentTypeCreated,
  feasibilityRequestConcluded,
  type orderActivated,
  productBandwidthsSet,
  productCreated,
  type EventDefinition,
  type EventEnvelope,
  type PayloadOf,
  type ServiceName,
} from '@oms/contracts';
import { InboxEntity, OutboxEntity } from '@oms/messaging';
import type { RunningService } from '@oms/server';
import {
  gqlData,
  proofHeaders,
  seedAccess,
  staffAccess,
  startServiceUnderTest,
  testKafka,
  uniqueSuffix,
  waitUntil,
  type ServiceUnderTest,
  type TopicRecorder,
} from '@oms/testkit';
import { ordersService } from '../src/service';
import { OrderEntity, OrderStateChangeEntity, WorkTaskEntity } from '../src/persistence/order.entities';
import { aBranchCreatedEvent, aCityCreatedEvent, aMastersEvent, aTeamEvent } from './builders';

const ORDER_FIELDS = `id orderNo state editable nextActions approvalRound arc otc discountPercent installationDate
  activationDate tatDueAt overdue customer { id customerCode name installedServices { serviceNo arc activationDate } }
  history { transition fromState toState changedBy changedByName comment }
  timeline { state transition enteredBy enteredByName budgetHours minutesSpent overBudget leftAt }
  tasks { id queue status action team { id } claimedBy }
  documents { id fileName contentType sizeBytes sha256 }`;
const CREATE_ORDER = `mutation($input: CreateOrderInput!) { createOrder(input: $input) { clientMutationId order { ${ORDER_FIELDS} } errors { code field message } } }`;
const UPDATE_ORDER = `mutation($input: UpdateOrderInput!) { updateOrder(input: $input) { order { ${ORDER_FIELDS} } errors { code field message } } }`;
const SUBMIT_ORDER = `mutation($input: SubmitOrderInput!) { submitOrder(input: $input) { order { ${ORDER_FIELDS} } errors { code field message } } }`;
const CANCEL_ORDER = `mutation($input: CancelOrderInput!) { cancelOrder(input: $input) { order { id state } errors { code field message } } }`;
const ACTIVATE_ORDER = `mutation($input: ActivateOrderInput!) { activateOrder(input: $input) { order { ${ORDER_FIELDS} } errors { code field message } } }`;
const CANCEL_LEAD = `mutation($input: CancelLeadInput!) { cancelLead(input: $input) { lead { id state cancelReason } errors { code field message } } }`;
const ORDER = `query($id: ID!) { order(id: $id) { ${ORDER_FIELDS} } }`;
const ORDERS = `query($filter: OrderFilter) { orders(filter: $filter, first: 50) { edges { node { id orderNo state } } totalCount } }`;
const TASKS = `query($filter: WorkTaskFilter) { workTasks(filter: $filter) { edges { node { id queue status action order { orderNo } } } totalCount } }`;
const taskMutation = (name: string, input: string) =>
  `mutation($input: ${input}!) { ${name}(input: $input) { task { id status claimedBy completedBy } errors { code field message } } }`;
const CLAIM = taskMutation('claimTask', 'TaskInput');
const RELEASE = taskMutation('releaseTask', 'TaskInput');
const COMPLETE = taskMutation('completeTask', 'CompleteTaskInput');
const REQUEST_UPLOAD = `mutation($input: RequestDocumentUploadInput!) { requestDocumentUpload(input: $input) { upload { url expiresAt allowedContentTypes maxSizeBytes } errors { code field message } } }`;
const REQUEST_DOWNLOAD = `mutation($input: RequestDocumentDownloadInput!) { requestDocumentDownload(input: $input) { download { url } errors { code field message } } }`;
const CREATE_LEAD = `mutation($input: CreateLeadInput!) { createLead(input: $input) { lead { id leadNo state } errors { code message } } }`;
const CREATE_LEAD_FOR_CUSTOMER = `mutation($input: CreateLeadInput!) { createLead(input: $input) {
  lead { id customerName contactEmail salesMode source crmOwnerId customer { customerCode } } errors { code field message } } }`;
const CUSTOMER = `query($code: String!) { customerByCode(customerCode: $code) { customerCode name email installedServices { serviceNo arc order { orderNo } } } }`;

/** A small valid PDF: what a scanned, signed installation report looks like to the sniffer. */
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);

type Errors = { code: string; field: string[] | null; message: string }[];

describe('the new-order flow in orders, on MariaDB + Kafka', () => {
  const suffix = `.${uniqueSuffix()}`;
  const ordersTopic = `oms.orders.v1${suffix}`;
  let underTest: ServiceUnderTest;
  let orders: RunningService;
  let recorder: TopicRecorder;
  let producer: Producer;

  const cityId = randomUUID();
  const branchId = randomUUID();
  const otherBranchId = randomUUID();
  const productId = randomUUID();
  const bandwidthId = randomUUID();
  const documentTypeId = randomUUID();
  const provisioningTeamId = randomUUID();
  const installationTeamId = randomUUID();
  const today = new Date().toISOString().slice(0, 10);

  const sales = staffAccess('sales-1', {
    branchIds: [branchId],
    permissions: ['LEADS:VIEW', 'LEADS:CREATE', 'LEADS:EDIT', 'ORDERS:VIEW', 'ORDERS:CREATE', 'ORDERS:EDIT'],
  });
  const outsider = staffAccess('sales-other', {
    branchIds: [otherBranchId],
    permissions: ['LEADS:VIEW', 'LEADS:CREATE', 'LEADS:EDIT', 'ORDERS:VIEW', 'ORDERS:CREATE', 'ORDERS:EDIT'],
  });
  const provisioner = staffAccess('prov-1', {
    branchIds: [branchId],
    permissions: ['PROVISIONING:VIEW', 'PROVISIONING:EDIT', 'ORDERS:VIEW'],
  });
  const provisionerElsewhere = staffAccess('prov-other', {
    branchIds: [otherBranchId],
    permissions: ['PROVISIONING:VIEW', 'PROVISIONING:EDIT', 'ORDERS:VIEW'],
  });
  const installer = {
    ...staffAccess('inst-1', {
      branchIds: [branchId],
      permissions: ['INSTALLATION:VIEW', 'INSTALLATION:EDIT'],
    }),
    installationCityIds: [cityId],
  };
  const installerElsewhere = staffAccess('inst-2', {
    branchIds: [branchId],
    permissions: ['INSTALLATION:VIEW', 'INSTALLATION:EDIT'],
  });

  const as = async (userId: string) => proofHeaders(userId);
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const call = async <T = Record<string, any>>(
    userId: string,
    query: string,
    variables: Record<string, unknown>,
  ) => gqlData<T>(orders.url, query, variables, await as(userId));
  const topicOf = (service: ServiceName) => `oms.${service}.v1${suffix}`;

  /** Publishes events onto a topic and waits until orders' consumer applied them. */
  const deliver = async (service: ServiceName, ...events: EventEnvelope[]) => {
    await producer.send({
      topic: topicOf(service),
      acks: -1,
      messages: events.map((e) => ({ key: e.aggregateId, value: JSON.stringify(e) })),
    });
    const inbox = orders.db.manager.getRepository(InboxEntity);
    await waitUntil(async () => {
      const applied = await Promise.all(events.map((e) => inbox.countBy({ eventId: e.id })));
      return applied.every((n) => n > 0);
    });
  };
  const anEvent = <D extends EventDefinition>(
    definition: D,
    aggregateId: string,
    payload: PayloadOf<D>,
    actor = 'approver-1',
  ) => ({
    ...aMastersEvent(definition, aggregateId, payload),
    actor: { kind: 'USER' as const, id: actor },
  });
  const verdict = (leadId: string, result: 'FEASIBLE' | 'NOT_FEASIBLE') =>
    anEvent(feasibilityRequestConcluded, randomUUID(), {
      requestId: randomUUID(),
      requestNo: 'FR-2026-000001',
      leadId,
      cityId,
      branchId,
      bsoId: randomUUID(),
      verdict: result,
      otcCost: '10000.00',
      mrcCost: '2500.00',
      currency: 'INR',
      expectedDeliveryDays: 15,
      remarks: null,
      decidedAt: new Date().toISOString(),
      decidedBy: 'tech-1',
      notify: [],
    });
  const decision = (kind: 'approved' | 'rejected', order: { id: string; orderNo: string }, round: number) =>
    kind === 'approved'
      ? anEvent(approvalRequestApproved, randomUUID(), {
          approvalRequestId: randomUUID(),
          orderId: order.id,
          orderNo: order.orderNo,
          round,
          decidedAt: new Date().toISOString(),
          decidedBy: 'approver-2',
          comment: 'within budget',
        })
      : anEvent(approvalRequestRejected, randomUUID(), {
          approvalRequestId: randomUUID(),
          orderId: order.id,
          orderNo: order.orderNo,
          round,
          level: 1,
          decidedAt: new Date().toISOString(),
          decidedBy: 'approver-1',
          reasonCode: null,
          comment: 'discount too high',
        });

  const eventsOf = (orderId: string, type: string) =>
    recorder.messages
      .filter((m) => m.topic === ordersTopic && m.key === orderId)
      .map((m) => JSON.parse(m.value) as EventEnvelope)
      .filter((e) => e.type === type);
  const counts = async () => ({
    orders: await orders.db.manager.getRepository(OrderEntity).count(),
    changes: await orders.db.manager.getRepository(OrderStateChangeEntity).count(),
    tasks: await orders.db.manager.getRepository(WorkTaskEntity).count(),
    outbox: await orders.db.manager.getRepository(OutboxEntity).count(),
  });

  /** A lead of the branch with a FEASIBLE verdict (unless told otherwise). */
  const feasibleLead = async (feasible = true) => {
    const { createLead } = await call('sales-1', CREATE_LEAD, {
      input: { customerName: 'Acme Networks', contactEmail: 'it@acme.example', cityId, branchId },
    });
    expect(createLead.errors).toEqual([]);
    if (feasible) await deliver('feasibility', verdict(createLead.lead.id, 'FEASIBLE'));
    return createLead.lead as { id: string; leadNo: string };
  };
  const orderInput = (leadId: string, overrides: object = {}) => ({
    leadId,
    submit: false,
    installationAddress: '14 MG Road, Camp, Pune',
    productId,
    bandwidthId,
    arc: '240000',
    otc: '15000.5',
    discountPercent: '5',
    ...overrides,
  });

  beforeAll(async () => {
    underTest = await startServiceUnderTest(ordersService, { suffix, record: ['orders'] });
    ({ service: orders, recorder } = underTest);
    producer = testKafka().producer({ allowAutoTopicCreation: false });
    await producer.connect();
    await seedAccess(
      orders.db,
      sales,
      outsider,
      provisioner,
      provisionerElsewhere,
      installer,
      installerElsewhere,
    );
    const now = new Date().toISOString();
    await deliver(
      'masters',
      aCityCreatedEvent({ cityId }),
      aBranchCreatedEvent({ branchId, cityIds: [cityId], zoneId: 'zone-west' }),
      aBranchCreatedEvent({ branchId: otherBranchId, code: 'GOA_01', cityIds: [cityId] }),
      aMastersEvent(bandwidthCreated, bandwidthId, {
        bandwidthId,
        value: 100,
        unit: 'MBPS',
        rank: 10,
        label: '100 Mbps',
        createdAt: now,
      }),
      aMastersEvent(productCreated, productId, {
        productId,
        code: 'ILL_STD',
        name: 'ILL Standard',
        categoryId: 'cat-ill',
        createdAt: now,
      }),
      aMastersEvent(productBandwidthsSet, productId, {
        productId,
        bandwidthIds: [bandwidthId],
        updatedAt: now,
      }),
      aMastersEvent(documentTypeCreated, documentTypeId, {
        documentTypeId,
        code: 'INSTALLATION_REPORT',
        name: 'Customer-signed installation report',
        description: null,
        requiredFor: [{ orderType: 'NEW', step: 'INSTALLATION' }],
        allowedContentTypes: ['application/pdf', 'image/jpeg'],
        maxSizeBytes: 4096,
        active: true,
        createdAt: now,
      }),
      aTeamEvent('created', {
        teamId: provisioningTeamId,
        code: 'PROV_PUNE',
        name: 'Provisioning Pune',
        kind: 'PROVISIONING',
        branchId,
        members: [{ userId: 'prov-1', email: 'prov-1@oms.test' }],
        mailAddress: 'provisioning.pune@oms.test',
      }),
      aTeamEvent('created', {
        teamId: installationTeamId,
        code: 'INST_PUNE',
        kind: 'INSTALLATION',
        branchId,
        members: [{ userId: 'inst-1', email: 'inst-1@oms.test' }],
      }),
    );
  });

  afterAll(async () => {
    await producer?.disconnect();
    await underTest?.stop();
  });

  it('refuses an order for a lead without a FEASIBLE technical verdict, writing nothing', async () => {
    const lead = await feasibleLead(false);
    const before = await counts();
    const { createOrder } = await call('sales-1', CREATE_ORDER, { input: orderInput(lead.id) });
    expect(createOrder.order).toBeNull();
    expect(createOrder.errors).toEqual([
      {
        code: 'FEASIBILITY_REQUIRED',
        field: ['input', 'leadId'],
        message: `lead ${lead.leadNo} has no FEASIBLE technical feasibility yet`,
      },
    ]);
    await deliver('feasibility', verdict(lead.id, 'NOT_FEASIBLE'));
    expect(
      (await call('sales-1', CREATE_ORDER, { input: orderInput(lead.id) })).createOrder.errors[0].code,
    ).toBe('FEASIBILITY_REQUIRED');
    expect(await counts()).toEqual(before);
  });

  it('refuses bad input and other branches with typed errors, writing nothing', async () => {
    const lead = await feasibleLead();
    const before = await counts();
    const bad = await call('sales-1', CREATE_ORDER, {
      input: orderInput(lead.id, { arc: '-5', discountPercent: '120', installationAddress: 'x' }),
    });
    expect(bad.createOrder.errors.map((e: Errors[number]) => e.field)).toEqual([
      ['input', 'installationAddress'],
      ['input', 'arc'],
      ['input', 'discountPercent'],
    ]);
    const foreign = await call('sales-other', CREATE_ORDER, { input: orderInput(lead.id) });
    expect(foreign.createOrder.errors).toEqual([
      { code: 'FORBIDDEN', field: ['input', 'leadId'], message: 'the lead is outside your branches' },
    ]);
    const unknownProduct = await call('sales-1', CREATE_ORDER, {
      input: orderInput(lead.id, { productId: randomUUID() }),
    });
    expect(unknownProduct.createOrder.errors[0]).toMatchObject({
      code: 'REFERENCE_NOT_FOUND',
      field: ['input', 'productId'],
    });
    expect(await counts()).toEqual(before);
  });

  it('books an editable order, locks it once created, and lets the rejected bin edit, resubmit or cancel it', async () => {
    const lead = await feasibleLead();
    const booked = (
      await call('sales-1', CREATE_ORDER, {
        input: { ...orderInput(lead.id), clientMutationId: `k-${lead.id}` },
      })
    ).createOrder;
    expect(booked.errors).toEqual([]);
    const order = booked.order;
    expect(order).toMatchObject({
      orderNo: expect.stringMatching(/^ORD-\d{4}-\d{6}$/),
      state: 'BOOKED',
      editable: true,
      nextActions: ['EDIT', 'SUBMIT', 'CANCEL'],
      arc: '240000.00',
      otc: '15000.50',
      discountPercent: '5.00',
      approvalRound: 0,
      history: [
        // The name as orders' access copy holds it (the test builder names each user by its id).
        {
          transition: 'BOOK',
          fromState: null,
          toState: 'BOOKED',
          changedBy: 'sales-1',
          changedByName: 'sales-1',
        },
      ],
      timeline: [expect.objectContaining({ enteredBy: 'sales-1', enteredByName: 'sales-1' })],
    });
    // The same key again: the same order, nothing new.
    const again = (
      await call('sales-1', CREATE_ORDER, {
        input: { ...orderInput(lead.id), clientMutationId: `k-${lead.id}` },
      })
    ).createOrder;
    expect(again.order.id).toBe(order.id);
    // Editable while booked.
    const edited = (await call('sales-1', UPDATE_ORDER, { input: { id: order.id, arc: '250000.00' } }))
      .updateOrder;
    expect(edited.errors).toEqual([]);
    expect(edited.order.arc).toBe('250000.00');
    // Another branch's user cannot even see it.
    expect(
      (await call('sales-other', UPDATE_ORDER, { input: { id: order.id, arc: '1.00' } })).updateOrder
        .errors[0].code,
    ).toBe('NOT_FOUND');
    expect((await call('sales-other', ORDER, { id: order.id })).order).toBeNull();

    const submitted = (await call('sales-1', SUBMIT_ORDER, { input: { id: order.id } })).submitOrder;
    expect(submitted.errors).toEqual([]);
    expect(submitted.order).toMatchObject({
      state: 'PENDING_APPROVAL',
      editable: false,
      nextActions: [],
      approvalRound: 1,
    });
    await waitUntil(() => eventsOf(order.id, 'order.submitted').length === 1);
    expect(eventsOf(order.id, 'order.submitted')[0].payload).toMatchObject({
      orderNo: order.orderNo,
      round: 1,
      arc: '250000.00',
      branchId,
      zoneId: 'zone-west',
      productCategoryId: 'cat-ill',
      productId,
    });

    // Created: locked. The edit is refused and changes nothing.
    const before = await counts();
    const locked = (await call('sales-1', UPDATE_ORDER, { input: { id: order.id, arc: '1.00' } }))
      .updateOrder;
    expect(locked.errors).toEqual([
      {
        code: 'ORDER_LOCKED',
        field: ['input', 'id'],
        message: `order ${order.orderNo} is PENDING_APPROVAL: its details can no longer be changed`,
      },
    ]);
    const twice = (await call('sales-1', SUBMIT_ORDER, { input: { id: order.id } })).submitOrder;
    expect(twice.errors[0].code).toBe('INVALID_STATE');
    expect(await counts()).toEqual(before);
    expect((await call('sales-1', ORDER, { id: order.id })).order.arc).toBe('250000.00');

    // Rejected: into the rejected bin, editable again.
    await deliver('approvals', decision('rejected', order, 1));
    const rejected = (await call('sales-1', ORDER, { id: order.id })).order;
    expect(rejected).toMatchObject({
      state: 'REJECTED',
      editable: true,
      nextActions: ['EDIT', 'RESUBMIT', 'CANCEL'],
    });
    expect(rejected.history.at(-1)).toMatchObject({
      transition: 'REJECT',
      changedBy: 'approver-1',
      // An approver this spec did not put in orders' access copy: no name is made up.
      changedByName: null,
      comment: 'discount too high',
    });
    expect(
      (await call('sales-1', UPDATE_ORDER, { input: { id: order.id, discountPercent: '2' } })).updateOrder
        .order.discountPercent,
    ).toBe('2.00');
    const resubmitted = (
      await call('sales-1', SUBMIT_ORDER, { input: { id: order.id, comment: 'discount lowered' } })
    ).submitOrder;
    expect(resubmitted.order).toMatchObject({ state: 'PENDING_APPROVAL', approvalRound: 2 });
    await waitUntil(() => eventsOf(order.id, 'order.submitted').length === 2);
    expect(eventsOf(order.id, 'order.submitted')[1].payload).toMatchObject({
      round: 2,
      discountPercent: '2.00',
    });

    // A late decision about round 1 changes nothing; the round-2 approval moves the order to provisioning.
    await deliver('approvals', decision('approved', order, 1));
    expect((await call('sales-1', ORDER, { id: order.id })).order.state).toBe('PENDING_APPROVAL');
    await deliver('approvals', decision('approved', order, 2));
    const approved = (await call('sales-1', ORDER, { id: order.id })).order;
    expect(approved.state).toBe('PROVISIONING');
    expect(approved.tasks).toEqual([
      {
        id: expect.any(String),
        queue: 'PROVISIONING',
        status: 'OPEN',
        action: 'COMPLETE_PROVISIONING',
        team: { id: provisioningTeamId },
        claimedBy: null,
      },
    ]);
    const entered = eventsOf(order.id, 'order.state_changed').map(
      (e) => e.payload as { toState: string; notify: { email: string }[] },
    );
    expect(entered.map((e) => e.toState)).toEqual([
      'BOOKED',
      'PENDING_APPROVAL',
      'REJECTED',
      'PENDING_APPROVAL',
      'PROVISIONING',
    ]);
    expect(entered.at(-1)!.notify.map((r) => r.email)).toEqual([
      'provisioning.pune@oms.test',
      'prov-1@oms.test',
      'sales-1@oms.test',
    ]);
  });

  it('cancels from the rejected bin, and cancels a lead at order entry with its booked order', async () => {
    const lead = await feasibleLead();
    const order = (await call('sales-1', CREATE_ORDER, { input: orderInput(lead.id, { submit: true }) }))
      .createOrder.order;
    expect(order.state).toBe('PENDING_APPROVAL');
    expect(
      (await call('sales-1', CANCEL_ORDER, { input: { id: order.id, reason: 'no longer wanted' } }))
        .cancelOrder.errors[0].code,
    ).toBe('INVALID_STATE');
    await deliver('approvals', decision('rejected', order, 1));
    const noReason = (await call('sales-1', CANCEL_ORDER, { input: { id: order.id, reason: '' } }))
      .cancelOrder;
    expect(noReason.errors[0]).toMatchObject({ code: 'VALIDATION_FAILED', field: ['input', 'reason'] });
    const cancelled = (
      await call('sales-1', CANCEL_ORDER, { input: { id: order.id, reason: 'customer chose a competitor' } })
    ).cancelOrder;
    expect(cancelled).toEqual({ order: { id: order.id, state: 'CANCELLED' }, errors: [] });

    const other = await feasibleLead();
    const booked = (await call('sales-1', CREATE_ORDER, { input: orderInput(other.id) })).createOrder.order;
    const { cancelLead } = await call('sales-1', CANCEL_LEAD, {
      input: { id: other.id, reason: 'budget frozen' },
    });
    expect(cancelLead).toEqual({
      lead: { id: other.id, state: 'CANCELLED', cancelReason: 'budget frozen' },
      errors: [],
    });
    expect((await call('sales-1', ORDER, { id: booked.id })).order.state).toBe('CANCELLED');
    // Entering the order converted the lead, published with the order.
    await waitUntil(() => eventsOf(other.id, 'lead.converted').length === 1);
    expect(eventsOf(other.id, 'lead.converted')[0].payload).toMatchObject({
      leadId: other.id,
      orderId: booked.id,
    });
    // Published with it, so feasibility withdraws the lead's open requests and LMS learns of it.
    await waitUntil(() => eventsOf(other.id, 'lead.cancelled').length === 1);
    expect(eventsOf(other.id, 'lead.cancelled')[0].payload).toMatchObject({
      leadId: other.id,
      reason: 'budget frozen',
      branchId: expect.any(String),
    });
    expect(
      (await call('sales-1', CANCEL_LEAD, { input: { id: other.id, reason: 'again' } })).cancelLead.errors[0]
        .code,
    ).toBe('INVALID_STATE');
    const { orders: list } = await call('sales-1', ORDERS, { filter: { state: 'CANCELLED' } });
    expect(list.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual(
      expect.arrayContaining([order.id, booked.id]),
    );
  });

  it('runs provisioning and installation through the work queues, with the signed report, to a live service', async () => {
    const lead = await feasibleLead();
    const order = (await call('sales-1', CREATE_ORDER, { input: orderInput(lead.id, { submit: true }) }))
      .createOrder.order;
    await deliver('approvals', decision('approved', order, 1));
    const [provisioning] = (await call('prov-1', ORDER, { id: order.id })).order.tasks;

    // Out of the queue: the installer learns it is not theirs; another branch cannot see it at all.
    expect((await call('inst-1', CLAIM, { input: { id: provisioning.id } })).claimTask.errors[0].code).toBe(
      'FORBIDDEN',
    );
    expect(
      (await call('prov-other', CLAIM, { input: { id: provisioning.id } })).claimTask.errors[0].code,
    ).toBe('NOT_FOUND');
    expect(
      (await call('prov-1', COMPLETE, { input: { id: provisioning.id } })).completeTask.errors[0],
    ).toMatchObject({
      code: 'INVALID_STATE',
      message: 'claim the task first',
    });
    const claimed = (await call('prov-1', CLAIM, { input: { id: provisioning.id } })).claimTask;
    expect(claimed.task).toMatchObject({ status: 'CLAIMED', claimedBy: 'prov-1' });
    expect((await call('prov-1', RELEASE, { input: { id: provisioning.id } })).releaseTask.task.status).toBe(
      'OPEN',
    );
    await call('prov-1', CLAIM, { input: { id: provisioning.id } });
    const { workTasks } = await call('prov-1', TASKS, {
      filter: { queue: 'PROVISIONING', status: 'CLAIMED' },
    });
    expect(workTasks.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(provisioning.id);
    expect(
      (await call('prov-1', COMPLETE, { input: { id: provisioning.id } })).completeTask.task,
    ).toMatchObject({
      status: 'DONE',
      completedBy: 'prov-1',
    });

    const installing = (await call('inst-1', ORDER, { id: order.id })).order;
    expect(installing.state).toBe('INSTALLATION');
    const installation = installing.tasks.find((t: { queue: string }) => t.queue === 'INSTALLATION');
    expect(installation).toMatchObject({ status: 'OPEN', team: { id: installationTeamId } });
    // Installation-city rights apply: an installer without the city neither claims nor sees the task.
    expect((await call('inst-2', CLAIM, { input: { id: installation.id } })).claimTask.errors[0].code).toBe(
      'FORBIDDEN',
    );
    expect((await call('inst-2', TASKS, { filter: { queue: 'INSTALLATION' } })).workTasks.edges).toEqual([]);
    await call('inst-1', CLAIM, { input: { id: installation.id } });

    // No signed report yet: refused, nothing changes.
    const before = await counts();
    const early = (
      await call('inst-1', COMPLETE, { input: { id: installation.id, installationDate: today } })
    ).completeTask;
    expect(early.errors[0].code).toBe('DOCUMENT_REQUIRED');
    expect(await counts()).toEqual(before);

    // Upload the signed report through a short-lived link; wrong type and oversized files are refused.
    const link = async () =>
      (
        await call<{ requestDocumentUpload: { upload: { url: string } } }>('inst-1', REQUEST_UPLOAD, {
          input: { orderId: order.id, documentTypeId, fileName: '../signed report.pdf' },
        })
      ).requestDocumentUpload;
    const put = async (url: string, body: Buffer) =>
      fetch(new URL(url, orders.url), {
        method: 'PUT',
        body,
        headers: { 'content-type': 'application/octet-stream' },
      });
    const first = await link();
    expect(first.upload).toMatchObject({
      allowedContentTypes: ['application/pdf', 'image/jpeg'],
      maxSizeBytes: 4096,
    });
    expect((await put(first.upload.url, PNG)).status).toBe(415);
    expect((await put(first.upload.url, Buffer.concat([PDF, Buffer.alloc(5000)]))).status).toBe(413);
    const stored = await put(first.upload.url, PDF);
    expect(stored.status).toBe(201);
    expect(((await stored.json()) as { document: unknown }).document).toMatchObject({
      fileName: 'signed report.pdf',
      contentType: 'application/pdf',
      sizeBytes: PDF.length,
    });
    expect((await put(first.upload.url, PDF)).status).toBe(410);
    expect(
      (
        await call('sales-other', REQUEST_UPLOAD, {
          input: { orderId: order.id, documentTypeId, fileName: 'x.pdf' },
        })
      ).requestDocumentUpload.errors[0].code,
    ).toBe('NOT_FOUND');

    // Download: only for those who reach the order.
    const [document] = (await call('inst-1', ORDER, { id: order.id })).order.documents;
    expect(
      (await call('sales-other', REQUEST_DOWNLOAD, { input: { id: document.id } })).requestDocumentDownload
        .errors[0].code,
    ).toBe('NOT_FOUND');
    const download = (await call('sales-1', REQUEST_DOWNLOAD, { input: { id: document.id } }))
      .requestDocumentDownload;
    const fetched = await fetch(new URL(download.download.url, orders.url));
    expect(fetched.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await fetched.arrayBuffer()).equals(PDF)).toBe(true);

    const future = (
      await call('inst-1', COMPLETE, { input: { id: installation.id, installationDate: '2999-01-01' } })
    ).completeTask;
    expect(future.errors[0]).toMatchObject({
      code: 'VALIDATION_FAILED',
      field: ['input', 'installationDate'],
    });
    const installed = (
      await call('inst-1', COMPLETE, { input: { id: installation.id, installationDate: today } })
    ).completeTask;
    expect(installed.errors).toEqual([]);

    const activated = (
      await call('inst-1', ACTIVATE_ORDER, { input: { id: order.id, activationDate: today } })
    ).activateOrder;
    expect(activated.errors).toEqual([]);
    expect(activated.order).toMatchObject({
      state: 'LIVE',
      installationDate: today,
      activationDate: today,
      tatDueAt: null,
      nextActions: [],
      customer: { name: 'Acme Networks', installedServices: [{ arc: '240000.00', activationDate: today }] },
    });
    expect(activated.order.timeline.map((t: { state: string }) => t.state)).toEqual([
      'BOOKED',
      'PENDING_APPROVAL',
      'PROVISIONING',
      'INSTALLATION',
      'INSTALLED',
      'LIVE',
    ]);
    await waitUntil(() => eventsOf(order.id, 'order.activated').length === 1);
    const live = eventsOf(order.id, 'order.activated')[0].payload as PayloadOf<typeof orderActivated>;
    expect(live).toMatchObject({
      orderNo: order.orderNo,
      leadId: lead.id,
      customer: {
        name: 'Acme Networks',
        email: 'it@acme.example',
        customerCode: activated.order.customer.customerCode,
      },
      service: { productCode: 'ILL_STD', bandwidthLabel: '100 MBPS', arc: '240000.00' },
      installationDate: today,
      activationDate: today,
      billingStartDate: today,
    });
    const { customerByCode } = await call('sales-1', CUSTOMER, {
      code: activated.order.customer.customerCode,
    });
    expect(customerByCode).toMatchObject({
      name: 'Acme Networks',
      email: 'it@acme.example',
      installedServices: [{ serviceNo: live.service.serviceNo, order: { orderNo: order.orderNo } }],
    });
    expect(
      (await call('inst-1', ACTIVATE_ORDER, { input: { id: order.id, activationDate: today } })).activateOrder
        .errors[0].code,
    ).toBe('INVALID_STATE');

    // The customer code lists the customer for a new lead, whose order belongs to the customer from the start.
    const existing = await call('sales-1', CREATE_LEAD_FOR_CUSTOMER, {
      input: { customerId: activated.order.customer.id, cityId, branchId, salesMode: 'TELESALES' },
    });
    expect(existing.createLead).toMatchObject({
      errors: [],
      lead: {
        customerName: 'Acme Networks',
        contactEmail: 'it@acme.example',
        salesMode: 'TELESALES',
        source: 'EXISTING_CUSTOMER',
        crmOwnerId: 'sales-1',
        customer: { customerCode: activated.order.customer.customerCode },
      },
    });
    await deliver('feasibility', verdict(existing.createLead.lead.id, 'FEASIBLE'));
    const second = (
      await call('sales-1', CREATE_ORDER, {
        input: orderInput(existing.createLead.lead.id, { submit: true }),
      })
    ).createOrder.order;
    expect(second.customer).toMatchObject({ id: activated.order.customer.id });
  });
});
