import type { RunningService } from '@oms/server';
import {
  gql,
  gqlData,
  startServiceUnderTest,
  uniqueSuffix,
  waitUntil,
  type ServiceUnderTest,
  type TopicRecorder,
} from '@oms/testkit';
import { OutboxEntity, UnitOfWork } from '@oms/messaging';
import { IsNull } from 'typeorm';
import { mastersService } from '../../masters/src/service';
import { ordersService } from '../src/service';
import { CreateLead } from '../src/application/create-lead';
import { KnownCityRepository } from '../src/persistence/known-city.repository';
import { LeadRepository } from '../src/persistence/lead.repository';
import { KnownCityEntity } from '../src/persistence/known-city.entity';
import { LeadEntity } from '../src/persistence/lead.entity';
import { aLeadInput } from './builders';

const CREATE_STATE = `mutation($input: CreateStateInput!) {
  createState(input: $input) { state { id } errors { code field message } }
}`;
const CREATE_CITY = `mutation($input: CreateCityInput!) {
  createCity(input: $input) { city { id } errors { code field message } }
}`;
const CREATE_LEAD = `mutation($input: CreateLeadInput!) {
  createLead(input: $input) {
    lead { id leadNo customerName contactEmail contactPhone productInterest state createdAt createdBy city { id } }
    errors { code field message }
  }
}`;
const LEADS = `query($filter: LeadFilter, $first: Int, $after: String) {
  leads(filter: $filter, first: $first, after: $after) {
    edges { node { leadNo customerName createdAt } } pageInfo { hasNextPage endCursor } totalCount
  }
}`;

/** The createLead payload as a client receives it. */
interface CreateLeadResult {
  lead: { id: string; leadNo: string; createdAt: string } | null;
  errors: { code: string; field: string[] | null; message: string }[];
}

describe('orders on MariaDB + Kafka, with masters feeding it cities', () => {
  const suffix = `.${uniqueSuffix()}`;
  const ordersTopic = `oms.orders.v1${suffix}`;
  let mastersUnderTest: ServiceUnderTest;
  let ordersUnderTest: ServiceUnderTest;
  let masters: RunningService;
  let orders: RunningService;
  let recorder: TopicRecorder;
  let cityId: string;
  const year = new Date().getUTCFullYear();

  const createLead = async (input: object) =>
    (await gqlData<{ createLead: CreateLeadResult }>(orders.url, CREATE_LEAD, { input })).createLead;
  const leadCount = () => orders.db.manager.getRepository(LeadEntity).count();
  const outboxCount = () => orders.db.manager.getRepository(OutboxEntity).count();
  const eventsOf = (leadId: string) =>
    recorder.messages.filter((m) => m.topic === ordersTopic && m.key === leadId);

  beforeAll(async () => {
    mastersUnderTest = await startServiceUnderTest(mastersService, { suffix, record: [] });
    ordersUnderTest = await startServiceUnderTest(ordersService, { suffix });
    masters = mastersUnderTest.service;
    ({ service: orders, recorder } = ordersUnderTest);

    const { createState } = await gqlData(masters.url, CREATE_STATE, {
      input: { code: 'MH', name: 'Maharashtra' },
    });
    const { createCity } = await gqlData(masters.url, CREATE_CITY, {
      input: { stateId: createState.state.id, code: 'PUNE', name: 'Pune' },
    });
    expect(createCity.errors).toEqual([]);
    cityId = createCity.city.id;
    // orders learns the city from masters' city.created event on Kafka, not from masters' database.
    await waitUntil(
      async () => !!(await orders.db.manager.getRepository(KnownCityEntity).findOneBy({ id: cityId })),
    );
  });

  afterAll(async () => {
    await ordersUnderTest?.stop();
    await mastersUnderTest?.stop();
  });

  it('keeps the city masters created, with its state and code', async () => {
    const known = await orders.db.manager.getRepository(KnownCityEntity).findOneByOrFail({ id: cityId });
    expect(known).toMatchObject({ id: cityId, code: 'PUNE', name: 'Pune' });
    expect(known.stateId).toHaveLength(36);
  });

  it('creates an OPEN lead and publishes lead.created keyed by the lead id', async () => {
    const result = await createLead(
      aLeadInput().inCity(cityId).with({ contactPhone: '+91 98765 43210' }).build(),
    );
    expect(result.errors).toEqual([]);
    const lead = result.lead!;
    expect(lead).toMatchObject({
      customerName: 'Acme Industries Pvt Ltd',
      contactEmail: 'it@acme.example',
      contactPhone: '+919876543210',
      productInterest: 'ILL 100 Mbps',
      state: 'OPEN',
      createdBy: 'anonymous',
      city: { id: cityId },
    });
    expect(lead.leadNo).toMatch(new RegExp(`^LEAD-${year}-\\d{6}$`));

    await recorder.waitFor(() => eventsOf(lead.id).length >= 1);
    const event = JSON.parse(eventsOf(lead.id)[0].value);
    expect(event).toMatchObject({
      type: 'lead.created',
      version: 1,
      source: 'orders',
      aggregateType: 'Lead',
      aggregateId: lead.id,
      actor: { kind: 'USER', id: 'anonymous' },
      payload: {
        leadId: lead.id,
        leadNo: lead.leadNo,
        customerName: 'Acme Industries Pvt Ltd',
        contactEmail: 'it@acme.example',
        contactPhone: '+919876543210',
        cityId,
        productInterest: 'ILL 100 Mbps',
        createdAt: lead.createdAt,
      },
    });

    const read = await gqlData(orders.url, 'query($id: ID!) { lead(id: $id) { leadNo city { id } } }', {
      id: lead.id,
    });
    expect(read.lead).toEqual({ leadNo: lead.leadNo, city: { id: cityId } });
    // The gateway resolves Lead references through _entities.
    const entities = await gqlData(
      orders.url,
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Lead { id leadNo } } }',
      { r: [{ __typename: 'Lead', id: lead.id }] },
    );
    expect(entities._entities).toEqual([{ id: lead.id, leadNo: lead.leadNo }]);
  });

  it('refuses invalid input, an unknown city and a bad e-mail with typed errors, writing nothing', async () => {
    const leadsBefore = await leadCount();
    const outboxBefore = await outboxCount();

    const invalid = await createLead({ customerName: ' ', cityId: '', contactPhone: '12-34' });
    expect(invalid.lead).toBeNull();
    expect(invalid.errors.map((e) => [e.code, e.field])).toEqual([
      ['VALIDATION_FAILED', ['input', 'customerName']],
      ['VALIDATION_FAILED', ['input', 'contactPhone']],
      ['VALIDATION_FAILED', ['input', 'cityId']],
    ]);

    const unknownCity = await createLead(aLeadInput().inCity('no-such-city').build());
    expect(unknownCity).toEqual({
      lead: null,
      errors: [{ code: 'REFERENCE_NOT_FOUND', field: ['input', 'cityId'], message: 'no city has this id' }],
    });

    const badEmail = await createLead(
      aLeadInput().inCity(cityId).with({ contactEmail: 'acme.example' }).build(),
    );
    expect(badEmail).toEqual({
      lead: null,
      errors: [
        {
          code: 'VALIDATION_FAILED',
          field: ['input', 'contactEmail'],
          message: 'contactEmail must be a valid e-mail address',
        },
      ],
    });

    expect(await leadCount()).toBe(leadsBefore);
    expect(await outboxCount()).toBe(outboxBefore);
  });

  it('answers a repeated idempotency key with the same lead and one event', async () => {
    const input = aLeadInput().inCity(cityId).forCustomer('Idempotent Ltd').withKey(`key-${suffix}`).build();
    const first = await createLead(input);
    const again = await createLead(input);
    expect(first.errors).toEqual([]);
    expect(again).toEqual(first);

    const reused = await createLead({ ...input, customerName: 'Someone Else' });
    expect(reused.lead).toBeNull();
    expect(reused.errors[0]).toMatchObject({
      code: 'IDEMPOTENCY_KEY_REUSED',
      field: ['input', 'clientMutationId'],
    });

    const rows = await orders.db.manager.getRepository(OutboxEntity).countBy({ messageKey: first.lead!.id });
    expect(rows).toBe(1);
    // A later lead's event arriving shows the relay has gone past anything the repeat could have written.
    const later = await createLead(aLeadInput().inCity(cityId).forCustomer('Later Ltd').build());
    await recorder.waitFor(
      () => eventsOf(later.lead!.id).length >= 1 && eventsOf(first.lead!.id).length >= 1,
    );
    await waitUntil(
      async () =>
        (await orders.db.manager.getRepository(OutboxEntity).countBy({ publishedAt: IsNull() })) === 0,
    );
    expect(eventsOf(first.lead!.id)).toHaveLength(1);
  });

  it('numbers concurrent leads without gaps or duplicates', async () => {
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        createLead(aLeadInput().inCity(cityId).forCustomer(`Concurrent ${i}`).build()),
      ),
    );
    expect(results.flatMap((r: { errors: unknown[] }) => r.errors)).toEqual([]);
    const all = await orders.db.manager.getRepository(LeadEntity).find();
    const serials = all.map((l) => Number(l.leadNo.slice(-6))).sort((a, b) => a - b);
    expect(serials).toEqual(Array.from({ length: all.length }, (_, i) => i + 1));
    expect(all.every((l) => l.leadNo.startsWith(`LEAD-${year}-`))).toBe(true);
  });

  it('lists leads newest first with search, city and date filters and cursors', async () => {
    const { leads: everything } = await gqlData(orders.url, LEADS, { first: 100 });
    const total = await leadCount();
    expect(everything.totalCount).toBe(total);
    const numbers = everything.edges.map((e: { node: { leadNo: string } }) => e.node.leadNo);
    const times = everything.edges.map((e: { node: { createdAt: string } }) => e.node.createdAt);
    expect(times).toEqual([...times].sort().reverse());

    const byName = await gqlData(orders.url, LEADS, { filter: { search: 'idempotent' } });
    expect(byName.leads.edges.map((e: { node: { customerName: string } }) => e.node.customerName)).toEqual([
      'Idempotent Ltd',
    ]);
    const byNumber = await gqlData(orders.url, LEADS, { filter: { search: numbers[0].slice(-6) } });
    expect(byNumber.leads.edges[0].node.leadNo).toBe(numbers[0]);
    const otherCity = await gqlData(orders.url, LEADS, { filter: { cityId: 'elsewhere' } });
    expect(otherCity.leads.totalCount).toBe(0);
    const future = await gqlData(orders.url, LEADS, {
      filter: { createdFrom: `${year + 1}-01-01T00:00:00Z` },
    });
    expect(future.leads.totalCount).toBe(0);
    const window = await gqlData(orders.url, LEADS, {
      filter: {
        cityId,
        createdFrom: `${year}-01-01T00:00:00Z`,
        createdTo: `${year + 1}-01-01T00:00:00+05:30`,
      },
    });
    expect(window.leads.totalCount).toBe(total);

    const page1 = await gqlData(orders.url, LEADS, { first: 5 });
    const page2 = await gqlData(orders.url, LEADS, { first: 100, after: page1.leads.pageInfo.endCursor });
    expect(page1.leads.pageInfo.hasNextPage).toBe(true);
    expect(
      [...page1.leads.edges, ...page2.leads.edges].map((e: { node: { leadNo: string } }) => e.node.leadNo),
    ).toEqual(numbers);

    const badCursor = await gql(orders.url, '{ leads(after: "garbage") { totalCount } }');
    expect(badCursor.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const badDate = await gql(orders.url, LEADS, { filter: { createdFrom: 'last tuesday' } });
    expect(badDate.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it("starts a new year's series once, even when its first leads race each other", async () => {
    // A use case on the same database whose clock says 2099, so the counter row does not exist yet.
    const createIn2099 = new CreateLead(
      new UnitOfWork(orders.db, suffix),
      new LeadRepository(),
      new KnownCityRepository(),
      () => new Date('2099-03-01T00:00:00Z'),
    );
    const context = {
      correlationId: 'race',
      causationId: null,
      actor: { kind: 'USER' as const, id: 'racer' },
    };
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        createIn2099.execute(context, aLeadInput().inCity(cityId).forCustomer(`Racer ${i}`).build()),
      ),
    );
    const numbers = results.map((r) => (r.ok ? r.value.leadNo : JSON.stringify(r.errors))).sort();
    expect(numbers).toEqual(
      Array.from({ length: 12 }, (_, i) => `LEAD-2099-${String(i + 1).padStart(6, '0')}`),
    );
  });
});
