import { randomUUID } from 'node:crypto';
import type { RunningService } from '@oms/server';
import {
  TEST_ADMIN,
  gql,
  gqlData,
  proofHeaders,
  seedAccess,
  startServiceUnderTest,
  testAccess,
  uniqueSuffix,
  type ServiceUnderTest,
  type TopicRecorder,
} from '@oms/testkit';
import { OutboxEntity } from '@oms/messaging';
import { approvalsService } from '../src/service';
import { ApprovalMatrixEntity } from '../src/persistence/approval-matrix.entities';
import { anApprovalMatrixInput } from './builders';

const CREATE = `mutation($input: CreateApprovalMatrixInput!) {
  createApprovalMatrix(input: $input) {
    clientMutationId
    approvalMatrix { id name version status description createdAt createdBy }
    errors { code field message }
  }
}`;
const LIST = `query($filter: ApprovalMatrixFilter, $first: Int, $after: String) {
  approvalMatrices(filter: $filter, first: $first, after: $after) {
    edges { cursor node { id name version } }
    pageInfo { hasNextPage endCursor }
    totalCount
  }
}`;

/** What createApprovalMatrix answers, as far as these specs read it. */
interface CreatePayload {
  clientMutationId: string | null;
  approvalMatrix: {
    id: string;
    name: string;
    version: number;
    status: string;
    description: string | null;
    createdAt: string;
    createdBy: string;
  } | null;
  errors: { code: string; field: string[] | null; message: string }[];
}

describe('approvals on MariaDB + Kafka', () => {
  let underTest: ServiceUnderTest;
  let service: RunningService;
  let recorder: TopicRecorder;

  const create = async (input: object) =>
    (await gqlData<{ createApprovalMatrix: CreatePayload }>(service.url, CREATE, { input }))
      .createApprovalMatrix;
  const count = {
    matrices: () => service.db.manager.getRepository(ApprovalMatrixEntity).count(),
    outbox: () => service.db.manager.getRepository(OutboxEntity).count(),
  };

  beforeAll(async () => {
    underTest = await startServiceUnderTest(approvalsService);
    ({ service, recorder } = underTest);
  });

  afterAll(async () => {
    await underTest?.stop();
  });

  it('creates a DRAFT matrix, shows it in the graph and publishes approval_matrix.created keyed by its id', async () => {
    const created = await create({ name: 'ILL Enterprise DOA', description: 'Enterprise ILL orders' });
    expect(created.errors).toEqual([]);
    const matrix = created.approvalMatrix!;
    expect(matrix).toMatchObject({
      name: 'ILL Enterprise DOA',
      version: 1,
      status: 'DRAFT',
      description: 'Enterprise ILL orders',
      createdBy: TEST_ADMIN.userId,
    });

    const { approvalMatrix } = await gqlData(
      service.url,
      'query($id: ID!) { approvalMatrix(id: $id) { id name version status } }',
      { id: matrix.id },
    );
    expect(approvalMatrix).toEqual({
      id: matrix.id,
      name: 'ILL Enterprise DOA',
      version: 1,
      status: 'DRAFT',
    });
    const missing = await gqlData(service.url, 'query($id: ID!) { approvalMatrix(id: $id) { id } }', {
      id: randomUUID(),
    });
    expect(missing.approvalMatrix).toBeNull();
    const entities = await gqlData(
      service.url,
      'query($reps: [_Any!]!) { _entities(representations: $reps) { ... on ApprovalMatrix { name version } } }',
      { reps: [{ __typename: 'ApprovalMatrix', id: matrix.id }] },
    );
    expect(entities._entities).toEqual([{ name: 'ILL Enterprise DOA', version: 1 }]);

    await recorder.waitFor((m) => m.length >= 1);
    const [message] = recorder.messages;
    const event = JSON.parse(message.value);
    expect(message.key).toBe(matrix.id);
    expect(event).toMatchObject({
      type: 'approval_matrix.created',
      version: 1,
      source: 'approvals',
      aggregateType: 'ApprovalMatrix',
      aggregateId: matrix.id,
    });
    expect(event.payload).toEqual({
      matrixId: matrix.id,
      name: 'ILL Enterprise DOA',
      version: 1,
      createdAt: matrix.createdAt,
    });
  });

  it('gives an existing name (in any case) the next version and lists its versions newest first', async () => {
    const v2 = await create({ name: 'ill  enterprise DOA' });
    expect(v2.errors).toEqual([]);
    expect(v2.approvalMatrix).toMatchObject({ name: 'ill enterprise DOA', version: 2, description: null });
    const v3 = await create({ name: 'ILL Enterprise DOA', description: 'Adds ZM level' });
    expect(v3.approvalMatrix!.version).toBe(3);
    await create({ name: 'VoIP SME DOA' });

    const page1 = (await gqlData(service.url, LIST, { filter: { name: 'ILL ENTERPRISE DOA' }, first: 2 }))
      .approvalMatrices;
    expect(page1.totalCount).toBe(3);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const page2 = (
      await gqlData(service.url, LIST, {
        filter: { name: 'ILL ENTERPRISE DOA' },
        first: 2,
        after: page1.pageInfo.endCursor,
      })
    ).approvalMatrices;
    expect(page2.pageInfo.hasNextPage).toBe(false);
    const versions = [...page1.edges, ...page2.edges].map(
      (e: { node: { version: number } }) => e.node.version,
    );
    expect(versions).toEqual([3, 2, 1]);

    const drafts = (await gqlData(service.url, LIST, { filter: { status: 'DRAFT' }, first: 100 }))
      .approvalMatrices;
    expect(drafts.totalCount).toBe(await count.matrices());

    await recorder.waitFor((m) => m.some((x) => x.key === v3.approvalMatrix!.id));
    const v3Event = recorder.messages.find((m) => m.key === v3.approvalMatrix!.id)!;
    expect(JSON.parse(v3Event.value).payload).toMatchObject({ name: 'ILL Enterprise DOA', version: 3 });
    const bad = await gql(service.url, LIST, { after: 'garbage' });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses bad input with typed errors and writes no matrix and no outbox row', async () => {
    const before = { matrices: await count.matrices(), outbox: await count.outbox() };
    const invalid = await create({ name: ' x ', description: 'd'.repeat(501) });
    expect(invalid.approvalMatrix).toBeNull();
    expect(invalid.errors).toEqual([
      {
        code: 'VALIDATION_FAILED',
        field: ['input', 'name'],
        message: 'name must have at least 3 characters',
      },
      {
        code: 'VALIDATION_FAILED',
        field: ['input', 'description'],
        message: 'description must have at most 500 characters',
      },
    ]);
    const missingName = await gql(service.url, CREATE, { input: { description: 'no name' } });
    expect(missingName.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await count.matrices()).toBe(before.matrices);
    expect(await count.outbox()).toBe(before.outbox);
  });

  it('answers a resubmitted clientMutationId with the first version and creates no new one', async () => {
    const input = anApprovalMatrixInput({ clientMutationId: `form-${uniqueSuffix()}` });
    const first = await create(input);
    expect(first.errors).toEqual([]);
    expect(first.clientMutationId).toBe(input.clientMutationId);
    const before = { matrices: await count.matrices(), outbox: await count.outbox() };

    const again = await create(input);
    expect(again).toEqual(first);
    const reused = await create({ ...input, description: 'something else' });
    expect(reused.approvalMatrix).toBeNull();
    expect(reused.errors[0]).toMatchObject({
      code: 'IDEMPOTENCY_KEY_REUSED',
      field: ['input', 'clientMutationId'],
    });
    expect(await count.matrices()).toBe(before.matrices);
    expect(await count.outbox()).toBe(before.outbox);
    const versions = (await gqlData(service.url, LIST, { filter: { name: input.name } })).approvalMatrices;
    expect(versions.totalCount).toBe(1);
  });

  it('gives concurrent new versions of one name distinct consecutive numbers', async () => {
    const name = `Concurrent DOA ${uniqueSuffix()}`;
    const results = await Promise.all(Array.from({ length: 4 }, () => create({ name })));
    expect(results.flatMap((r) => r.errors)).toEqual([]);
    const versions = results.map((r) => r.approvalMatrix!.version).sort((a, b) => a - b);
    expect(versions).toEqual([1, 2, 3, 4]);
  });

  it('lets approvers read the matrix and only its administrators change it; nothing without a gateway proof', async () => {
    await seedAccess(
      service.db,
      testAccess({ userId: 'approver', permissions: ['APPROVALS:VIEW', 'APPROVALS:APPROVE'] }),
      testAccess({ userId: 'sales', permissions: ['LEADS:VIEW', 'LEADS:CREATE'] }),
    );
    const before = { matrices: await count.matrices(), outbox: await count.outbox() };
    const byApprover = await gql(
      service.url,
      CREATE,
      { input: anApprovalMatrixInput() },
      await proofHeaders('approver'),
    );
    expect(byApprover.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(byApprover.data?.createApprovalMatrix ?? null).toBeNull();
    expect(await count.matrices()).toBe(before.matrices);
    expect(await count.outbox()).toBe(before.outbox);

    const read = await gql(service.url, LIST, {}, await proofHeaders('approver'));
    expect(read.errors).toBeUndefined();
    const bySales = await gql(service.url, LIST, {}, await proofHeaders('sales'));
    expect(bySales.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const direct = await fetch(service.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(direct.status).toBe(401);
    expect(((await direct.json()) as { data?: unknown }).data).toBeUndefined();
  });
});
