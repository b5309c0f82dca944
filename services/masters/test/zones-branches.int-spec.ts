import { gqlData, startServiceUnderTest, type ServiceUnderTest, type TopicRecorder } from '@oms/testkit';
import type { RunningService } from '@oms/server';
import { mastersService } from '../src/service';
import { eventFor, refused } from './masters-test-kit';

const ERRORS = 'errors { code field message }';
const ZONE = 'zone { id code name active updatedAt deactivatedAt }';
const BRANCH = 'branch { id code name active updatedAt deactivatedAt zone { id code } cities { id code } }';
const CREATE_ZONE = `mutation($input: CreateZoneInput!) { createZone(input: $input) { ${ZONE} ${ERRORS} } }`;
const UPDATE_ZONE = `mutation($input: UpdateZoneInput!) { updateZone(input: $input) { ${ZONE} ${ERRORS} } }`;
const DEACTIVATE_ZONE = `mutation($input: DeactivateZoneInput!) { deactivateZone(input: $input) { ${ZONE} ${ERRORS} } }`;
const CREATE_BRANCH = `mutation($input: CreateBranchInput!) { createBranch(input: $input) { ${BRANCH} ${ERRORS} } }`;
const UPDATE_BRANCH = `mutation($input: UpdateBranchInput!) { updateBranch(input: $input) { ${BRANCH} ${ERRORS} } }`;
const DEACTIVATE_BRANCH = `mutation($input: DeactivateBranchInput!) { deactivateBranch(input: $input) { ${BRANCH} ${ERRORS} } }`;
const CREATE_STATE = `mutation($input: CreateStateInput!) { createState(input: $input) { state { id } ${ERRORS} } }`;
const CREATE_CITY = `mutation($input: CreateCityInput!) { createCity(input: $input) { city { id } ${ERRORS} } }`;
const DEACTIVATE_CITY = `mutation($input: DeactivateCityInput!) { deactivateCity(input: $input) { city { id } ${ERRORS} } }`;

describe('zones and branches (MariaDB + Kafka)', () => {
  let underTest: ServiceUnderTest;
  let service: RunningService;
  let recorder: TopicRecorder;
  let stateId: string;
  const city: Record<string, string> = {};

  const zone = async (code: string) => {
    const { createZone } = await gqlData(service.url, CREATE_ZONE, { input: { code, name: `Zone ${code}` } });
    expect(createZone.errors).toEqual([]);
    return createZone.zone as { id: string; code: string };
  };
  const branch = async (code: string, zoneId: string, cityIds: string[]) => {
    const { createBranch } = await gqlData(service.url, CREATE_BRANCH, {
      input: { code, name: `Branch ${code}`, zoneId, cityIds },
    });
    expect(createBranch.errors).toEqual([]);
    return createBranch.branch as { id: string };
  };
  const codes = (c: { edges: { node: { code: string } }[] }) => c.edges.map((e) => e.node.code).sort();

  beforeAll(async () => {
    underTest = await startServiceUnderTest(mastersService, { label: 'masters_org' });
    ({ service, recorder } = underTest);
    const { createState } = await gqlData(service.url, CREATE_STATE, {
      input: { code: 'MH', name: 'Maharashtra' },
    });
    stateId = createState.state.id;
    for (const code of ['PUNE', 'MUM', 'NGP', 'NSK']) {
      const { createCity } = await gqlData(service.url, CREATE_CITY, {
        input: { stateId, code, name: code },
      });
      city[code] = createCity.city.id;
    }
  });

  afterAll(async () => {
    await underTest?.stop();
  });

  it('creates, renames and deactivates a zone, publishing each change', async () => {
    const { createZone } = await gqlData(service.url, CREATE_ZONE, { input: { code: 'west', name: 'West' } });
    expect(createZone.errors).toEqual([]);
    expect(createZone.zone).toMatchObject({ code: 'WEST', name: 'West', active: true, deactivatedAt: null });
    const id = createZone.zone.id as string;
    expect((await eventFor(recorder, 'zone.created', id)).payload).toMatchObject({
      zoneId: id,
      code: 'WEST',
      name: 'West',
    });

    const { updateZone } = await gqlData(service.url, UPDATE_ZONE, { input: { id, name: 'West India' } });
    expect(updateZone.zone).toMatchObject({ code: 'WEST', name: 'West India' });
    expect((await eventFor(recorder, 'zone.updated', id)).payload).toEqual({
      zoneId: id,
      name: 'West India',
      updatedAt: updateZone.zone.updatedAt,
    });

    const { deactivateZone } = await gqlData(service.url, DEACTIVATE_ZONE, { input: { id } });
    expect(deactivateZone.zone.active).toBe(false);
    expect((await eventFor(recorder, 'zone.deactivated', id)).payload).toEqual({
      zoneId: id,
      deactivatedAt: deactivateZone.zone.deactivatedAt,
    });
    const read = await gqlData(service.url, `{ zone(id: "${id}") { code active } }`);
    expect(read.zone).toEqual({ code: 'WEST', active: false });
  });

  it('creates, edits and deactivates a branch, publishing its zone and cities', async () => {
    const north = await zone('NORTH');
    const south = await zone('SOUTH');
    const { createBranch } = await gqlData(service.url, CREATE_BRANCH, {
      input: {
        code: 'pun_01',
        name: 'Pune One',
        zoneId: north.id,
        cityIds: [city.PUNE, city.MUM, city.PUNE],
      },
    });
    expect(createBranch.errors).toEqual([]);
    const id = createBranch.branch.id as string;
    expect(createBranch.branch).toMatchObject({ code: 'PUN_01', active: true, zone: { code: 'NORTH' } });
    expect(createBranch.branch.cities.map((c: { code: string }) => c.code).sort()).toEqual(['MUM', 'PUNE']);
    const created = await eventFor(recorder, 'branch.created', id);
    expect(created.payload).toMatchObject({ branchId: id, code: 'PUN_01', zoneId: north.id });
    expect((created.payload.cityIds as string[]).sort()).toEqual([city.PUNE, city.MUM].sort());

    const { updateBranch } = await gqlData(service.url, UPDATE_BRANCH, {
      input: { id, zoneId: south.id, cityIds: [city.NGP] },
    });
    expect(updateBranch.errors).toEqual([]);
    expect(updateBranch.branch).toMatchObject({
      code: 'PUN_01',
      name: 'Pune One',
      zone: { code: 'SOUTH' },
      cities: [{ code: 'NGP' }],
    });
    expect((await eventFor(recorder, 'branch.updated', id)).payload).toEqual({
      branchId: id,
      name: 'Pune One',
      zoneId: south.id,
      cityIds: [city.NGP],
      updatedAt: updateBranch.branch.updatedAt,
    });

    const renamed = await gqlData(service.url, UPDATE_BRANCH, { input: { id, name: 'Nagpur One' } });
    expect(renamed.updateBranch.branch).toMatchObject({ name: 'Nagpur One', zone: { code: 'SOUTH' } });

    const { deactivateBranch } = await gqlData(service.url, DEACTIVATE_BRANCH, { input: { id } });
    expect(deactivateBranch.branch).toMatchObject({ active: false, cities: [{ code: 'NGP' }] });
    expect((await eventFor(recorder, 'branch.deactivated', id)).payload).toEqual({
      branchId: id,
      deactivatedAt: deactivateBranch.branch.deactivatedAt,
    });
  });

  it('lists zones and branches with filters and cursors, and resolves the links both ways', async () => {
    const east = await zone('EAST');
    const a = await branch('NSK_A', east.id, [city.NSK]);
    await branch('NSK_B', east.id, [city.NSK, city.MUM]);
    await gqlData(service.url, DEACTIVATE_BRANCH, { input: { id: a.id } });

    const lists = await gqlData(
      service.url,
      `{ byZone: branches(filter: { zoneId: "${east.id}" }) { totalCount edges { node { code } } }
         byCity: branches(filter: { cityId: "${city.NSK}", active: true }) { edges { node { code } } }
         search: branches(filter: { search: "nsk_" }) { edges { node { code } } }
         zones(filter: { search: "eas", active: true }) { edges { node { code branches { code } } } }
         city(id: "${city.NSK}") { branches { code } } }`,
    );
    expect(lists.byZone.totalCount).toBe(2);
    expect(codes(lists.byCity)).toEqual(['NSK_B']);
    expect(codes(lists.search)).toEqual(['NSK_A', 'NSK_B']);
    expect(lists.zones.edges).toEqual([
      { node: { code: 'EAST', branches: [{ code: 'NSK_A' }, { code: 'NSK_B' }] } },
    ]);
    expect(lists.city.branches.map((b: { code: string }) => b.code).sort()).toEqual(['NSK_A', 'NSK_B']);

    const page1 = await gqlData(service.url, '{ zones(first: 1) { pageInfo { hasNextPage endCursor } } }');
    expect(page1.zones.pageInfo.hasNextPage).toBe(true);
    const page2 = await gqlData(
      service.url,
      `{ zones(first: 100, after: "${page1.zones.pageInfo.endCursor}") { edges { node { code } } } }`,
    );
    expect(page2.zones.edges.length).toBeGreaterThan(0);
  });

  it('refuses bad zone input with typed errors and writes nothing', async () => {
    const used = await zone('CENTRAL');
    await branch('CEN_1', used.id, [city.PUNE]);
    expect(await refused(service, CREATE_ZONE, 'createZone', { code: 'x', name: '' })).toEqual([
      {
        code: 'VALIDATION_FAILED',
        field: ['input', 'code'],
        message: 'code must be 2–20 letters, digits or _',
      },
      {
        code: 'VALIDATION_FAILED',
        field: ['input', 'name'],
        message: 'name must have at least 2 characters',
      },
    ]);
    expect(await refused(service, CREATE_ZONE, 'createZone', { code: 'central', name: 'Again' })).toEqual([
      { code: 'DUPLICATE', field: ['input', 'code'], message: 'a zone with code CENTRAL already exists' },
    ]);
    expect((await refused(service, UPDATE_ZONE, 'updateZone', { id: 'nope', name: 'Fine' }))[0].code).toBe(
      'NOT_FOUND',
    );
    expect(await refused(service, DEACTIVATE_ZONE, 'deactivateZone', { id: used.id })).toEqual([
      { code: 'IN_USE', field: ['input', 'id'], message: 'zone CENTRAL is used by 1 active branch' },
    ]);
    const gone = await zone('GONE');
    await gqlData(service.url, DEACTIVATE_ZONE, { input: { id: gone.id } });
    expect((await refused(service, DEACTIVATE_ZONE, 'deactivateZone', { id: gone.id }))[0].code).toBe(
      'ALREADY_INACTIVE',
    );
  });

  it('refuses bad branch input with typed errors and writes nothing', async () => {
    const ok = await zone('OKZ');
    const closed = await zone('CLOSED');
    await gqlData(service.url, DEACTIVATE_ZONE, { input: { id: closed.id } });
    const { createCity } = await gqlData(service.url, CREATE_CITY, {
      input: { stateId, code: 'OLD', name: 'Old' },
    });
    const oldCity = createCity.city.id as string;
    await gqlData(service.url, DEACTIVATE_CITY, { input: { id: oldCity } });
    const existing = await branch('OK_1', ok.id, [city.PUNE]);

    expect(
      await refused(service, CREATE_BRANCH, 'createBranch', {
        code: 'B',
        name: 'x',
        zoneId: '',
        cityIds: [],
      }),
    ).toEqual([
      {
        code: 'VALIDATION_FAILED',
        field: ['input', 'code'],
        message: 'code must be 2–20 letters, digits or _',
      },
      {
        code: 'VALIDATION_FAILED',
        field: ['input', 'name'],
        message: 'name must have at least 2 characters',
      },
      { code: 'VALIDATION_FAILED', field: ['input', 'zoneId'], message: 'zoneId is required' },
      {
        code: 'VALIDATION_FAILED',
        field: ['input', 'cityIds'],
        message: 'a branch serves at least one city',
      },
    ]);
    expect(
      await refused(service, CREATE_BRANCH, 'createBranch', {
        code: 'ok_1',
        name: 'Dup',
        zoneId: closed.id,
        cityIds: [city.PUNE, 'nope', oldCity],
      }),
    ).toEqual([
      { code: 'DUPLICATE', field: ['input', 'code'], message: 'a branch with code OK_1 already exists' },
      { code: 'REFERENCE_INACTIVE', field: ['input', 'zoneId'], message: 'zone CLOSED is inactive' },
      { code: 'REFERENCE_NOT_FOUND', field: ['input', 'cityIds', '1'], message: 'no city has the id nope' },
      { code: 'REFERENCE_INACTIVE', field: ['input', 'cityIds', '2'], message: 'city OLD is inactive' },
    ]);
    expect(
      (
        await refused(service, CREATE_BRANCH, 'createBranch', {
          code: 'NEW',
          name: 'New',
          zoneId: 'nope',
          cityIds: [city.PUNE],
        })
      )[0],
    ).toEqual({ code: 'REFERENCE_NOT_FOUND', field: ['input', 'zoneId'], message: 'no zone has this id' });
    expect(
      (await refused(service, UPDATE_BRANCH, 'updateBranch', { id: 'nope', name: 'Fine' }))[0].code,
    ).toBe('NOT_FOUND');
    expect(await refused(service, UPDATE_BRANCH, 'updateBranch', { id: existing.id, cityIds: [] })).toEqual([
      {
        code: 'VALIDATION_FAILED',
        field: ['input', 'cityIds'],
        message: 'a branch serves at least one city',
      },
    ]);
    expect(
      await refused(service, UPDATE_BRANCH, 'updateBranch', {
        id: existing.id,
        zoneId: closed.id,
        cityIds: [oldCity],
      }),
    ).toEqual([
      { code: 'REFERENCE_INACTIVE', field: ['input', 'zoneId'], message: 'zone CLOSED is inactive' },
      { code: 'REFERENCE_INACTIVE', field: ['input', 'cityIds', '0'], message: 'city OLD is inactive' },
    ]);
    expect(await refused(service, DEACTIVATE_CITY, 'deactivateCity', { id: city.PUNE })).toEqual([
      { code: 'IN_USE', field: ['input', 'id'], message: 'city PUNE is used by 2 active branches' },
    ]);
    await gqlData(service.url, DEACTIVATE_BRANCH, { input: { id: existing.id } });
    expect((await refused(service, DEACTIVATE_BRANCH, 'deactivateBranch', { id: existing.id }))[0].code).toBe(
      'ALREADY_INACTIVE',
    );
    const after = await gqlData(
      service.url,
      `{ branch(id: "${existing.id}") { name zone { code } cities { code } } branches(filter: { search: "new" }) { totalCount } }`,
    );
    expect(after.branch).toEqual({ name: 'Branch OK_1', zone: { code: 'OKZ' }, cities: [{ code: 'PUNE' }] });
    expect(after.branches.totalCount).toBe(0);
  });
});
