import type { Producer } from 'kafkajs';
import type { RunningService } from '@oms/server';
import {
  TEST_ADMIN,
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
import { Principal } from '@oms/auth';
import type { EventEnvelope } from '@oms/contracts';
import { InboxEntity, OutboxEntity, UnitOfWork } from '@oms/messaging';
import { In, IsNull } from 'typeorm';
import { mastersService } from '../../masters/src/service';
import { ordersService } from '../src/service';
import { CreateLead } from '../src/application/create-lead';
import { KnownBranchRepository } from '../src/persistence/known-branch.repository';
import { KnownCityRepository } from '../src/persistence/known-city.repository';
import { KnownCatalogueRepository } from '../src/persistence/known-catalogue.repository';
import { LeadRepository } from '../src/persistence/lead.repository';
import { KnownBranchEntity } from '../src/persistence/known-branch.entity';
import { KnownBandwidthEntity, KnownProductEntity } from '../src/persistence/known-catalogue.entities';
import { KnownCityEntity } from '../src/persistence/known-city.entity';
import { LeadEntity } from '../src/persistence/lead.entity';
import { aLeadInput } from './builders';

const CREATE_LEAD = `mutation($input: CreateLeadInput!) {
  createLead(input: $input) {
    lead { id leadNo customerName contactEmail contactPhone productInterest state createdAt createdBy city { id } branch { id } }
    errors { code field message }
  }
}`;
const LEADS = `query($filter: LeadFilter, $first: Int, $after: String) {
  leads(filter: $filter, first: $first, after: $after) {
    edges { node { leadNo customerName createdAt } } pageInfo { hasNextPage endCursor } totalCount
  }
}`;
const LEAD_BRANCHES = `query($filter: LeadFilter) {
  leads(filter: $filter, first: 100) { edges { node { id branch { id } } } totalCount }
}`;
const LEAD = `query($id: ID!) { lead(id: $id) { id branch { id } } }`;
const LEAD_ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Lead { id } } }`;

/** The createLead payload as a client receives it. */
interface CreateLeadResult {
  lead: { id: string; leadNo: string; createdAt: string; branch: { id: string } | null } | null;
  errors: { code: string; field: string[] | null; message: string }[];
}

/** Where a lead goes: a city and a branch serving it. */
interface Place {
  cityId: string;
  branchId: string;
}

describe('orders on MariaDB + Kafka, with masters feeding it cities, branches and the catalogue', () => {
  const suffix = `.${uniqueSuffix()}`;
  const ordersTopic = `oms.orders.v1${suffix}`;
  const mastersTopic = `oms.masters.v1${suffix}`;
  let mastersUnderTest: ServiceUnderTest;
  let ordersUnderTest: ServiceUnderTest;
  let masters: RunningService;
  let orders: RunningService;
  let recorder: TopicRecorder;
  let stateId: string;
  let zoneId: string;
  /** Pune, taken by the Pune branch (A). */
  let pune: Place;
  /** Goa, taken by the Goa branch (B). */
  let goa: Place;
  const year = new Date().getUTCFullYear();

  const createLead = async (input: object, headers: Record<string, string> = {}) =>
    (await gqlData<{ createLead: CreateLeadResult }>(orders.url, CREATE_LEAD, { input }, headers)).createLead;
  const leadCount = () => orders.db.manager.getRepository(LeadEntity).count();
  const outboxCount = () => orders.db.manager.getRepository(OutboxEntity).count();
  const eventsOf = (leadId: string) =>
    recorder.messages.filter((m) => m.topic === ordersTopic && m.key === leadId);
  const knownBranch = (id: string) => orders.db.manager.getRepository(KnownBranchEntity).findOneBy({ id });
  const knownCity = (id: string) => orders.db.manager.getRepository(KnownCityEntity).findOneBy({ id });

  /** Runs a masters mutation as the test superuser, expects no errors, and returns the id of what it made. */
  const inMasters = async (mutation: string, inputType: string, entity: string, input: object) => {
    const data = await gqlData(
      masters.url,
      `mutation($input: ${inputType}!) { ${mutation}(input: $input) { ${entity} { id } errors { code field message } } }`,
      { input },
    );
    expect(data[mutation].errors).toEqual([]);
    return data[mutation][entity].id as string;
  };
  const createCity = (code: string, name: string) =>
    inMasters('createCity', 'CreateCityInput', 'city', { stateId, code, name });
  const createBranch = (code: string, cityIds: string[]) =>
    inMasters('createBranch', 'CreateBranchInput', 'branch', {
      code,
      name: `Branch ${code}`,
      zoneId,
      cityIds,
    });

  beforeAll(async () => {
    mastersUnderTest = await startServiceUnderTest(mastersService, { suffix, record: [] });
    ordersUnderTest = await startServiceUnderTest(ordersService, { suffix, record: ['orders', 'masters'] });
    masters = mastersUnderTest.service;
    ({ service: orders, recorder } = ordersUnderTest);

    stateId = await inMasters('createState', 'CreateStateInput', 'state', {
      code: 'MH',
      name: 'Maharashtra',
    });
    zoneId = await inMasters('createZone', 'CreateZoneInput', 'zone', { code: 'WEST', name: 'West' });
    const puneCity = await createCity('PUNE', 'Pune');
    const goaCity = await createCity('GOA', 'Goa');
    pune = { cityId: puneCity, branchId: await createBranch('PUNE_A', [puneCity]) };
    goa = { cityId: goaCity, branchId: await createBranch('GOA_B', [goaCity]) };
    // orders learns cities and branches from masters' events on Kafka, not from masters' database.
    await waitUntil(async () => !!(await knownBranch(pune.branchId)) && !!(await knownBranch(goa.branchId)));
    await waitUntil(async () => !!(await knownCity(pune.cityId)) && !!(await knownCity(goa.cityId)));
  });

  afterAll(async () => {
    await ordersUnderTest?.stop();
    await mastersUnderTest?.stop();
  });

  it('keeps the cities and branches masters created', async () => {
    const city = await knownCity(pune.cityId);
    expect(city).toMatchObject({ id: pune.cityId, stateId, code: 'PUNE', name: 'Pune', active: true });
    expect(await knownBranch(pune.branchId)).toEqual({
      id: pune.branchId,
      code: 'PUNE_A',
      name: 'Branch PUNE_A',
      zoneId,
      cityIds: [pune.cityId],
      active: true,
    });
  });

  it('creates an OPEN lead in a branch and publishes lead.created keyed by the lead id', async () => {
    const result = await createLead(aLeadInput().at(pune).with({ contactPhone: '+91 98765 43210' }).build());
    expect(result.errors).toEqual([]);
    const lead = result.lead!;
    expect(lead).toMatchObject({
      customerName: 'Acme Industries Pvt Ltd',
      contactEmail: 'it@acme.example',
      contactPhone: '+919876543210',
      productInterest: 'ILL 100 Mbps',
      state: 'OPEN',
      createdBy: TEST_ADMIN.userId,
      city: { id: pune.cityId },
      branch: { id: pune.branchId },
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
      actor: { kind: 'USER', id: TEST_ADMIN.userId },
      payload: {
        leadId: lead.id,
        leadNo: lead.leadNo,
        customerName: 'Acme Industries Pvt Ltd',
        contactEmail: 'it@acme.example',
        contactPhone: '+919876543210',
        cityId: pune.cityId,
        branchId: pune.branchId,
        productInterest: 'ILL 100 Mbps',
        createdAt: lead.createdAt,
      },
    });

    const read = await gqlData(
      orders.url,
      'query($id: ID!) { lead(id: $id) { leadNo city { id } branch { id } } }',
      {
        id: lead.id,
      },
    );
    expect(read.lead).toEqual({
      leadNo: lead.leadNo,
      city: { id: pune.cityId },
      branch: { id: pune.branchId },
    });
    // The gateway resolves Lead references through _entities.
    const entities = await gqlData(
      orders.url,
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Lead { id leadNo } } }',
      { r: [{ __typename: 'Lead', id: lead.id }] },
    );
    expect(entities._entities).toEqual([{ id: lead.id, leadNo: lead.leadNo }]);
  });

  it('refuses invalid input, unknown references, a branch not serving the city and a bad e-mail, writing nothing', async () => {
    const leadsBefore = await leadCount();
    const outboxBefore = await outboxCount();

    const invalid = await createLead({ customerName: ' ', cityId: '', branchId: ' ', contactPhone: '12-34' });
    expect(invalid.lead).toBeNull();
    expect(invalid.errors.map((e) => [e.code, e.field])).toEqual([
      ['VALIDATION_FAILED', ['input', 'customerName']],
      ['VALIDATION_FAILED', ['input', 'contactPhone']],
      ['VALIDATION_FAILED', ['input', 'cityId']],
      ['VALIDATION_FAILED', ['input', 'branchId']],
    ]);

    const unknownCity = await createLead(
      aLeadInput()
        .at({ ...pune, cityId: 'no-such-city' })
        .build(),
    );
    expect(unknownCity).toEqual({
      lead: null,
      errors: [{ code: 'REFERENCE_NOT_FOUND', field: ['input', 'cityId'], message: 'no city has this id' }],
    });
    const unknownBranch = await createLead(
      aLeadInput()
        .at({ ...pune, branchId: 'no-such-branch' })
        .build(),
    );
    expect(unknownBranch).toEqual({
      lead: null,
      errors: [
        { code: 'REFERENCE_NOT_FOUND', field: ['input', 'branchId'], message: 'no branch has this id' },
      ],
    });
    const notServing = await createLead(
      aLeadInput().at({ cityId: goa.cityId, branchId: pune.branchId }).build(),
    );
    expect(notServing).toEqual({
      lead: null,
      errors: [
        {
          code: 'VALIDATION_FAILED',
          field: ['input', 'branchId'],
          message: 'branch PUNE_A does not serve city GOA',
        },
      ],
    });

    const badEmail = await createLead(aLeadInput().at(pune).with({ contactEmail: 'acme.example' }).build());
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
    const input = aLeadInput().at(pune).forCustomer('Idempotent Ltd').withKey(`key-${suffix}`).build();
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
    const otherBranch = await createLead({ ...input, ...goa });
    expect(otherBranch.errors[0]).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED' });

    const rows = await orders.db.manager.getRepository(OutboxEntity).countBy({ messageKey: first.lead!.id });
    expect(rows).toBe(1);
    // A later lead's event arriving shows the relay has gone past anything the repeat could have written.
    const later = await createLead(aLeadInput().at(pune).forCustomer('Later Ltd').build());
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
        createLead(
          aLeadInput()
            .at(i % 2 ? pune : goa)
            .forCustomer(`Concurrent ${i}`)
            .build(),
        ),
      ),
    );
    expect(results.flatMap((r: { errors: unknown[] }) => r.errors)).toEqual([]);
    const all = await orders.db.manager.getRepository(LeadEntity).find();
    const serials = all.map((l) => Number(l.leadNo.slice(-6))).sort((a, b) => a - b);
    expect(serials).toEqual(Array.from({ length: all.length }, (_, i) => i + 1));
    expect(all.every((l) => l.leadNo.startsWith(`LEAD-${year}-`))).toBe(true);
  });

  it('lists leads newest first with search, city, branch and date filters and cursors', async () => {
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
    const inGoa = await gqlData(orders.url, LEAD_BRANCHES, { filter: { branchId: goa.branchId } });
    expect(inGoa.leads.totalCount).toBe(
      await orders.db.manager.getRepository(LeadEntity).countBy({ branchId: goa.branchId }),
    );
    expect(inGoa.leads.totalCount).toBeGreaterThan(0);
    expect(
      inGoa.leads.edges.every((e: { node: { branch: { id: string } } }) => e.node.branch.id === goa.branchId),
    ).toBe(true);
    const future = await gqlData(orders.url, LEADS, {
      filter: { createdFrom: `${year + 1}-01-01T00:00:00Z` },
    });
    expect(future.leads.totalCount).toBe(0);
    const window = await gqlData(orders.url, LEADS, {
      filter: {
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
      new KnownBranchRepository(),
      () => new Date('2099-03-01T00:00:00Z'),
    );
    const context = {
      correlationId: 'race',
      causationId: null,
      actor: { kind: 'USER' as const, id: 'racer' },
    };
    const caller = Principal.of(TEST_ADMIN);
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        createIn2099.execute(context, caller, aLeadInput().at(pune).forCustomer(`Racer ${i}`).build()),
      ),
    );
    const numbers = results.map((r) => (r.ok ? r.value.leadNo : JSON.stringify(r.errors))).sort();
    expect(numbers).toEqual(
      Array.from({ length: 12 }, (_, i) => `LEAD-2099-${String(i + 1).padStart(6, '0')}`),
    );
  });

  describe('branch scope', () => {
    let as: Record<'pune' | 'goa' | 'headOffice' | 'viewer' | 'nowhere', Record<string, string>>;
    let puneLead: string;
    let goaLead: string;
    const legacyLead = 'legacy-lead-without-branch';

    beforeAll(async () => {
      await seedAccess(
        orders.db,
        testAccess({
          userId: 'u-pune',
          allBranches: false,
          branchIds: [pune.branchId],
          permissions: ['LEADS:VIEW', 'LEADS:CREATE'],
        }),
        testAccess({
          userId: 'u-goa',
          allBranches: false,
          branchIds: [goa.branchId],
          permissions: ['LEADS:VIEW', 'LEADS:CREATE'],
        }),
        testAccess({
          userId: 'u-head-office',
          allBranches: true,
          branchIds: [],
          permissions: ['LEADS:VIEW'],
        }),
        testAccess({
          userId: 'u-viewer',
          allBranches: false,
          branchIds: [pune.branchId],
          permissions: ['LEADS:VIEW'],
        }),
        testAccess({ userId: 'u-nowhere', allBranches: false, branchIds: [], permissions: ['LEADS:VIEW'] }),
      );
      as = {
        pune: await proofHeaders('u-pune'),
        goa: await proofHeaders('u-goa'),
        headOffice: await proofHeaders('u-head-office'),
        viewer: await proofHeaders('u-viewer'),
        nowhere: await proofHeaders('u-nowhere'),
      };
      // A lead captured before leads had branches.
      const [template] = await orders.db.manager.getRepository(LeadEntity).find({ take: 1 });
      await orders.db.manager.getRepository(LeadEntity).insert({
        ...template,
        id: legacyLead,
        leadNo: 'LEAD-2001-000001',
        customerName: 'Legacy Ltd',
        branchId: null,
        clientMutationId: null,
        requestHash: null,
      });
    });

    it('lets a user create leads in their branch, and refuses another branch with FORBIDDEN, writing and publishing nothing', async () => {
      const mine = await createLead(aLeadInput().at(pune).forCustomer('Pune Own Ltd').build(), as.pune);
      expect(mine.errors).toEqual([]);
      expect(mine.lead).toMatchObject({ createdBy: 'u-pune', branch: { id: pune.branchId } });
      puneLead = mine.lead!.id;

      const leadsBefore = await leadCount();
      const outboxBefore = await outboxCount();
      const theirs = await createLead(aLeadInput().at(goa).forCustomer('Forbidden Ltd').build(), as.pune);
      expect(theirs).toEqual({
        lead: null,
        errors: [
          {
            code: 'FORBIDDEN',
            field: ['input', 'branchId'],
            message: 'you may not create leads in this branch',
          },
        ],
      });
      expect(await leadCount()).toBe(leadsBefore);
      expect(await outboxCount()).toBe(outboxBefore);

      const other = await createLead(aLeadInput().at(goa).forCustomer('Goa Own Ltd').build(), as.goa);
      expect(other.errors).toEqual([]);
      goaLead = other.lead!.id;
      // Once this later lead's event is out, anything the refused call had written would be out too.
      await recorder.waitFor(() => eventsOf(goaLead).length === 1 && eventsOf(puneLead).length === 1);
      expect(JSON.parse(eventsOf(puneLead)[0].value)).toMatchObject({
        actor: { id: 'u-pune' },
        payload: { branchId: pune.branchId },
      });
      const published = recorder.messages
        .filter((m) => m.topic === ordersTopic)
        .map((m) => JSON.parse(m.value) as EventEnvelope);
      expect(published.filter((e) => e.payload.customerName === 'Forbidden Ltd')).toEqual([]);
    });

    it('refuses createLead to a user without LEADS:CREATE with a FORBIDDEN error, writing nothing', async () => {
      const leadsBefore = await leadCount();
      const res = await gql(orders.url, CREATE_LEAD, { input: aLeadInput().at(pune).build() }, as.viewer);
      expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
      expect(res.data).toBeNull();
      expect(await leadCount()).toBe(leadsBefore);
    });

    it("lists only the leads of the caller's branches, in SQL, so counts and pages stay right", async () => {
      const repo = orders.db.manager.getRepository(LeadEntity);
      const branchesIn = (page: { edges: { node: { branch: { id: string } | null } }[] }) => [
        ...new Set(page.edges.map((e) => e.node.branch?.id ?? null)),
      ];

      const puneList = (await gqlData(orders.url, LEAD_BRANCHES, {}, as.pune)).leads;
      expect(puneList.totalCount).toBe(await repo.countBy({ branchId: pune.branchId }));
      expect(branchesIn(puneList)).toEqual([pune.branchId]);

      const goaList = (await gqlData(orders.url, LEAD_BRANCHES, {}, as.goa)).leads;
      expect(goaList.totalCount).toBe(await repo.countBy({ branchId: goa.branchId }));
      expect(branchesIn(goaList)).toEqual([goa.branchId]);

      const everything = (await gqlData(orders.url, LEAD_BRANCHES, {}, as.headOffice)).leads;
      expect(everything.totalCount).toBe(await leadCount());
      expect(everything.totalCount).toBe(puneList.totalCount + goaList.totalCount + 1);
      expect(everything.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(legacyLead);

      const goaAsPune = await gqlData(
        orders.url,
        LEAD_BRANCHES,
        { filter: { branchId: goa.branchId } },
        as.pune,
      );
      expect(goaAsPune.leads).toEqual({ edges: [], totalCount: 0 });
      const nothing = await gqlData(orders.url, LEAD_BRANCHES, {}, as.nowhere);
      expect(nothing.leads).toEqual({ edges: [], totalCount: 0 });

      // Pages of a scoped list hold exactly the scoped leads.
      const first = await gqlData(orders.url, LEADS, { first: 2 }, as.pune);
      const rest = await gqlData(
        orders.url,
        LEADS,
        { first: 100, after: first.leads.pageInfo.endCursor },
        as.pune,
      );
      expect(first.leads.totalCount).toBe(puneList.totalCount);
      expect(first.leads.edges.length + rest.leads.edges.length).toBe(puneList.totalCount);
    });

    it('reads a lead by id and through _entities only within the branch scope', async () => {
      const byId = async (id: string, headers: Record<string, string>) =>
        (await gqlData<{ lead: unknown }>(orders.url, LEAD, { id }, headers)).lead;
      expect(await byId(puneLead, as.pune)).toEqual({ id: puneLead, branch: { id: pune.branchId } });
      expect(await byId(goaLead, as.pune)).toBeNull();
      expect(await byId(legacyLead, as.pune)).toBeNull();
      expect(await byId(puneLead, as.goa)).toBeNull();
      expect(await byId(goaLead, as.goa)).toEqual({ id: goaLead, branch: { id: goa.branchId } });
      expect(await byId(legacyLead, as.headOffice)).toEqual({ id: legacyLead, branch: null });
      expect(await byId(puneLead, as.nowhere)).toBeNull();

      const r = [puneLead, goaLead, legacyLead].map((id) => ({ __typename: 'Lead', id }));
      const entities = async (headers: Record<string, string>) =>
        (await gqlData<{ _entities: unknown[] }>(orders.url, LEAD_ENTITIES, { r }, headers))._entities;
      expect(await entities(as.pune)).toEqual([{ id: puneLead }, null, null]);
      expect(await entities(as.goa)).toEqual([null, { id: goaLead }, null]);
      expect(await entities(as.headOffice)).toEqual([{ id: puneLead }, { id: goaLead }, { id: legacyLead }]);
      expect(await entities(as.nowhere)).toEqual([null, null, null]);
    });
  });

  describe("local copies of masters' branches, cities, products and bandwidths", () => {
    const catalogue = new KnownCatalogueRepository();
    const handledTypes = [
      'city.created',
      'city.updated',
      'city.deactivated',
      'branch.created',
      'branch.updated',
      'branch.deactivated',
      'product.created',
      'product.updated',
      'product.deactivated',
      'product.bandwidths_set',
      'bandwidth.created',
      'bandwidth.updated',
      'bandwidth.deactivated',
    ];

    it('follow branch edits and deactivation, and createLead follows them', async () => {
      await inMasters('updateBranch', 'UpdateBranchInput', 'branch', {
        id: pune.branchId,
        name: 'Pune and Goa',
        cityIds: [pune.cityId, goa.cityId],
      });
      await waitUntil(async () => (await knownBranch(pune.branchId))?.name === 'Pune and Goa');
      expect(await knownBranch(pune.branchId)).toMatchObject({
        code: 'PUNE_A',
        cityIds: [pune.cityId, goa.cityId],
        active: true,
      });
      // The Pune branch now serves Goa too.
      const served = await createLead(
        aLeadInput().at({ cityId: goa.cityId, branchId: pune.branchId }).build(),
      );
      expect(served.errors).toEqual([]);

      const closing = await createBranch('PUNE_C', [pune.cityId]);
      await waitUntil(async () => !!(await knownBranch(closing)));
      await inMasters('deactivateBranch', 'DeactivateBranchInput', 'branch', { id: closing });
      await waitUntil(async () => (await knownBranch(closing))?.active === false);
      const refused = await createLead(aLeadInput().at({ cityId: pune.cityId, branchId: closing }).build());
      expect(refused).toEqual({
        lead: null,
        errors: [
          { code: 'REFERENCE_INACTIVE', field: ['input', 'branchId'], message: 'branch PUNE_C is inactive' },
        ],
      });
    });

    it('follow city renames and deactivation, and createLead refuses an inactive city', async () => {
      await inMasters('updateCity', 'UpdateCityInput', 'city', { id: goa.cityId, name: 'Panaji' });
      await waitUntil(async () => (await knownCity(goa.cityId))?.name === 'Panaji');
      expect(await knownCity(goa.cityId)).toMatchObject({ code: 'GOA', active: true });

      const nashik = await createCity('NSK', 'Nashik');
      await waitUntil(async () => !!(await knownCity(nashik)));
      await inMasters('deactivateCity', 'DeactivateCityInput', 'city', { id: nashik });
      await waitUntil(async () => (await knownCity(nashik))?.active === false);
      const refused = await createLead(aLeadInput().at({ cityId: nashik, branchId: pune.branchId }).build());
      expect(refused.lead).toBeNull();
      expect(refused.errors).toEqual([
        { code: 'REFERENCE_INACTIVE', field: ['input', 'cityId'], message: 'city NSK is inactive' },
        {
          code: 'VALIDATION_FAILED',
          field: ['input', 'branchId'],
          message: 'branch PUNE_A does not serve city NSK',
        },
      ]);
    });

    it('follow products, their bandwidths and bandwidth ranks, and answer rank questions locally', async () => {
      const ill = await inMasters('createProductCategory', 'CreateProductCategoryInput', 'productCategory', {
        code: 'ILL',
        name: 'Internet Leased Line',
      });
      const data = await inMasters('createProductCategory', 'CreateProductCategoryInput', 'productCategory', {
        code: 'DATA',
        name: 'Data',
      });
      const product = await inMasters('createProduct', 'CreateProductInput', 'product', {
        code: 'ILL_STD',
        name: 'ILL Standard',
        categoryId: ill,
      });
      const bandwidth = (value: number, unit: string, rank: number) =>
        inMasters('createBandwidth', 'CreateBandwidthInput', 'bandwidth', { value, unit, rank });
      const mb10 = await bandwidth(10, 'MBPS', 10);
      const mb100 = await bandwidth(100, 'MBPS', 50);
      const gb1 = await bandwidth(1, 'GBPS', 90);
      const mb2 = await bandwidth(2, 'MBPS', 5);
      await inMasters('setProductBandwidths', 'SetProductBandwidthsInput', 'product', {
        productId: product,
        bandwidthIds: [gb1, mb10, mb100],
      });
      // 10 Mbps moves to the top; 2 Mbps (offered by no product) is retired.
      await inMasters('updateBandwidth', 'UpdateBandwidthInput', 'bandwidth', { id: mb10, rank: 95 });
      await inMasters('deactivateBandwidth', 'DeactivateBandwidthInput', 'bandwidth', { id: mb2 });
      await inMasters('updateProduct', 'UpdateProductInput', 'product', { id: product, categoryId: data });

      const products = orders.db.manager.getRepository(KnownProductEntity);
      const bandwidths = orders.db.manager.getRepository(KnownBandwidthEntity);
      // Events of one product keep their order; bandwidths have keys of their own.
      await waitUntil(async () => (await products.findOneBy({ id: product }))?.categoryId === data);
      await waitUntil(async () => (await bandwidths.findOneBy({ id: mb10 }))?.rank === 95);
      await waitUntil(async () => (await bandwidths.findOneBy({ id: mb2 }))?.active === false);
      await waitUntil(async () => (await bandwidths.countBy({ id: In([mb100, gb1]) })) === 2);

      expect(await products.findOneBy({ id: product })).toEqual({
        id: product,
        code: 'ILL_STD',
        categoryId: data,
        bandwidthIds: [mb10, mb100, gb1],
        active: true,
      });
      expect(await bandwidths.findOneBy({ id: mb2 })).toEqual({
        id: mb2,
        value: 2,
        unit: 'MBPS',
        rank: 5,
        active: false,
      });
      const em = orders.db.manager;
      expect(await catalogue.rankOf(em, mb10)).toBe(95);
      expect(await catalogue.rankOf(em, gb1)).toBe(90);
      expect((await catalogue.bandwidthsOfProduct(em, product)).map((b) => [b.id, b.rank])).toEqual([
        [mb100, 50],
        [gb1, 90],
        [mb10, 95],
      ]);

      await inMasters('deactivateProduct', 'DeactivateProductInput', 'product', { id: product });
      await waitUntil(async () => (await products.findOneBy({ id: product }))?.active === false);
    });

    it('survive redelivery of every masters event: no second effect', async () => {
      const em = orders.db.manager;
      const inbox = em.getRepository(InboxEntity);
      const applied = await inbox.countBy({ consumer: 'oms-orders', eventType: In(handledTypes) });
      const mastersEvents = () =>
        recorder.messages.filter(
          (m) =>
            m.topic === mastersTopic && handledTypes.includes((JSON.parse(m.value) as EventEnvelope).type),
        );
      await recorder.waitFor(() => mastersEvents().length === applied);
      const snapshot = async () => ({
        cities: await em.getRepository(KnownCityEntity).find({ order: { id: 'ASC' } }),
        branches: await em.getRepository(KnownBranchEntity).find({ order: { id: 'ASC' } }),
        products: await em.getRepository(KnownProductEntity).find({ order: { id: 'ASC' } }),
        bandwidths: await em.getRepository(KnownBandwidthEntity).find({ order: { id: 'ASC' } }),
      });
      const before = await snapshot();
      expect(before.branches.length).toBeGreaterThanOrEqual(3);

      const consumer = orders.consumer!;
      const duplicatesBefore = consumer.stats.duplicates;
      const producer: Producer = testKafka().producer({ allowAutoTopicCreation: false });
      await producer.connect();
      try {
        await producer.send({
          topic: mastersTopic,
          acks: -1,
          messages: mastersEvents().map((m) => ({ key: m.key, value: m.value })),
        });
      } finally {
        await producer.disconnect();
      }
      await waitUntil(() => consumer.stats.duplicates >= duplicatesBefore + applied, 30000);
      expect(consumer.stats.duplicates).toBe(duplicatesBefore + applied);
      expect(await snapshot()).toEqual(before);
      expect(await inbox.countBy({ consumer: 'oms-orders', eventType: In(handledTypes) })).toBe(applied);
    });
  });
});
