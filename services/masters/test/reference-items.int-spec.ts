import { gql, gqlData, startServiceUnderTest, type ServiceUnderTest, type TopicRecorder } from '@oms/testkit';
import type { RunningService } from '@oms/server';
import { mastersService } from '../src/service';
import { eventFor, refused } from './masters-test-kit';

const ERRORS = 'errors { code field message }';
const FIELDS =
  'id list code name description sortOrder days months charge createdAt updatedAt active deactivatedAt';
const ITEM = `referenceItem { ${FIELDS} }`;
const CREATE = `mutation($input: CreateReferenceItemInput!) { createReferenceItem(input: $input) { ${ITEM} ${ERRORS} } }`;
const UPDATE = `mutation($input: UpdateReferenceItemInput!) { updateReferenceItem(input: $input) { ${ITEM} ${ERRORS} } }`;
const DEACTIVATE = `mutation($input: DeactivateReferenceItemInput!) { deactivateReferenceItem(input: $input) { ${ITEM} ${ERRORS} } }`;
const LIST = `query($list: ReferenceListKind!, $filter: ReferenceItemFilter, $first: Int, $after: String) {
  referenceItems(list: $list, filter: $filter, first: $first, after: $after) {
    totalCount
    edges { cursor node { id code sortOrder active } }
    pageInfo { hasNextPage endCursor }
  }
}`;

interface Node {
  id: string;
  code: string;
  sortOrder: number;
  active: boolean;
}

describe('reference lists (MariaDB + Kafka)', () => {
  let underTest: ServiceUnderTest;
  let service: RunningService;
  let recorder: TopicRecorder;

  const create = async (input: Record<string, unknown>) => {
    const { createReferenceItem } = await gqlData(service.url, CREATE, { input });
    expect(createReferenceItem.errors).toEqual([]);
    return createReferenceItem.referenceItem as { id: string; code: string };
  };
  const list = async (listKind: string, variables: Record<string, unknown> = {}) =>
    (await gqlData(service.url, LIST, { list: listKind, first: 100, ...variables })).referenceItems as {
      totalCount: number;
      edges: { cursor: string; node: Node }[];
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
    };
  const codes = (page: { edges: { node: { code: string } }[] }) => page.edges.map((e) => e.node.code);

  beforeAll(async () => {
    underTest = await startServiceUnderTest(mastersService, { label: 'masters_reflists' });
    ({ service, recorder } = underTest);
  });

  afterAll(async () => {
    await underTest?.stop();
  });

  it('starts with the seeded items of every list, in list order, with their attributes', async () => {
    const read = await gqlData(
      service.url,
      `{ delivery: referenceItems(list: DELIVERY_MODE) { totalCount edges { node { id code days months charge active } } }
         prices: referenceItems(list: PRICE_COMPONENT) { edges { node { code charge days months } } }
         cycles: referenceItems(list: BILLING_CYCLE) { edges { node { code months } } }
         terms: referenceItems(list: PAYMENT_TERM) { edges { node { code days } } }
         other: referenceItems(list: OTHER_REQUIREMENT_TYPE) { edges { node { code } } }
         termination: referenceItems(list: TERMINATION_REASON) { totalCount }
         cancellation: referenceItems(list: CANCELLATION_REASON) { totalCount }
         rejection: referenceItems(list: REJECTION_REASON) { totalCount }
         fiber: referenceItem(id: "5eed0000-0000-4000-8000-000000000501") { list code name } }`,
    );
    const nodes = (c: { edges: { node: unknown }[] }) => c.edges.map((e) => e.node);
    expect(read.delivery.totalCount).toBe(3);
    expect(nodes(read.delivery)).toEqual([
      expect.objectContaining({ code: 'FIBER', days: null, months: null, charge: null, active: true }),
      expect.objectContaining({ code: 'RF' }),
      expect.objectContaining({ code: 'COPPER' }),
    ]);
    expect(nodes(read.prices)).toEqual([
      { code: 'OTC', charge: 'ONE_TIME', days: null, months: null },
      { code: 'MRC', charge: 'RECURRING', days: null, months: null },
      { code: 'ARC', charge: 'RECURRING', days: null, months: null },
    ]);
    expect(nodes(read.cycles)).toEqual([
      { code: 'MONTHLY', months: 1 },
      { code: 'QUARTERLY', months: 3 },
      { code: 'HALF_YEARLY', months: 6 },
      { code: 'YEARLY', months: 12 },
    ]);
    expect(nodes(read.terms)).toEqual([
      { code: 'ADVANCE', days: 0 },
      { code: 'NET15', days: 15 },
      { code: 'NET30', days: 30 },
    ]);
    expect(codes(read.other)).toEqual([
      'BILLING_CYCLE_CHANGE',
      'BACKUP_LINK',
      'DEMO_UPGRADE',
      'CUSTOMER_NAME_CHANGE',
      'IP_ADDITION',
    ]);
    for (const reasons of [read.termination, read.cancellation, read.rejection]) {
      expect(reasons.totalCount).toBeGreaterThanOrEqual(3);
    }
    expect(read.fiber).toEqual({ list: 'DELIVERY_MODE', code: 'FIBER', name: 'Fiber' });
  });

  it('creates, edits and deactivates an item, publishing its whole state each time', async () => {
    const { createReferenceItem } = await gqlData(service.url, CREATE, {
      input: {
        list: 'PAYMENT_TERM',
        code: 'net45',
        name: 'Net 45 days',
        description: '  Due 45 days after the invoice  ',
        sortOrder: 40,
        days: 45,
      },
    });
    expect(createReferenceItem.errors).toEqual([]);
    const created = createReferenceItem.referenceItem;
    expect(created).toMatchObject({
      list: 'PAYMENT_TERM',
      code: 'NET45',
      name: 'Net 45 days',
      description: 'Due 45 days after the invoice',
      sortOrder: 40,
      days: 45,
      months: null,
      charge: null,
      active: true,
      updatedAt: null,
      deactivatedAt: null,
    });
    const id = created.id as string;
    expect((await eventFor(recorder, 'reference_item.created', id)).payload).toEqual({
      referenceItemId: id,
      list: 'PAYMENT_TERM',
      code: 'NET45',
      name: 'Net 45 days',
      description: 'Due 45 days after the invoice',
      sortOrder: 40,
      days: 45,
      months: null,
      charge: null,
      active: true,
      createdAt: created.createdAt,
    });

    const { updateReferenceItem } = await gqlData(service.url, UPDATE, {
      input: { id, name: 'Net 60 days', days: 60, sortOrder: 50 },
    });
    expect(updateReferenceItem.errors).toEqual([]);
    expect(updateReferenceItem.referenceItem).toMatchObject({
      code: 'NET45',
      name: 'Net 60 days',
      description: 'Due 45 days after the invoice',
      sortOrder: 50,
      days: 60,
    });
    expect((await eventFor(recorder, 'reference_item.updated', id)).payload).toEqual({
      referenceItemId: id,
      list: 'PAYMENT_TERM',
      code: 'NET45',
      name: 'Net 60 days',
      description: 'Due 45 days after the invoice',
      sortOrder: 50,
      days: 60,
      months: null,
      charge: null,
      active: true,
      updatedAt: updateReferenceItem.referenceItem.updatedAt,
    });

    // Omitted fields stay; an empty description clears it; days 0 is a value, not "omitted".
    const cleared = await gqlData(service.url, UPDATE, { input: { id, description: '', days: 0 } });
    expect(cleared.updateReferenceItem.referenceItem).toMatchObject({
      name: 'Net 60 days',
      description: null,
      sortOrder: 50,
      days: 0,
    });

    const { deactivateReferenceItem } = await gqlData(service.url, DEACTIVATE, { input: { id } });
    expect(deactivateReferenceItem.errors).toEqual([]);
    expect(deactivateReferenceItem.referenceItem).toMatchObject({ active: false, days: 0 });
    expect((await eventFor(recorder, 'reference_item.deactivated', id)).payload).toEqual({
      referenceItemId: id,
      list: 'PAYMENT_TERM',
      code: 'NET45',
      name: 'Net 60 days',
      description: null,
      sortOrder: 50,
      days: 0,
      months: null,
      charge: null,
      active: false,
      deactivatedAt: deactivateReferenceItem.referenceItem.deactivatedAt,
    });

    const read = await gqlData(service.url, `{ referenceItem(id: "${id}") { code active deactivatedAt } }`);
    expect(read.referenceItem).toEqual({
      code: 'NET45',
      active: false,
      deactivatedAt: deactivateReferenceItem.referenceItem.deactivatedAt,
    });
    // The gateway resolves references to items through _entities.
    const entities = await gqlData(
      service.url,
      'query($reps: [_Any!]!) { _entities(representations: $reps) { ... on ReferenceItem { code list } } }',
      { reps: [{ __typename: 'ReferenceItem', id }] },
    );
    expect(entities._entities).toEqual([{ code: 'NET45', list: 'PAYMENT_TERM' }]);
  });

  it('takes the attribute of each kind: months for billing cycles, charge for price components', async () => {
    const cycle = await create({
      list: 'BILLING_CYCLE',
      code: 'BIMONTHLY',
      name: 'Every two months',
      months: 2,
    });
    expect((await eventFor(recorder, 'reference_item.created', cycle.id)).payload).toMatchObject({
      list: 'BILLING_CYCLE',
      months: 2,
      days: null,
      charge: null,
      sortOrder: 0,
      description: null,
    });
    const { updateReferenceItem } = await gqlData(service.url, UPDATE, {
      input: { id: cycle.id, months: 24 },
    });
    expect(updateReferenceItem.referenceItem).toMatchObject({ months: 24, name: 'Every two months' });

    const component = await create({
      list: 'PRICE_COMPONENT',
      code: 'INSTALL',
      name: 'Installation charge',
      charge: 'ONE_TIME',
    });
    const edited = await gqlData(service.url, UPDATE, { input: { id: component.id, charge: 'RECURRING' } });
    expect(edited.updateReferenceItem.referenceItem).toMatchObject({ charge: 'RECURRING', days: null });
    expect((await eventFor(recorder, 'reference_item.updated', component.id)).payload).toMatchObject({
      charge: 'RECURRING',
    });

    const mode = await create({ list: 'DELIVERY_MODE', code: 'SATELLITE', name: 'Satellite' });
    const renamed = await gqlData(service.url, UPDATE, { input: { id: mode.id, name: 'VSAT' } });
    expect(renamed.updateReferenceItem.referenceItem).toMatchObject({
      name: 'VSAT',
      days: null,
      months: null,
      charge: null,
    });
  });

  it('refuses a missing, out-of-range or foreign attribute per kind, and writes nothing', async () => {
    const field = (name: string) => ['input', name];
    expect(
      await refused(service, CREATE, 'createReferenceItem', {
        list: 'PAYMENT_TERM',
        code: 'NET7',
        name: 'Net 7',
      }),
    ).toEqual([
      { code: 'VALIDATION_FAILED', field: field('days'), message: 'days is required for PAYMENT_TERM items' },
    ]);
    expect(
      await refused(service, CREATE, 'createReferenceItem', {
        list: 'BILLING_CYCLE',
        code: 'WEEKLY',
        name: 'Weekly',
      }),
    ).toEqual([
      {
        code: 'VALIDATION_FAILED',
        field: field('months'),
        message: 'months is required for BILLING_CYCLE items',
      },
    ]);
    expect(
      await refused(service, CREATE, 'createReferenceItem', {
        list: 'PRICE_COMPONENT',
        code: 'QRC',
        name: 'Quarterly',
      }),
    ).toEqual([
      {
        code: 'VALIDATION_FAILED',
        field: field('charge'),
        message: 'charge is required for PRICE_COMPONENT items',
      },
    ]);
    expect(
      await refused(service, CREATE, 'createReferenceItem', {
        list: 'DELIVERY_MODE',
        code: 'DSL',
        name: 'DSL',
        days: 0,
        months: 1,
        charge: 'ONE_TIME',
      }),
    ).toEqual([
      {
        code: 'VALIDATION_FAILED',
        field: field('days'),
        message: 'days does not apply to DELIVERY_MODE items',
      },
      {
        code: 'VALIDATION_FAILED',
        field: field('months'),
        message: 'months does not apply to DELIVERY_MODE items',
      },
      {
        code: 'VALIDATION_FAILED',
        field: field('charge'),
        message: 'charge does not apply to DELIVERY_MODE items',
      },
    ]);
    for (const days of [-1, 366]) {
      expect(
        await refused(service, CREATE, 'createReferenceItem', {
          list: 'PAYMENT_TERM',
          code: 'BAD',
          name: 'Bad',
          days,
        }),
      ).toEqual([
        {
          code: 'VALIDATION_FAILED',
          field: field('days'),
          message: 'days must be a whole number from 0 to 365',
        },
      ]);
    }
    for (const months of [0, 61]) {
      expect(
        await refused(service, CREATE, 'createReferenceItem', {
          list: 'BILLING_CYCLE',
          code: 'BAD',
          name: 'Bad',
          months,
        }),
      ).toEqual([
        {
          code: 'VALIDATION_FAILED',
          field: field('months'),
          message: 'months must be a whole number from 1 to 60',
        },
      ]);
    }

    // Edits check the attribute against the item's own kind.
    const { delivery, term } = await gqlData(
      service.url,
      `{ delivery: referenceItems(list: DELIVERY_MODE, filter: { search: "copper" }) { edges { node { id } } }
         term: referenceItems(list: PAYMENT_TERM, filter: { search: "net30" }) { edges { node { id } } } }`,
    );
    const copper = delivery.edges[0].node.id as string;
    const net30 = term.edges[0].node.id as string;
    expect(await refused(service, UPDATE, 'updateReferenceItem', { id: copper, months: 3 })).toEqual([
      {
        code: 'VALIDATION_FAILED',
        field: field('months'),
        message: 'months does not apply to DELIVERY_MODE items',
      },
    ]);
    expect(
      await refused(service, UPDATE, 'updateReferenceItem', { id: net30, days: 400, charge: 'ONE_TIME' }),
    ).toEqual([
      {
        code: 'VALIDATION_FAILED',
        field: field('days'),
        message: 'days must be a whole number from 0 to 365',
      },
      {
        code: 'VALIDATION_FAILED',
        field: field('charge'),
        message: 'charge does not apply to PAYMENT_TERM items',
      },
    ]);
    const after = await gqlData(service.url, `{ referenceItem(id: "${net30}") { days charge updatedAt } }`);
    expect(after.referenceItem).toEqual({ days: 30, charge: null, updatedAt: null });
  });

  it('keeps codes unique within a list (not across lists) and refuses bad input with typed errors', async () => {
    await create({ list: 'CANCELLATION_REASON', code: 'PRICE_ISSUE', name: 'Price issue' });
    const other = await create({ list: 'REJECTION_REASON', code: 'price_issue', name: 'Price issue' });
    expect(other.code).toBe('PRICE_ISSUE');
    expect(
      await refused(service, CREATE, 'createReferenceItem', {
        list: 'CANCELLATION_REASON',
        code: ' price_issue ',
        name: 'Again',
      }),
    ).toEqual([
      {
        code: 'DUPLICATE',
        field: ['input', 'code'],
        message: 'CANCELLATION_REASON already has an item with code PRICE_ISSUE',
      },
    ]);
    expect(
      (
        await refused(service, CREATE, 'createReferenceItem', {
          list: 'DELIVERY_MODE',
          code: 'fiber',
          name: 'Fibre',
        })
      )[0].code,
    ).toBe('DUPLICATE');

    expect(
      await refused(service, CREATE, 'createReferenceItem', {
        list: 'TERMINATION_REASON',
        code: 'x',
        name: 'y',
        description: 'd'.repeat(501),
        sortOrder: -1,
      }),
    ).toEqual([
      {
        code: 'VALIDATION_FAILED',
        field: ['input', 'code'],
        message: 'code must be 2–30 letters, digits or _',
      },
      {
        code: 'VALIDATION_FAILED',
        field: ['input', 'name'],
        message: 'name must have at least 2 characters',
      },
      {
        code: 'VALIDATION_FAILED',
        field: ['input', 'description'],
        message: 'description must have at most 500 characters',
      },
      {
        code: 'VALIDATION_FAILED',
        field: ['input', 'sortOrder'],
        message: 'sortOrder must be from 0 to 9999',
      },
    ]);
    expect(
      await refused(service, UPDATE, 'updateReferenceItem', { id: other.id, name: 'x', sortOrder: 10000 }),
    ).toEqual([
      {
        code: 'VALIDATION_FAILED',
        field: ['input', 'name'],
        message: 'name must have at least 2 characters',
      },
      {
        code: 'VALIDATION_FAILED',
        field: ['input', 'sortOrder'],
        message: 'sortOrder must be from 0 to 9999',
      },
    ]);
    expect(await refused(service, UPDATE, 'updateReferenceItem', { id: 'nope', name: 'Fine' })).toEqual([
      { code: 'NOT_FOUND', field: ['input', 'id'], message: 'no reference item has this id' },
    ]);
    expect(await refused(service, DEACTIVATE, 'deactivateReferenceItem', { id: 'nope' })).toEqual([
      { code: 'NOT_FOUND', field: ['input', 'id'], message: 'no reference item has this id' },
    ]);
    await gqlData(service.url, DEACTIVATE, { input: { id: other.id } });
    expect(await refused(service, DEACTIVATE, 'deactivateReferenceItem', { id: other.id })).toEqual([
      {
        code: 'ALREADY_INACTIVE',
        field: ['input', 'id'],
        message: 'REJECTION_REASON PRICE_ISSUE is already inactive',
      },
    ]);
    // A deactivated item keeps its code: it is still taken.
    expect(
      (
        await refused(service, CREATE, 'createReferenceItem', {
          list: 'REJECTION_REASON',
          code: 'PRICE_ISSUE',
          name: 'Again',
        })
      )[0].code,
    ).toBe('DUPLICATE');
  });

  it('lists one list by sort order then code, with search, the active filter and cursors', async () => {
    // TERMINATION_REASON starts with the seeded reasons at 10, 20, ...; these interleave and tie with them.
    const added = [
      { code: 'ZZ_FIRST', sortOrder: 0 },
      { code: 'AA_TIE', sortOrder: 20 },
      { code: 'ZZ_TIE', sortOrder: 20 },
      { code: 'MID', sortOrder: 25 },
      { code: 'LAST', sortOrder: 9999 },
    ];
    for (const { code, sortOrder } of added) {
      await create({ list: 'TERMINATION_REASON', code, name: `Reason ${code}`, sortOrder });
    }
    const all = await list('TERMINATION_REASON');
    const expected = [...all.edges.map((e) => e.node)]
      .sort((a, b) => a.sortOrder - b.sortOrder || (a.code < b.code ? -1 : 1))
      .map((n) => n.code);
    expect(codes(all)).toEqual(expected);
    expect(codes(all)[0]).toBe('ZZ_FIRST');
    expect(codes(all).at(-1)).toBe('LAST');
    const at20 = all.edges.filter((e) => e.node.sortOrder === 20).map((e) => e.node.code);
    expect(at20).toEqual([...at20].sort());
    expect(at20).toEqual(expect.arrayContaining(['AA_TIE', 'ZZ_TIE']));

    // Walk it two at a time through the cursors: the same items, once each, in the same order.
    const walked: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page = await list('TERMINATION_REASON', { first: 2, after });
      expect(page.totalCount).toBe(all.totalCount);
      expect(page.edges.length).toBeLessThanOrEqual(2);
      expect(page.pageInfo.endCursor).toBe(page.edges.at(-1)?.cursor ?? null);
      walked.push(...codes(page));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(walked).toEqual(expected);

    // Other lists are not mixed in; search matches code or name; the active filter splits the list.
    expect(codes(await list('TERMINATION_REASON', { filter: { search: 'tie' } }))).toEqual([
      'AA_TIE',
      'ZZ_TIE',
    ]);
    expect(codes(await list('TERMINATION_REASON', { filter: { search: 'reason mi' } }))).toEqual(['MID']);
    expect((await list('CANCELLATION_REASON', { filter: { search: 'tie' } })).totalCount).toBe(0);
    const mid = all.edges.find((e) => e.node.code === 'MID')!.node;
    await gqlData(service.url, DEACTIVATE, { input: { id: mid.id } });
    const inactive = await list('TERMINATION_REASON', { filter: { active: false } });
    expect(codes(inactive)).toEqual(['MID']);
    const active = await list('TERMINATION_REASON', { filter: { active: true } });
    expect(active.totalCount).toBe(all.totalCount - 1);
    expect(codes(active)).toEqual(expected.filter((c) => c !== 'MID'));

    // A cursor this list did not hand out is refused as bad input.
    const bad = await gql(service.url, LIST, { list: 'TERMINATION_REASON', after: 'garbage' });
    expect(bad.errors?.[0]).toMatchObject({
      message: 'after is not a cursor returned by this list',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });
});
