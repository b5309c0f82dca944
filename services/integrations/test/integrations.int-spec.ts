import { randomUUID } from 'node:crypto';
import type { Producer } from 'kafkajs';
import { InboxEntity, OutboxEntity } from '@oms/messaging';
import type { RunningService } from '@oms/server';
import {
  gql,
  gqlData,
  proofHeaders,
  seedAccess,
  startServiceUnderTest,
  testAccess,
  testKafka,
  uniqueSuffix,
  waitUntil,
  type ServiceUnderTest,
  type TopicRecorder,
} from '@oms/testkit';
import type { EventEnvelope } from '@oms/contracts';
import { SyncRecordEntity } from '../src/persistence/sync-record.entities';
import { integrationsService } from '../src/service';
import { aLeadCreated } from './lead-created.builder';

const RECORD_FIELDS = `id system eventId eventType aggregateType aggregateId status summary correlationId
  occurredAt createdAt`;
const SYNC_RECORDS = `query($filter: SyncRecordFilter, $first: Int, $after: String) {
  syncRecords(filter: $filter, first: $first, after: $after) {
    edges { cursor node { ${RECORD_FIELDS} } } pageInfo { hasNextPage endCursor } totalCount
  }
}`;
const LEAD_ENTITIES = `query($representations: [_Any!]!) {
  _entities(representations: $representations) { ... on Lead { id syncRecords { id system summary } } }
}`;

/** A page of `syncRecords` as the test reads it. */
interface SyncRecordPage {
  edges: { cursor: string; node: Record<string, string> }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

describe('integrations on MariaDB + Kafka', () => {
  const suffix = `.${uniqueSuffix()}`;
  const ordersTopic = `oms.orders.v1${suffix}`;
  const ownTopic = `oms.integrations.v1${suffix}`;
  const ordersDlq = `${ordersTopic}.dlq`;
  let underTest: ServiceUnderTest;
  let service: RunningService;
  let recorder: TopicRecorder;
  let producer: Producer;

  /** Delivers raw bytes onto the orders topic, as the orders relay (or anything else) would. */
  const produce = (key: string, value: string) =>
    producer.send({ topic: ordersTopic, acks: -1, messages: [{ key, value }] });
  const deliver = (event: EventEnvelope) => produce(event.aggregateId, JSON.stringify(event));
  const recordsAbout = async (aggregateId: string): Promise<SyncRecordPage> =>
    (await gqlData<{ syncRecords: SyncRecordPage }>(service.url, SYNC_RECORDS, { filter: { aggregateId } }))
      .syncRecords;
  const syncRecordedFor = (eventId: string) =>
    recorder.messages.filter(
      (m) => m.topic === ownTopic && (JSON.parse(m.value) as EventEnvelope).payload.eventId === eventId,
    );

  beforeAll(async () => {
    underTest = await startServiceUnderTest(integrationsService, {
      suffix,
      record: ['integrations', 'orders.dlq'],
    });
    ({ service, recorder } = underTest);
    producer = testKafka().producer({ allowAutoTopicCreation: false });
    await producer.connect();
  });

  afterAll(async () => {
    await producer?.disconnect();
    await underTest?.stop();
  });

  it('records a lead.created as an LMS sync record and publishes sync.recorded keyed by the record id', async () => {
    const event = aLeadCreated()
      .withLeadNo('LEAD-2026-000001')
      .withCustomer('Acme Ltd')
      .withCorrelationId('corr-lead-1')
      .build();
    await deliver(event);

    await waitUntil(async () => (await recordsAbout(event.aggregateId)).totalCount === 1);
    const [edge] = (await recordsAbout(event.aggregateId)).edges;
    const record = edge.node;
    expect(record).toMatchObject({
      system: 'LMS',
      eventId: event.id,
      eventType: 'lead.created',
      aggregateType: 'Lead',
      aggregateId: event.aggregateId,
      status: 'RECORDED',
      summary: 'Lead LEAD-2026-000001 for Acme Ltd',
      correlationId: 'corr-lead-1',
      occurredAt: event.occurredAt,
    });
    const byId = await gqlData(service.url, `query($id: ID!) { syncRecord(id: $id) { ${RECORD_FIELDS} } }`, {
      id: record.id,
    });
    expect(byId.syncRecord).toEqual(record);

    // One federated query shows the lead (owned by orders) with its sync records.
    const { _entities } = await gqlData(service.url, LEAD_ENTITIES, {
      representations: [
        { __typename: 'Lead', id: event.aggregateId },
        { __typename: 'Lead', id: 'lead-without-records' },
      ],
    });
    expect(_entities).toEqual([
      { id: event.aggregateId, syncRecords: [{ id: record.id, system: 'LMS', summary: record.summary }] },
      { id: 'lead-without-records', syncRecords: [] },
    ]);

    await recorder.waitFor(() => syncRecordedFor(event.id).length === 1);
    const [message] = syncRecordedFor(event.id);
    expect(message.key).toBe(record.id);
    const published = JSON.parse(message.value) as EventEnvelope;
    expect(published).toMatchObject({
      type: 'sync.recorded',
      version: 1,
      source: 'integrations',
      aggregateType: 'SyncRecord',
      aggregateId: record.id,
      correlationId: 'corr-lead-1',
      causationId: event.id,
      actor: event.actor,
      payload: {
        syncRecordId: record.id,
        eventId: event.id,
        eventType: 'lead.created',
        system: 'LMS',
        createdAt: record.createdAt,
      },
    });
    const outbox = await service.db.manager.getRepository(OutboxEntity).findOneBy({ id: published.id });
    expect(outbox).toMatchObject({ topic: ownTopic, messageKey: record.id, eventType: 'sync.recorded' });
    expect(outbox!.publishedAt).not.toBeNull();
  });

  it('makes one record of an event however often it is delivered, even past the inbox', async () => {
    const consumer = service.consumer!;
    const event = aLeadCreated().withLeadNo('LEAD-2026-000002').build();
    await deliver(event);
    await waitUntil(async () => (await recordsAbout(event.aggregateId)).totalCount === 1);

    // The very same message again: the inbox recognises it.
    const duplicatesBefore = consumer.stats.duplicates;
    await deliver(event);
    await waitUntil(() => consumer.stats.duplicates > duplicatesBefore);

    // And once more with its inbox row gone (as a replay would): the (system, event id) rule still holds.
    const inbox = service.db.manager.getRepository(InboxEntity);
    expect(await inbox.delete({ eventId: event.id })).toMatchObject({ affected: 1 });
    const outboxBefore = await service.db.manager.getRepository(OutboxEntity).count();
    const appliedBefore = consumer.stats.applied;
    await deliver(event);
    await waitUntil(() => consumer.stats.applied > appliedBefore);

    expect(await inbox.countBy({ eventId: event.id })).toBe(1);
    expect((await recordsAbout(event.aggregateId)).totalCount).toBe(1);
    expect(await service.db.manager.getRepository(OutboxEntity).count()).toBe(outboxBefore);
    await recorder.waitFor(() => syncRecordedFor(event.id).length === 1);

    // Underneath, the database refuses a second record of the event for the same system.
    const records = service.db.manager.getRepository(SyncRecordEntity);
    const stored = await records.findOneByOrFail({ eventId: event.id });
    await expect(records.insert({ ...stored, id: randomUUID() })).rejects.toThrow(/Duplicate entry/);
  });

  it('dead-letters malformed messages with their error and keeps recording the ones after them', async () => {
    const notJson = '{ this is not json';
    const badPayload = aLeadCreated().build();
    const { leadNo: _dropped, ...withoutLeadNo } = badPayload.payload;
    const valid = aLeadCreated().withLeadNo('LEAD-2026-000003').build();
    // One key, so the three stay in this order on one partition.
    const key = valid.aggregateId;
    await produce(key, notJson);
    await produce(key, JSON.stringify({ ...badPayload, payload: withoutLeadNo }));
    await produce(key, JSON.stringify(valid));

    await waitUntil(async () => (await recordsAbout(valid.aggregateId)).totalCount === 1);
    await recorder.waitFor((m) => m.filter((x) => x.topic === ordersDlq).length >= 2);
    const dead = recorder.messages.filter((m) => m.topic === ordersDlq);
    expect(dead.map((m) => m.value)).toEqual([
      notJson,
      JSON.stringify({ ...badPayload, payload: withoutLeadNo }),
    ]);
    expect(dead[0].headers['dlq-error']).toMatch(/not valid JSON/);
    expect(dead[1].headers['dlq-error']).toMatch(/invalid lead\.created payload/);
    expect(dead[1].headers['dlq-error']).toMatch(/leadNo/);
    for (const m of dead) {
      expect(m.key).toBe(key);
      expect(m.headers['dlq-original-topic']).toBe(ordersTopic);
    }
    expect((await recordsAbout(badPayload.aggregateId)).totalCount).toBe(0);
  });

  it('filters and pages sync records, newest first', async () => {
    const events = ['LEAD-2026-000011', 'LEAD-2026-000012', 'LEAD-2026-000013'].map((no) =>
      aLeadCreated().withLeadNo(no).build(),
    );
    for (const event of events) await deliver(event);
    const filter = { system: 'LMS', status: 'RECORDED', eventType: 'lead.created' };
    await waitUntil(async () => {
      const all = (await gqlData(service.url, SYNC_RECORDS, { filter })).syncRecords;
      return events.every((e) =>
        all.edges.some((x: { node: { eventId: string } }) => x.node.eventId === e.id),
      );
    });

    const all = (await gqlData(service.url, SYNC_RECORDS, { filter, first: 100 })).syncRecords;
    const created = all.edges.map((e: { node: { createdAt: string } }) => e.node.createdAt);
    expect([...created].sort().reverse()).toEqual(created);
    expect(all.totalCount).toBe(all.edges.length);

    const page1 = (await gqlData(service.url, SYNC_RECORDS, { filter, first: 2 })).syncRecords;
    expect(page1.edges).toHaveLength(2);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const rest = (
      await gqlData(service.url, SYNC_RECORDS, { filter, first: 100, after: page1.pageInfo.endCursor })
    ).syncRecords;
    expect(rest.pageInfo.hasNextPage).toBe(false);
    const paged = [...page1.edges, ...rest.edges].map((e: { node: { id: string } }) => e.node.id);
    expect(paged).toEqual(all.edges.map((e: { node: { id: string } }) => e.node.id));

    const byType = await gqlData(service.url, SYNC_RECORDS, { filter: { eventType: 'order.created' } });
    expect(byType.syncRecords.totalCount).toBe(0);
    const forBilling = await gqlData(service.url, SYNC_RECORDS, { filter: { system: 'BMS' } });
    expect(forBilling.syncRecords.totalCount).toBe(0);
    const bad = await gql(service.url, '{ syncRecords(after: "garbage") { totalCount } }');
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const unknownSystem = await gql(service.url, '{ syncRecords(filter: { system: FAX }) { totalCount } }');
    expect(unknownSystem.errors?.length).toBeGreaterThan(0);
  });

  it("shows a branch's users only their branch's sync records, on every path", async () => {
    const [branchA, branchB] = [`branch-a${suffix}`, `branch-b${suffix}`];
    const leadA = aLeadCreated().inBranch(branchA).withLeadNo('LEAD-2026-000021').build();
    const leadB = aLeadCreated().inBranch(branchB).withLeadNo('LEAD-2026-000022').build();
    // As orders published lead.created before leads had branches.
    const legacy = aLeadCreated().withoutBranch().withLeadNo('LEAD-2026-000023').build();
    for (const event of [leadA, leadB, legacy]) await deliver(event);
    await waitUntil(async () =>
      (
        await Promise.all(
          [leadA, leadB, legacy].map(async (e) => (await recordsAbout(e.aggregateId)).totalCount),
        )
      ).every((n) => n === 1),
    );
    const records = service.db.manager.getRepository(SyncRecordEntity);
    const [recA, recB, recLegacy] = await Promise.all(
      [leadA, leadB, legacy].map((e) => records.findOneByOrFail({ eventId: e.id })),
    );
    expect([recA.branchId, recB.branchId, recLegacy.branchId]).toEqual([branchA, branchB, null]);

    const view = { allBranches: false, permissions: ['INTEGRATIONS:VIEW'] };
    await seedAccess(
      service.db,
      testAccess({ userId: 'u-branch-a', branchIds: [branchA], ...view }),
      testAccess({ userId: 'u-branch-b', branchIds: [branchB], ...view }),
      testAccess({ userId: 'u-head-office', branchIds: [], ...view, allBranches: true }),
    );
    const as = {
      a: await proofHeaders('u-branch-a'),
      b: await proofHeaders('u-branch-b'),
      all: await proofHeaders('u-head-office'),
    };

    // syncRecords: filtered in SQL, so totalCount is the caller's own.
    const list = async (headers: Record<string, string>, filter: object = {}) =>
      (
        await gqlData<{ syncRecords: SyncRecordPage }>(
          service.url,
          SYNC_RECORDS,
          { filter, first: 100 },
          headers,
        )
      ).syncRecords;
    const listB = await list(as.b);
    expect(listB.totalCount).toBe(1);
    expect(listB.edges.map((e) => e.node.id)).toEqual([recB.id]);
    expect((await list(as.b, { aggregateId: leadA.aggregateId })).totalCount).toBe(0);
    expect((await list(as.a)).edges.map((e) => e.node.id)).toEqual([recA.id]);
    const listAll = await list(as.all);
    expect(listAll.totalCount).toBe(await records.count());
    expect(listAll.edges.map((e) => e.node.id)).toEqual(
      expect.arrayContaining([recA.id, recB.id, recLegacy.id]),
    );

    // syncRecord(id): out of scope reads as null.
    const byId = async (id: string, headers: Record<string, string>) =>
      (
        await gqlData<{ syncRecord: { id: string } | null }>(
          service.url,
          'query($id: ID!) { syncRecord(id: $id) { id } }',
          { id },
          headers,
        )
      ).syncRecord;
    expect(await byId(recA.id, as.b)).toBeNull();
    expect(await byId(recLegacy.id, as.b)).toBeNull();
    expect(await byId(recB.id, as.b)).toEqual({ id: recB.id });
    expect(await byId(recA.id, as.a)).toEqual({ id: recA.id });
    expect(await byId(recLegacy.id, as.all)).toEqual({ id: recLegacy.id });

    // _entities for SyncRecord.
    const recordEntities = async (headers: Record<string, string>) =>
      (
        await gqlData<{ _entities: unknown[] }>(
          service.url,
          'query($r: [_Any!]!) { _entities(representations: $r) { ... on SyncRecord { id } } }',
          { r: [recA, recB, recLegacy].map((rec) => ({ __typename: 'SyncRecord', id: rec.id })) },
          headers,
        )
      )._entities;
    expect(await recordEntities(as.b)).toEqual([null, { id: recB.id }, null]);
    expect(await recordEntities(as.a)).toEqual([{ id: recA.id }, null, null]);
    expect(await recordEntities(as.all)).toEqual([{ id: recA.id }, { id: recB.id }, { id: recLegacy.id }]);

    // _entities for Lead { syncRecords }: the lead's branch comes from integrations' own records.
    const leadEntities = async (headers: Record<string, string>) =>
      (
        await gqlData<{ _entities: { id: string; syncRecords: { id: string }[] }[] }>(
          service.url,
          LEAD_ENTITIES,
          { representations: [leadA, leadB, legacy].map((e) => ({ __typename: 'Lead', id: e.aggregateId })) },
          headers,
        )
      )._entities.map((lead) => [lead.id, lead.syncRecords.map((r) => r.id)]);
    expect(await leadEntities(as.b)).toEqual([
      [leadA.aggregateId, []],
      [leadB.aggregateId, [recB.id]],
      [legacy.aggregateId, []],
    ]);
    expect(await leadEntities(as.a)).toEqual([
      [leadA.aggregateId, [recA.id]],
      [leadB.aggregateId, []],
      [legacy.aggregateId, []],
    ]);
    expect(await leadEntities(as.all)).toEqual([
      [leadA.aggregateId, [recA.id]],
      [leadB.aggregateId, [recB.id]],
      [legacy.aggregateId, [recLegacy.id]],
    ]);

    // A lead's sync status belongs to the lead: a sales user (LEADS:VIEW, no INTEGRATIONS:VIEW) sees it for
    // the leads of their branch, but not the integrations lists; someone with neither permission sees nothing.
    await seedAccess(
      service.db,
      testAccess({
        userId: 'u-sales-a',
        branchIds: [branchA],
        allBranches: false,
        permissions: ['LEADS:VIEW'],
      }),
      testAccess({ userId: 'u-nobody', branchIds: [branchA], allBranches: false, permissions: [] }),
    );
    expect(await leadEntities(await proofHeaders('u-sales-a'))).toEqual([
      [leadA.aggregateId, [recA.id]],
      [leadB.aggregateId, []],
      [legacy.aggregateId, []],
    ]);
    const salesList = await gql(service.url, SYNC_RECORDS, { first: 1 }, await proofHeaders('u-sales-a'));
    expect(salesList.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const nobody = await gql(
      service.url,
      LEAD_ENTITIES,
      { representations: [{ __typename: 'Lead', id: leadA.aggregateId }] },
      await proofHeaders('u-nobody'),
    );
    expect(nobody.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
