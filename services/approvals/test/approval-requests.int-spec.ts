import { randomUUID } from 'node:crypto';
import type { Producer } from 'kafkajs';
import { orderSubmitted, type EventEnvelope, type PayloadOf } from '@oms/contracts';
import { InboxEntity, OutboxEntity, UnitOfWork } from '@oms/messaging';
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
import { ApprovalDesk } from '../src/application/approval-desk';
import { ApprovalRequestRepository } from '../src/persistence/approval-request.repository';
import { ApprovalDecisionEntity, ApprovalRequestEntity } from '../src/persistence/approval-request.entities';
import { approvalsService } from '../src/service';

const ERR = 'errors { code field message }';
const REQUEST = `id status round amount currentLevel { level role limit } levels { level role } overdue escalatedAt nextActions
  decisions { level role decision comment decidedBy decidedByName onBehalfOf } matrix { id version }`;
const OPS = {
  createMatrix: `mutation($input: CreateApprovalMatrixInput!) { createApprovalMatrix(input: $input) { approvalMatrix { id version status } ${ERR} } }`,
  addRule: `mutation($input: AddApprovalRuleInput!) { addApprovalRule(input: $input) { rule { id levels { level role limit } } ${ERR} } }`,
  publish: `mutation($input: PublishApprovalMatrixInput!) { publishApprovalMatrix(input: $input) { approvalMatrix { id status } ${ERR} } }`,
  requests: `query($filter: ApprovalRequestFilter) { approvalRequests(filter: $filter) { edges { node { ${REQUEST} } } totalCount } }`,
  approve: `mutation($input: ApproveApprovalRequestInput!) { approveApprovalRequest(input: $input) { approvalRequest { ${REQUEST} } ${ERR} } }`,
  reject: `mutation($input: RejectApprovalRequestInput!) { rejectApprovalRequest(input: $input) { approvalRequest { ${REQUEST} } ${ERR} } }`,
  delegate: `mutation($input: DelegateApprovalsInput!) { delegateApprovals(input: $input) { delegation { id delegateId roles } ${ERR} } }`,
  orderRequests: `query($r: [_Any!]!) { _entities(representations: $r) { ... on Order { id approvalRequests { id round status } } } }`,
};

describe('approval requests on MariaDB + Kafka', () => {
  const suffix = `.${uniqueSuffix()}`;
  let underTest: ServiceUnderTest;
  let service: RunningService;
  let recorder: TopicRecorder;
  let producer: Producer;
  const branchId = randomUUID();
  const approver = (userId: string, group: string, branches = [branchId]) =>
    staffAccess(userId, {
      branchIds: branches,
      groups: [group],
      permissions: ['APPROVALS:VIEW', 'APPROVALS:APPROVE', 'ORDERS:VIEW'],
    });
  const rm = approver('rm-1', 'RM');
  const zm = approver('zm-1', 'ZM');
  const rmElsewhere = approver('rm-2', 'RM', [randomUUID()]);
  const substitute = approver('sub-1', 'SALES');

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const as = async <T = Record<string, any>>(
    userId: string | null,
    query: string,
    variables: Record<string, unknown>,
  ) => gqlData<T>(service.url, query, variables, userId ? await proofHeaders(userId) : undefined);
  const submission = (
    overrides: Partial<PayloadOf<typeof orderSubmitted>> = {},
  ): PayloadOf<typeof orderSubmitted> => ({
    orderId: randomUUID(),
    orderNo: `ORD-2026-${String(Math.floor(Math.random() * 999999)).padStart(6, '0')}`,
    orderType: 'NEW',
    round: 1,
    leadId: randomUUID(),
    customerName: 'Acme Networks',
    branchId,
    zoneId: 'zone-west',
    cityId: 'city-pune',
    productCategoryId: 'cat-ill',
    productId: 'ill-std',
    bandwidthId: null,
    arc: '250000.00',
    otc: '15000.00',
    discountPercent: '5.00',
    currency: 'INR',
    submittedAt: new Date().toISOString(),
    submittedBy: 'sales-1',
    ...overrides,
  });
  const envelope = (payload: PayloadOf<typeof orderSubmitted>, id = randomUUID()): EventEnvelope => ({
    id,
    type: orderSubmitted.type,
    version: orderSubmitted.version,
    source: 'orders',
    occurredAt: payload.submittedAt,
    aggregateType: 'Order',
    aggregateId: payload.orderId,
    correlationId: randomUUID(),
    causationId: null,
    actor: { kind: 'USER', id: payload.submittedBy },
    payload,
  });
  const submit = async (...events: EventEnvelope[]) => {
    await producer.send({
      topic: `oms.orders.v1${suffix}`,
      acks: -1,
      messages: events.map((e) => ({ key: e.aggregateId, value: JSON.stringify(e) })),
    });
    const inbox = service.db.manager.getRepository(InboxEntity);
    await waitUntil(async () =>
      (await Promise.all(events.map((e) => inbox.countBy({ eventId: e.id })))).every((n) => n > 0),
    );
  };
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  type Node = Record<string, any>;
  const requestsOf = async (orderId: string): Promise<Node[]> =>
    (
      await as<{ approvalRequests: { edges: { node: Node }[] } }>('rm-1', OPS.requests, {
        filter: { orderId },
      })
    ).approvalRequests.edges.map((e) => e.node);
  const published = (type: string, orderId: string) =>
    recorder.messages
      .filter((m) => m.key !== null)
      .map((m) => JSON.parse(m.value) as EventEnvelope)
      .filter((e) => e.type === type && (e.payload as { orderId: string }).orderId === orderId);
  const counts = async () => ({
    requests: await service.db.manager.getRepository(ApprovalRequestEntity).count(),
    decisions: await service.db.manager.getRepository(ApprovalDecisionEntity).count(),
    outbox: await service.db.manager.getRepository(OutboxEntity).count(),
  });
  const publishMatrix = async (orderType: string, name: string) => {
    const { createApprovalMatrix } = await as(null, OPS.createMatrix, { input: { name } });
    const matrixId = createApprovalMatrix.approvalMatrix.id as string;
    const { addApprovalRule } = await as(null, OPS.addRule, {
      input: {
        matrixId,
        priority: 10,
        orderType,
        productCategoryId: 'cat-ill',
        levels: [
          { role: 'RM', limit: '100000', tatHours: 24 },
          { role: 'ZM', limit: '1000000', tatHours: 48 },
        ],
      },
    });
    expect(addApprovalRule.errors).toEqual([]);
    const { publishApprovalMatrix } = await as(null, OPS.publish, { input: { id: matrixId } });
    expect(publishApprovalMatrix).toEqual({ approvalMatrix: { id: matrixId, status: 'ACTIVE' }, errors: [] });
    return matrixId;
  };

  beforeAll(async () => {
    underTest = await startServiceUnderTest(approvalsService, { suffix, record: ['approvals'] });
    ({ service, recorder } = underTest);
    producer = testKafka().producer({ allowAutoTopicCreation: false });
    await producer.connect();
    await seedAccess(service.db, rm, zm, rmElsewhere, substitute);
    await publishMatrix('NEW', 'DOA new orders');
  });

  afterAll(async () => {
    await producer?.disconnect();
    await underTest?.stop();
  });

  it('validates rules and freezes published versions', async () => {
    const { createApprovalMatrix } = await as(null, OPS.createMatrix, { input: { name: 'DOA checks' } });
    const matrixId = createApprovalMatrix.approvalMatrix.id;
    const bad = await as(null, OPS.addRule, {
      input: {
        matrixId,
        priority: 1,
        orderType: 'NEW',
        arcMin: '500',
        arcMax: '100',
        levels: [
          { role: 'RM', limit: '200000', tatHours: 24 },
          { role: 'ZM', limit: '100000', tatHours: 24 },
        ],
      },
    });
    expect(bad.addApprovalRule.errors.map((e: { field: string[] }) => e.field)).toEqual([
      ['input', 'arcMin'],
      ['input', 'levels'],
    ]);
    const empty = await as(null, OPS.publish, { input: { id: matrixId } });
    expect(empty.publishApprovalMatrix.errors[0].message).toBe(
      'a matrix needs at least one rule to be published',
    );
    const { approvalMatrices } = await as(
      null,
      `{ approvalMatrices(filter: { status: ACTIVE }) { edges { node { id rules { levels { role } } } } } }`,
      {},
    );
    const active = approvalMatrices.edges[0].node.id;
    const frozen = await as(null, OPS.addRule, {
      input: {
        matrixId: active,
        priority: 1,
        orderType: 'NEW',
        levels: [{ role: 'RM', limit: '1', tatHours: 1 }],
      },
    });
    expect(frozen.addApprovalRule.errors[0].code).toBe('INVALID_STATE');
  });

  it('walks two levels: level 1 cannot cover 2.5 lakh, level 2 approves; outsiders are refused and change nothing', async () => {
    const order = submission();
    const event = envelope(order);
    await submit(event);
    // Delivered twice: still one request.
    await submit({ ...event }, envelope(order));
    const [request] = await requestsOf(order.orderId);
    expect(await requestsOf(order.orderId)).toHaveLength(1);
    expect(request).toMatchObject({
      status: 'PENDING',
      round: 1,
      amount: '250000.00',
      currentLevel: { level: 1, role: 'RM' },
    });
    expect(published('approval_level.opened', order.orderId).map((e) => e.payload)).toEqual([
      expect.objectContaining({
        level: 1,
        role: 'RM',
        notify: [expect.objectContaining({ email: 'rm-1@oms.test', role: 'APPROVER' })],
      }),
    ]);

    const before = await counts();
    expect(
      (await as('zm-1', OPS.approve, { input: { id: request.id } })).approveApprovalRequest.errors[0],
    ).toMatchObject({
      code: 'FORBIDDEN',
      message: `level 1 of ${order.orderNo} is for RM`,
    });
    expect(
      (await as('rm-2', OPS.approve, { input: { id: request.id } })).approveApprovalRequest.errors[0].code,
    ).toBe('NOT_FOUND');
    expect(await counts()).toEqual(before);

    const first = (await as('rm-1', OPS.approve, { input: { id: request.id, comment: 'fine' } }))
      .approveApprovalRequest;
    expect(first.approvalRequest).toMatchObject({
      status: 'PENDING',
      currentLevel: { level: 2, role: 'ZM' },
    });
    await waitUntil(() => published('approval_level.opened', order.orderId).length === 2);
    expect(published('approval_level.opened', order.orderId)[1].payload).toMatchObject({
      level: 2,
      role: 'ZM',
      notify: [expect.objectContaining({ email: 'zm-1@oms.test' })],
    });
    const second = (await as('zm-1', OPS.approve, { input: { id: request.id, comment: 'approved' } }))
      .approveApprovalRequest;
    expect(second.approvalRequest).toMatchObject({
      status: 'APPROVED',
      nextActions: [],
      decisions: [
        {
          level: 1,
          role: 'RM',
          decision: 'APPROVED',
          decidedBy: 'rm-1',
          // The name as approvals' access copy holds it (the test builder names each user by its id).
          decidedByName: 'rm-1',
          onBehalfOf: 'rm-1',
          comment: 'fine',
        },
        {
          level: 2,
          role: 'ZM',
          decision: 'APPROVED',
          decidedBy: 'zm-1',
          onBehalfOf: 'zm-1',
          comment: 'approved',
        },
      ],
    });
    await waitUntil(() => published('approval_request.approved', order.orderId).length === 1);
    expect(published('approval_request.approved', order.orderId)[0].payload).toMatchObject({
      round: 1,
      decidedBy: 'zm-1',
    });
    expect(
      (await as('zm-1', OPS.approve, { input: { id: request.id } })).approveApprovalRequest.errors[0].code,
    ).toBe('INVALID_STATE');
    // Orders' Order shows its approval requests.
    const { _entities } = await as('rm-1', OPS.orderRequests, {
      r: [{ __typename: 'Order', id: order.orderId }],
    });
    expect(_entities).toEqual([
      { id: order.orderId, approvalRequests: [{ id: request.id, round: 1, status: 'APPROVED' }] },
    ]);
  });

  it('approves at level 1 when its limit covers the amount; rejects with a comment; a resubmitted round is a new request', async () => {
    const small = submission({ arc: '80000.00' });
    await submit(envelope(small));
    const [request] = await requestsOf(small.orderId);
    const noComment = await as('rm-1', OPS.reject, { input: { id: request.id, comment: '' } });
    expect(noComment.rejectApprovalRequest.errors[0].field).toEqual(['input', 'comment']);
    const rejected = (
      await as('rm-1', OPS.reject, {
        input: { id: request.id, comment: 'discount too high', reasonCode: 'PRICE' },
      })
    ).rejectApprovalRequest;
    expect(rejected.approvalRequest.status).toBe('REJECTED');
    await waitUntil(() => published('approval_request.rejected', small.orderId).length === 1);
    expect(published('approval_request.rejected', small.orderId)[0].payload).toMatchObject({
      level: 1,
      comment: 'discount too high',
      reasonCode: 'PRICE',
    });
    await submit(
      envelope({
        ...small,
        round: 2,
        discountPercent: '2.00',
        submittedAt: new Date(Date.now() + 1000).toISOString(),
      }),
    );
    const rounds = await requestsOf(small.orderId);
    expect(rounds.map((r): [number, string] => [Number(r.round), String(r.status)])).toEqual([
      [2, 'PENDING'],
      [1, 'REJECTED'],
    ]);
    const approved = (await as('rm-1', OPS.approve, { input: { id: rounds[0].id } })).approveApprovalRequest;
    expect(approved.approvalRequest.status).toBe('APPROVED');
  });

  it('lets a delegate act on behalf of an approver over the period', async () => {
    const now = Date.now();
    const self = await as('rm-1', OPS.delegate, {
      input: {
        delegateUserId: 'rm-1',
        from: new Date(now).toISOString(),
        to: new Date(now + 86_400_000).toISOString(),
      },
    });
    expect(self.delegateApprovals.errors[0].code).toBe('VALIDATION_FAILED');
    const { delegateApprovals } = await as('rm-1', OPS.delegate, {
      input: {
        delegateUserId: 'sub-1',
        from: new Date(now - 1000).toISOString(),
        to: new Date(now + 86_400_000).toISOString(),
      },
    });
    expect(delegateApprovals).toMatchObject({
      delegation: { delegateId: 'sub-1', roles: ['RM'] },
      errors: [],
    });
    const order = submission({ arc: '50000.00' });
    await submit(envelope(order));
    const [request] = await requestsOf(order.orderId);
    const done = (await as('sub-1', OPS.approve, { input: { id: request.id, comment: 'for rm-1' } }))
      .approveApprovalRequest;
    expect(done.approvalRequest).toMatchObject({
      status: 'APPROVED',
      decisions: [{ role: 'RM', decidedBy: 'sub-1', onBehalfOf: 'rm-1' }],
    });
  });

  it('keeps an order no rule matches UNROUTED until a published matrix routes it', async () => {
    const upgrade = submission({ orderType: 'UPGRADE' });
    await submit(envelope(upgrade));
    expect((await requestsOf(upgrade.orderId))[0]).toMatchObject({ status: 'UNROUTED', currentLevel: null });
    await publishMatrix('UPGRADE', 'DOA upgrades');
    expect((await requestsOf(upgrade.orderId))[0]).toMatchObject({
      status: 'PENDING',
      currentLevel: { level: 1 },
    });
  });

  it('escalates a level past its TAT once: the next level may act, and its approvers are told', async () => {
    const order = submission();
    await submit(envelope(order));
    const [request] = await requestsOf(order.orderId);
    expect(
      (await as('zm-1', OPS.requests, { filter: { orderId: order.orderId } })).approvalRequests.edges[0].node
        .nextActions,
    ).toEqual([]);
    const later = new Date(Date.now() + 25 * 3_600_000);
    const desk = new ApprovalDesk(
      new UnitOfWork(service.db, suffix),
      new ApprovalRequestRepository(),
      () => later,
    );
    const context = {
      correlationId: randomUUID(),
      causationId: null,
      actor: { kind: 'SYSTEM' as const, id: 'system' },
    };
    expect(await desk.escalateOverdue(context)).toBeGreaterThanOrEqual(1);
    expect(await desk.escalateOverdue(context)).toBe(0);
    await waitUntil(() => published('approval_level.escalated', order.orderId).length === 1);
    expect(published('approval_level.escalated', order.orderId)[0].payload).toMatchObject({
      level: 1,
      role: 'RM',
      escalatedTo: 'ZM',
      notify: [expect.objectContaining({ email: 'zm-1@oms.test' })],
    });
    const escalated = (await as('zm-1', OPS.requests, { filter: { orderId: order.orderId } }))
      .approvalRequests.edges[0].node;
    expect(escalated).toMatchObject({ escalatedAt: expect.any(String), nextActions: ['APPROVE', 'REJECT'] });
    const byZm = (await as('zm-1', OPS.approve, { input: { id: request.id } })).approveApprovalRequest;
    expect(byZm.approvalRequest.status).toBe('APPROVED');
  });
});
