import { randomUUID } from 'node:crypto';
import type { RunningService } from '@oms/server';
import {
  TEST_ADMIN,
  gql,
  gqlData,
  startServiceUnderTest,
  uniqueSuffix,
  type ServiceUnderTest,
  type TopicRecorder,
} from '@oms/testkit';
import { OutboxEntity } from '@oms/messaging';
import { currentNumber } from '@oms/persistence';
import { feasibilityService } from '../src/service';
import { FeasibilityRequestEntity } from '../src/persistence/feasibility-request.entities';
import {
  aBranch,
  aBso,
  aCitySetting,
  aFeasibilityRequestInput,
  type FeasibilityRequestInput,
} from './builders';
import { mastersFeed, type MastersFeed } from './masters-feed';

const CREATE = `mutation($input: CreateFeasibilityRequestInput!) {
  createFeasibilityRequest(input: $input) {
    clientMutationId
    feasibilityRequest {
      id requestNo bandwidthMbps address status answerDueAt createdAt createdBy
      lead { id } city { id } branch { id } bso { id }
      history { fromStatus toStatus changedAt changedBy comment }
    }
    errors { code field message }
  }
}`;
const LIST = `query($filter: FeasibilityRequestFilter, $first: Int, $after: String) {
  feasibilityRequests(filter: $filter, first: $first, after: $after) {
    edges { cursor node { id requestNo } }
    pageInfo { hasNextPage endCursor }
    totalCount
  }
}`;

/** What createFeasibilityRequest answers, as far as these specs read it. */
interface CreatePayload {
  clientMutationId: string | null;
  feasibilityRequest: {
    id: string;
    requestNo: string;
    bandwidthMbps: number;
    address: string;
    status: string;
    answerDueAt: string;
    createdAt: string;
    createdBy: string;
    lead: { id: string };
    city: { id: string };
    branch: { id: string };
    bso: { id: string };
    history: { fromStatus: string | null; toStatus: string; changedAt: string; changedBy: string }[];
  } | null;
  errors: { code: string; field: string[] | null; message: string }[];
}

describe('feasibility on MariaDB + Kafka', () => {
  const year = new Date().getUTCFullYear();
  let underTest: ServiceUnderTest;
  let service: RunningService;
  let recorder: TopicRecorder;
  let masters: MastersFeed;
  // Masters data, as feasibility learns it from masters' events: two cities AIRLINK serves (TAT 24 h in the
  // first), and a branch serving both.
  const [pune, mumbai] = [randomUUID(), randomUUID()];
  const airlink = aBso('AIRLINK');
  const branch = aBranch('PUNE_01', [pune, mumbai]);
  /** A request the copies accept (Pune, PUNE_01, AIRLINK); override what a test is about. */
  const anAcceptedInput = (overrides: Partial<FeasibilityRequestInput> = {}) =>
    aFeasibilityRequestInput({ cityId: pune, branchId: branch.id, bsoId: airlink.id, ...overrides });

  const create = async (input: object) =>
    (await gqlData<{ createFeasibilityRequest: CreatePayload }>(service.url, CREATE, { input }))
      .createFeasibilityRequest;
  const count = {
    requests: () => service.db.manager.getRepository(FeasibilityRequestEntity).count(),
    outbox: () => service.db.manager.getRepository(OutboxEntity).count(),
    lastNumber: () => currentNumber(service.db.manager, 'feasibility_request', year),
  };

  beforeAll(async () => {
    underTest = await startServiceUnderTest(feasibilityService);
    ({ service, recorder } = underTest);
    masters = await mastersFeed(underTest);
    await masters.deliver(
      airlink.created(),
      aCitySetting(airlink, pune, 24).created(),
      aCitySetting(airlink, mumbai, 72).created(),
      branch.created(),
    );
  });

  afterAll(async () => {
    await masters?.stop();
    await underTest?.stop();
  });

  it('raises a numbered request, shows it in the graph and publishes feasibility.requested keyed by its id', async () => {
    const input = anAcceptedInput({ bandwidthMbps: 250 });
    const created = await create(input);
    expect(created.errors).toEqual([]);
    const request = created.feasibilityRequest!;
    expect(request).toMatchObject({
      requestNo: `FR-${year}-000001`,
      bandwidthMbps: 250,
      address: input.address,
      status: 'OPEN',
      createdBy: TEST_ADMIN.userId,
      lead: { id: input.leadId },
      city: { id: pune },
      branch: { id: branch.id },
      bso: { id: airlink.id },
      history: [{ fromStatus: null, toStatus: 'OPEN', changedBy: TEST_ADMIN.userId, comment: null }],
    });
    expect(request.history[0].changedAt).toBe(request.createdAt);
    // AIRLINK answers within 24 hours in Pune.
    expect(Date.parse(request.answerDueAt) - Date.parse(request.createdAt)).toBe(24 * 3_600_000);

    const { feasibilityRequest } = await gqlData(
      service.url,
      'query($id: ID!) { feasibilityRequest(id: $id) { id requestNo status lead { id } } }',
      { id: request.id },
    );
    expect(feasibilityRequest).toEqual({
      id: request.id,
      requestNo: request.requestNo,
      status: 'OPEN',
      lead: { id: input.leadId },
    });
    const missing = await gqlData(service.url, 'query($id: ID!) { feasibilityRequest(id: $id) { id } }', {
      id: randomUUID(),
    });
    expect(missing.feasibilityRequest).toBeNull();

    // The gateway resolves references to the request through _entities.
    const entities = await gqlData(
      service.url,
      'query($reps: [_Any!]!) { _entities(representations: $reps) { ... on FeasibilityRequest { requestNo } } }',
      { reps: [{ __typename: 'FeasibilityRequest', id: request.id }] },
    );
    expect(entities._entities).toEqual([{ requestNo: request.requestNo }]);

    await recorder.waitFor((m) => m.length >= 1);
    const [message] = recorder.messages;
    const event = JSON.parse(message.value);
    expect(message.key).toBe(request.id);
    expect(event).toMatchObject({
      type: 'feasibility.requested',
      version: 1,
      source: 'feasibility',
      aggregateType: 'FeasibilityRequest',
      aggregateId: request.id,
      actor: { kind: 'USER', id: TEST_ADMIN.userId },
    });
    expect(event.payload).toEqual({
      requestId: request.id,
      requestNo: `FR-${year}-000001`,
      leadId: input.leadId,
      cityId: input.cityId,
      bandwidthMbps: 250,
      address: input.address,
      branchId: branch.id,
      bsoId: airlink.id,
      bsoCode: 'AIRLINK',
      bsoName: 'AIRLINK Networks',
      answerDueAt: request.answerDueAt,
      // The BSO's To address for Pune, for the mail integrations sends from this event.
      notify: [{ email: 'feasibility@bso.example', name: null, role: 'BSO', kind: 'TO' }],
      createdAt: request.createdAt,
    });
  });

  it('refuses bad input with typed errors and writes no request, number or outbox row', async () => {
    const before = {
      requests: await count.requests(),
      outbox: await count.outbox(),
      last: await count.lastNumber(),
    };
    const invalid = await create({
      leadId: 'L-1',
      cityId: 'pune',
      branchId: 'PUNE_01',
      bsoId: 'AIRLINK',
      bandwidthMbps: 100_001,
      address: ' 12 ',
    });
    expect(invalid.feasibilityRequest).toBeNull();
    expect(invalid.errors.map((e) => [e.code, e.field])).toEqual([
      ['VALIDATION_FAILED', ['input', 'leadId']],
      ['VALIDATION_FAILED', ['input', 'cityId']],
      ['VALIDATION_FAILED', ['input', 'branchId']],
      ['VALIDATION_FAILED', ['input', 'bsoId']],
      ['VALIDATION_FAILED', ['input', 'bandwidthMbps']],
      ['VALIDATION_FAILED', ['input', 'address']],
    ]);
    const zero = await create(anAcceptedInput({ bandwidthMbps: 0 }));
    expect(zero.errors).toEqual([
      {
        code: 'VALIDATION_FAILED',
        field: ['input', 'bandwidthMbps'],
        message: 'bandwidthMbps must be at least 1',
      },
    ]);
    // GraphQL itself refuses a non-integer bandwidth before the use case runs.
    const fractional = await gql(service.url, CREATE, {
      input: anAcceptedInput({ bandwidthMbps: 1.5 }),
    });
    expect(fractional.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    expect(await count.requests()).toBe(before.requests);
    expect(await count.outbox()).toBe(before.outbox);
    expect(await count.lastNumber()).toBe(before.last);
  });

  it('answers a resubmitted clientMutationId with the first request and publishes nothing new', async () => {
    const input = anAcceptedInput({ clientMutationId: `retry-${uniqueSuffix()}` });
    const first = await create(input);
    expect(first.errors).toEqual([]);
    expect(first.clientMutationId).toBe(input.clientMutationId);
    const before = {
      requests: await count.requests(),
      outbox: await count.outbox(),
      last: await count.lastNumber(),
    };

    const again = await create(input);
    expect(again).toEqual(first);
    const reused = await create({ ...input, address: 'Another site, Kharadi, Pune' });
    expect(reused.feasibilityRequest).toBeNull();
    expect(reused.errors[0]).toMatchObject({
      code: 'IDEMPOTENCY_KEY_REUSED',
      field: ['input', 'clientMutationId'],
    });

    expect(await count.requests()).toBe(before.requests);
    expect(await count.outbox()).toBe(before.outbox);
    expect(await count.lastNumber()).toBe(before.last);
    await recorder.waitFor((m) => m.some((x) => x.key === first.feasibilityRequest!.id));
    expect(recorder.messages.filter((m) => m.key === first.feasibilityRequest!.id)).toHaveLength(1);
  });

  it('numbers concurrent requests without gaps or duplicates, and one key raced twice makes one request', async () => {
    const lastBefore = await count.lastNumber();
    const racedKey = anAcceptedInput({ clientMutationId: `race-${uniqueSuffix()}` });
    const results = await Promise.all([
      ...Array.from({ length: 8 }, () => create(anAcceptedInput())),
      create(racedKey),
      create(racedKey),
    ]);
    expect(results.flatMap((r) => r.errors)).toEqual([]);
    const [raceA, raceB] = results.slice(8).map((r) => r.feasibilityRequest!.id);
    expect(raceA).toBe(raceB);

    const numbers = new Set(results.map((r) => r.feasibilityRequest!.requestNo));
    const expected = Array.from(
      { length: 9 },
      (_, i) => `FR-${year}-${String(lastBefore + i + 1).padStart(6, '0')}`,
    );
    expect([...numbers].sort()).toEqual(expected);
    expect(await count.lastNumber()).toBe(lastBefore + 9);
  });

  it('lists requests newest first with cursors, filtered by lead, city, branch, BSO and status', async () => {
    const leadId = randomUUID();
    const mine: string[] = [];
    for (const bandwidthMbps of [10, 20, 30]) {
      const r = await create(anAcceptedInput({ leadId, cityId: mumbai, bandwidthMbps }));
      mine.push(r.feasibilityRequest!.id);
    }
    await create(anAcceptedInput({ cityId: mumbai }));

    const page1 = (await gqlData(service.url, LIST, { filter: { leadId, status: 'OPEN' }, first: 2 }))
      .feasibilityRequests;
    expect(page1.totalCount).toBe(3);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const page2 = (
      await gqlData(service.url, LIST, { filter: { leadId }, first: 2, after: page1.pageInfo.endCursor })
    ).feasibilityRequests;
    expect(page2.pageInfo.hasNextPage).toBe(false);
    const ids = [...page1.edges, ...page2.edges].map((e: { node: { id: string } }) => e.node.id);
    expect(ids).toEqual([...mine].reverse());

    const byCity = (await gqlData(service.url, LIST, { filter: { cityId: mumbai } })).feasibilityRequests;
    expect(byCity.totalCount).toBe(4);
    const byBranchAndBso = (
      await gqlData(service.url, LIST, { filter: { branchId: branch.id, bsoId: airlink.id, leadId } })
    ).feasibilityRequests;
    expect(byBranchAndBso.totalCount).toBe(3);
    const otherBso = (await gqlData(service.url, LIST, { filter: { bsoId: randomUUID() } }))
      .feasibilityRequests;
    expect(otherBso.totalCount).toBe(0);
    const all = (await gqlData(service.url, LIST, { first: 100 })).feasibilityRequests;
    expect(all.totalCount).toBe(await count.requests());
    const bad = await gql(service.url, LIST, { after: 'garbage' });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
