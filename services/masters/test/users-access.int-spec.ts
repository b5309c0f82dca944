import { AccessPrincipalEntity, verifyPassword } from '@oms/auth';
import { accessSnapshotSchema } from '@oms/contracts';
import { OutboxEntity } from '@oms/messaging';
import type { RunningService } from '@oms/server';
import {
  gql,
  gqlData,
  proofHeaders,
  startServiceUnderTest,
  type ServiceUnderTest,
  type TopicRecorder,
} from '@oms/testkit';
import { mastersService } from '../src/service';
import {
  CLEAR_OVERRIDE,
  CREATE_GROUP,
  CREATE_MENU,
  CREATE_RIGHT,
  CREATE_USER,
  DEACTIVATE_GROUP,
  DEACTIVATE_MENU,
  DEACTIVATE_RIGHT,
  DEACTIVATE_USER,
  ERRORS,
  GOOD_PASSWORD,
  RESET_PASSWORD,
  SET_GROUP_RIGHTS,
  SET_OVERRIDE,
  UPDATE_GROUP,
  UPDATE_MENU,
  UPDATE_RIGHT,
  UPDATE_USER,
  accessAt,
  accessEvents,
  eventsFor,
  seededIds,
  seen,
} from './identity-test-kit';
import { eventFor, refused } from './masters-test-kit';

const CREATE_STATE = `mutation($input: CreateStateInput!) { createState(input: $input) { state { id } ${ERRORS} } }`;
const CREATE_CITY = `mutation($input: CreateCityInput!) { createCity(input: $input) { city { id } ${ERRORS} } }`;
const DEACTIVATE_CITY = `mutation($input: DeactivateCityInput!) { deactivateCity(input: $input) { city { id } ${ERRORS} } }`;
const CREATE_ZONE = `mutation($input: CreateZoneInput!) { createZone(input: $input) { zone { id } ${ERRORS} } }`;
const CREATE_BRANCH = `mutation($input: CreateBranchInput!) { createBranch(input: $input) { branch { id } ${ERRORS} } }`;
const DEACTIVATE_BRANCH = `mutation($input: DeactivateBranchInput!) { deactivateBranch(input: $input) { branch { id } ${ERRORS} } }`;
const CREATE_BSO = `mutation($input: CreateBsoInput!) { createBso(input: $input) { bso { id } ${ERRORS} } }`;
const DEACTIVATE_BSO = `mutation($input: DeactivateBsoInput!) { deactivateBso(input: $input) { bso { id } ${ERRORS} } }`;

const SEEDED_GROUPS = [
  'ADMIN',
  'BILLING',
  'BSO_PARTNER',
  'CRM',
  'CSCH',
  'HEAD_OFFICE',
  'INSTALLATION',
  'LOGISTICS',
  'PROVISIONING',
  'RM',
  'SALES',
  'TECHNICAL',
  'ZM',
  'ZNM',
];
const MENU_CODES = [
  'MASTERS',
  'USERS',
  'AUDIT',
  'LEADS',
  'FEASIBILITY',
  'ORDERS',
  'APPROVALS',
  'PROVISIONING',
  'INSTALLATION',
  'BILLING',
  'INTEGRATIONS',
  'REPORTS',
];
const SALES_PERMISSIONS = [
  'FEASIBILITY:VIEW',
  'FEASIBILITY:CREATE',
  'LEADS:VIEW',
  'LEADS:CREATE',
  'LEADS:EDIT',
  'ORDERS:VIEW',
  'ORDERS:CREATE',
  'ORDERS:EDIT',
];

describe('users, groups, menus, rights and effective access (MariaDB + Kafka)', () => {
  let underTest: ServiceUnderTest;
  let service: RunningService;
  let recorder: TopicRecorder;
  let seeded: Awaited<ReturnType<typeof seededIds>>;
  const city: Record<string, string> = {};
  const branch: Record<string, string> = {};
  const bso: Record<string, string> = {};
  let emails = 0;

  /** A valid staff user input; `overrides` change single fields. */
  const aStaffUser = (overrides: Record<string, unknown> = {}) => ({
    email: `staff${++emails}@oms.example`,
    name: 'Asha Kulkarni',
    kind: 'STAFF',
    homeBranchId: branch.PUNE_01,
    groupIds: [seeded.group.SALES],
    password: GOOD_PASSWORD,
    ...overrides,
  });
  const createUser = async (overrides: Record<string, unknown> = {}) => {
    const { createUser: result } = await gqlData(service.url, CREATE_USER, { input: aStaffUser(overrides) });
    expect(result.errors).toEqual([]);
    return result.user as { id: string; email: string; access: { version: number } };
  };
  const userCount = async () =>
    (await gqlData(service.url, '{ users { totalCount } }')).users.totalCount as number;
  const codesOf = (list: { code: string }[]) => list.map((x) => x.code);
  const savedSnapshot = async (userId: string) => {
    const row = await service.db.manager.getRepository(AccessPrincipalEntity).findOneBy({ userId });
    return row
      ? { version: row.version, snapshot: accessSnapshotSchema.parse(JSON.parse(row.snapshot)) }
      : null;
  };
  const passwordHashOf = async (userId: string) =>
    (
      await service.db.manager.query<{ password_hash: string }[]>(
        'SELECT password_hash FROM app_user WHERE id = ?',
        [userId],
      )
    )[0].password_hash;

  beforeAll(async () => {
    underTest = await startServiceUnderTest(mastersService, { label: 'masters_users' });
    ({ service, recorder } = underTest);
    seeded = await seededIds(service);
    const { createState } = await gqlData(service.url, CREATE_STATE, {
      input: { code: 'MH', name: 'Maharashtra' },
    });
    for (const code of ['PUNE', 'MUM', 'NGP', 'OLDC']) {
      const { createCity } = await gqlData(service.url, CREATE_CITY, {
        input: { stateId: createState.state.id, code, name: code },
      });
      city[code] = createCity.city.id;
    }
    const { createZone } = await gqlData(service.url, CREATE_ZONE, { input: { code: 'WEST', name: 'West' } });
    for (const [code, cityId] of [
      ['PUNE_01', city.PUNE],
      ['MUM_01', city.MUM],
      ['NGP_01', city.NGP],
      ['OLD_01', city.OLDC],
    ]) {
      const { createBranch } = await gqlData(service.url, CREATE_BRANCH, {
        input: { code, name: code, zoneId: createZone.zone.id, cityIds: [cityId] },
      });
      branch[code] = createBranch.branch.id;
    }
    await gqlData(service.url, DEACTIVATE_BRANCH, { input: { id: branch.OLD_01 } });
    await gqlData(service.url, DEACTIVATE_CITY, { input: { id: city.OLDC } });
    for (const code of ['AIRLINK', 'GONE']) {
      const { createBso } = await gqlData(service.url, CREATE_BSO, {
        input: {
          code,
          name: code,
          contacts: [{ name: 'Ravi Kulkarni', email: 'ravi@airlink.example', phone: '+91 98200 12345' }],
        },
      });
      bso[code] = createBso.bso.id;
    }
    await gqlData(service.url, DEACTIVATE_BSO, { input: { id: bso.GONE } });
  });

  afterAll(async () => {
    await underTest?.stop();
  });

  it('seeds the groups, menus and named rights, with the documented rights', async () => {
    expect(Object.keys(seeded.group).sort()).toEqual(SEEDED_GROUPS);
    expect(Object.keys(seeded.right).sort()).toEqual([
      'DEAD_LETTER_REPLAY',
      'FEASIBILITY_RESPOND',
      'TECHNICAL_FEASIBILITY',
    ]);
    const menus = await gqlData(
      service.url,
      '{ menus(first: 100) { totalCount edges { node { code route sortOrder active parent { code } } } } }',
    );
    expect(menus.menus.totalCount).toBe(12);
    expect(menus.menus.edges.map((e: { node: { code: string } }) => e.node.code).sort()).toEqual(
      [...MENU_CODES].sort(),
    );
    expect(menus.menus.edges[0].node).toEqual({
      code: 'LEADS',
      route: '/leads',
      sortOrder: 10,
      active: true,
      parent: null,
    });

    type GroupView = {
      code: string;
      namedRights: { code: string }[];
      menuRights: { menu: { code: string }; rights: string[] }[];
    };
    const group = async (code: string) =>
      (
        await gqlData<{ group: GroupView }>(
          service.url,
          `{ group(id: "${seeded.group[code]}") { code dataScope kind active namedRights { code } menuRights { menu { code } rights } } }`,
        )
      ).group;
    const headOffice = await group('HEAD_OFFICE');
    expect(headOffice).toMatchObject({ dataScope: 'ALL', kind: 'STAFF', active: true });
    expect(headOffice.menuRights).toHaveLength(12);
    for (const grant of headOffice.menuRights) expect(grant.rights).toEqual(['VIEW', 'APPROVE']);
    const admin = await group('ADMIN');
    expect(admin).toMatchObject({ dataScope: 'ALL', namedRights: [{ code: 'DEAD_LETTER_REPLAY' }] });
    for (const grant of admin.menuRights)
      expect(grant.rights).toEqual(['VIEW', 'CREATE', 'EDIT', 'APPROVE', 'ADMIN']);
    expect(await group('SALES')).toMatchObject({
      dataScope: 'ASSIGNED',
      menuRights: [
        { menu: { code: 'FEASIBILITY' }, rights: ['VIEW', 'CREATE'] },
        { menu: { code: 'LEADS' }, rights: ['VIEW', 'CREATE', 'EDIT'] },
        { menu: { code: 'ORDERS' }, rights: ['VIEW', 'CREATE', 'EDIT'] },
      ],
    });
    expect(await group('TECHNICAL')).toMatchObject({
      namedRights: [{ code: 'TECHNICAL_FEASIBILITY' }],
      menuRights: [{ menu: { code: 'FEASIBILITY' }, rights: ['VIEW', 'EDIT'] }],
    });
    expect(await group('BSO_PARTNER')).toMatchObject({
      kind: 'PARTNER',
      dataScope: 'ASSIGNED',
      namedRights: [{ code: 'FEASIBILITY_RESPOND' }],
      menuRights: [{ menu: { code: 'FEASIBILITY' }, rights: ['VIEW'] }],
    });
  });

  it('creates a staff user, publishing user.created (no password data) and its first access snapshot', async () => {
    const { createUser: result } = await gqlData(service.url, CREATE_USER, {
      input: {
        email: '  Priya.Shah@OMS.example ',
        name: 'Priya Shah',
        phone: '+91 98200 11111',
        kind: 'STAFF',
        homeBranchId: branch.PUNE_01,
        branchIds: [branch.MUM_01, branch.PUNE_01, branch.MUM_01],
        groupIds: [seeded.group.SALES, seeded.group.RM],
        rightCodes: ['technical_feasibility'],
        installationCityIds: [city.PUNE, city.NGP],
        password: GOOD_PASSWORD,
      },
    });
    expect(result.errors).toEqual([]);
    const user = result.user;
    expect(user).toMatchObject({
      email: 'priya.shah@oms.example',
      name: 'Priya Shah',
      phone: '+91 98200 11111',
      kind: 'STAFF',
      active: true,
      bso: null,
      homeBranch: { code: 'PUNE_01' },
      additionalBranches: [{ code: 'MUM_01' }],
      branches: [{ code: 'PUNE_01' }, { code: 'MUM_01' }],
      groups: [{ code: 'RM' }, { code: 'SALES' }],
      namedRights: [{ code: 'TECHNICAL_FEASIBILITY' }],
      menuOverrides: [],
      deactivatedAt: null,
    });
    expect(codesOf(user.installationCities).sort()).toEqual(['NGP', 'PUNE']);

    const created = await eventFor(recorder, 'user.created', user.id);
    expect(created.payload).toEqual({
      userId: user.id,
      email: 'priya.shah@oms.example',
      name: 'Priya Shah',
      phone: '+91 98200 11111',
      kind: 'STAFF',
      bsoId: null,
      homeBranchId: branch.PUNE_01,
      branchIds: [branch.PUNE_01, branch.MUM_01],
      active: true,
      createdAt: expect.any(String),
    });

    const snapshot = await accessAt(recorder, user.id, 1);
    expect(snapshot).toEqual({
      userId: user.id,
      version: 1,
      active: true,
      kind: 'STAFF',
      bsoId: null,
      email: 'priya.shah@oms.example',
      name: 'Priya Shah',
      homeBranchId: branch.PUNE_01,
      branchIds: [branch.PUNE_01, branch.MUM_01],
      allBranches: false,
      installationCityIds: [city.PUNE, city.NGP].sort(),
      groups: ['RM', 'SALES'],
      permissions: ['APPROVALS:VIEW', 'APPROVALS:APPROVE', ...SALES_PERMISSIONS, 'TECHNICAL_FEASIBILITY'],
    });
    expect(user.access).toEqual({
      version: 1,
      active: true,
      allBranches: false,
      permissions: snapshot.permissions,
    });
    // masters' own access copy, which its authorization reads, holds the same snapshot.
    expect(await savedSnapshot(user.id)).toEqual({ version: 1, snapshot });
  });

  it('stores the password only as an Argon2id hash that is never exposed nor published', async () => {
    const user = await createUser();
    const hash = await passwordHashOf(user.id);
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=\d+,t=\d+,p=\d+\$/);
    expect(await verifyPassword(GOOD_PASSWORD, hash)).toBe(true);
    const fields = await gqlData(service.url, '{ __type(name: "User") { fields { name } } }');
    const names = fields.__type.fields.map((f: { name: string }) => f.name);
    expect(names.filter((n: string) => /password|hash/i.test(n))).toEqual(['passwordChangedAt']);
    const outbox = await service.db.manager.getRepository(OutboxEntity).find();
    const text = JSON.stringify(outbox);
    expect(text).not.toContain(GOOD_PASSWORD);
    expect(text).not.toContain('$argon2id');
  });

  it('refuses malformed input, a weak password and a taken email, writing nothing', async () => {
    await createUser({ email: 'taken@oms.example' });
    const before = await userCount();
    const errors = await refused(
      service,
      CREATE_USER,
      'createUser',
      aStaffUser({ email: 'not-an-email', name: 'A', groupIds: [] }),
    );
    expect(errors.map((e) => [e.code, e.field])).toEqual([
      ['VALIDATION_FAILED', ['input', 'email']],
      ['VALIDATION_FAILED', ['input', 'name']],
      ['VALIDATION_FAILED', ['input', 'groupIds']],
    ]);
    const weak = await refused(service, CREATE_USER, 'createUser', aStaffUser({ password: 'short' }));
    expect(weak).toEqual([
      { code: 'WEAK_PASSWORD', field: ['input', 'password'], message: expect.stringMatching(/at least 12/) },
    ]);
    const allLower = await refused(
      service,
      CREATE_USER,
      'createUser',
      aStaffUser({ password: 'onlylowercaseletters' }),
    );
    expect(allLower[0]).toMatchObject({ code: 'WEAK_PASSWORD', message: expect.stringMatching(/three of/) });
    const both = await refused(
      service,
      CREATE_USER,
      'createUser',
      aStaffUser({ phone: 'call me', password: 'weak' }),
    );
    expect(both.map((e) => e.code)).toEqual(['VALIDATION_FAILED', 'WEAK_PASSWORD']);
    const duplicate = await refused(
      service,
      CREATE_USER,
      'createUser',
      aStaffUser({ email: 'TAKEN@oms.example' }),
    );
    expect(duplicate).toEqual([
      { code: 'DUPLICATE', field: ['input', 'email'], message: expect.stringMatching(/taken@oms.example/) },
    ]);
    expect(await userCount()).toBe(before);
  });

  it('refuses references that do not exist or are inactive, one error per reference', async () => {
    const before = await userCount();
    const { createNamedRight } = await gqlData(service.url, CREATE_RIGHT, {
      input: { code: 'OLD_RIGHT', name: 'Old right' },
    });
    await gqlData(service.url, DEACTIVATE_RIGHT, { input: { id: createNamedRight.namedRight.id } });
    const { createGroup } = await gqlData(service.url, CREATE_GROUP, {
      input: { code: 'OLD_GROUP', name: 'Old group', dataScope: 'ASSIGNED', kind: 'STAFF' },
    });
    await gqlData(service.url, DEACTIVATE_GROUP, { input: { id: createGroup.group.id } });

    const missing = await refused(
      service,
      CREATE_USER,
      'createUser',
      aStaffUser({
        homeBranchId: 'no-such-branch',
        branchIds: [branch.MUM_01, 'no-such-branch'],
        groupIds: ['no-such-group'],
        rightCodes: ['NO_SUCH_RIGHT', 'FEASIBILITY_RESPOND'],
        installationCityIds: ['no-such-city'],
      }),
    );
    expect(missing.map((e) => [e.code, e.field])).toEqual([
      ['REFERENCE_NOT_FOUND', ['input', 'homeBranchId']],
      ['REFERENCE_NOT_FOUND', ['input', 'branchIds', '1']],
      ['REFERENCE_NOT_FOUND', ['input', 'groupIds', '0']],
      ['REFERENCE_NOT_FOUND', ['input', 'rightCodes', '0']],
      ['REFERENCE_NOT_FOUND', ['input', 'installationCityIds', '0']],
    ]);

    const inactive = await refused(
      service,
      CREATE_USER,
      'createUser',
      aStaffUser({
        homeBranchId: branch.OLD_01,
        groupIds: [seeded.group.SALES, createGroup.group.id],
        rightCodes: ['OLD_RIGHT'],
        installationCityIds: [city.OLDC],
      }),
    );
    expect(inactive.map((e) => [e.code, e.field])).toEqual([
      ['REFERENCE_INACTIVE', ['input', 'homeBranchId']],
      ['REFERENCE_INACTIVE', ['input', 'groupIds', '1']],
      ['REFERENCE_INACTIVE', ['input', 'rightCodes', '0']],
      ['REFERENCE_INACTIVE', ['input', 'installationCityIds', '0']],
    ]);
    expect(inactive[0].message).toBe('branch OLD_01 is inactive');

    const partnerMissingBso = await refused(
      service,
      CREATE_USER,
      'createUser',
      aStaffUser({
        kind: 'PARTNER',
        homeBranchId: null,
        groupIds: [seeded.group.BSO_PARTNER],
        bsoId: 'no-such-bso',
      }),
    );
    expect(partnerMissingBso.map((e) => [e.code, e.field])).toEqual([
      ['REFERENCE_NOT_FOUND', ['input', 'bsoId']],
    ]);
    const partnerInactiveBso = await refused(
      service,
      CREATE_USER,
      'createUser',
      aStaffUser({
        kind: 'PARTNER',
        homeBranchId: null,
        groupIds: [seeded.group.BSO_PARTNER],
        bsoId: bso.GONE,
      }),
    );
    expect(partnerInactiveBso).toEqual([
      { code: 'REFERENCE_INACTIVE', field: ['input', 'bsoId'], message: 'BSO GONE is inactive' },
    ]);
    expect(await userCount()).toBe(before);
  });

  it('keeps staff and partner accounts apart', async () => {
    const staffRules = await refused(
      service,
      CREATE_USER,
      'createUser',
      aStaffUser({ homeBranchId: null, bsoId: bso.AIRLINK }),
    );
    expect(staffRules.map((e) => [e.code, e.field])).toEqual([
      ['VALIDATION_FAILED', ['input', 'bsoId']],
      ['VALIDATION_FAILED', ['input', 'homeBranchId']],
    ]);
    const partnerRules = await refused(
      service,
      CREATE_USER,
      'createUser',
      aStaffUser({
        kind: 'PARTNER',
        groupIds: [seeded.group.SALES],
        branchIds: [branch.MUM_01],
        installationCityIds: [city.PUNE],
      }),
    );
    expect(partnerRules.map((e) => [e.code, e.field])).toEqual([
      ['VALIDATION_FAILED', ['input', 'groupIds', '0']],
      ['VALIDATION_FAILED', ['input', 'bsoId']],
      ['VALIDATION_FAILED', ['input', 'homeBranchId']],
      ['VALIDATION_FAILED', ['input', 'branchIds']],
      ['VALIDATION_FAILED', ['input', 'installationCityIds']],
    ]);
    expect(partnerRules[0].message).toBe('group SALES is for STAFF users, not PARTNER');
  });

  it('gives a partner account its BSO and the partner rights only', async () => {
    const partner = await createUser({
      kind: 'PARTNER',
      homeBranchId: null,
      bsoId: bso.AIRLINK,
      groupIds: [seeded.group.BSO_PARTNER],
    });
    expect(partner).toMatchObject({
      kind: 'PARTNER',
      bso: { code: 'AIRLINK' },
      homeBranch: null,
      branches: [],
    });
    expect(await accessAt(recorder, partner.id, 1)).toMatchObject({
      kind: 'PARTNER',
      bsoId: bso.AIRLINK,
      homeBranchId: null,
      branchIds: [],
      allBranches: false,
      groups: ['BSO_PARTNER'],
      permissions: ['FEASIBILITY:VIEW', 'FEASIBILITY_RESPOND'],
    });
  });

  it('gives every branch through HEAD_OFFICE, so such staff need no home branch', async () => {
    const ho = await createUser({ homeBranchId: null, groupIds: [seeded.group.HEAD_OFFICE] });
    expect(ho).toMatchObject({ homeBranch: null, branches: [], groups: [{ code: 'HEAD_OFFICE' }] });
    const snapshot = await accessAt(recorder, ho.id, 1);
    expect(snapshot).toMatchObject({
      allBranches: true,
      branchIds: [],
      homeBranchId: null,
      groups: ['HEAD_OFFICE'],
    });
    expect(snapshot.permissions).toHaveLength(24);
    expect(snapshot.permissions).toEqual(
      expect.arrayContaining(['ORDERS:VIEW', 'ORDERS:APPROVE', 'USERS:APPROVE']),
    );
    expect(snapshot.permissions).not.toContain('ORDERS:CREATE');
  });

  it('edits a user (omitted fields stay, lists replace) and publishes user.updated and the new access', async () => {
    const user = await createUser({ phone: '020 1234 5678', installationCityIds: [city.PUNE] });
    const { updateUser } = await gqlData(service.url, UPDATE_USER, {
      input: {
        id: user.id,
        homeBranchId: branch.MUM_01,
        branchIds: [branch.PUNE_01, branch.NGP_01],
        groupIds: [seeded.group.TECHNICAL],
      },
    });
    expect(updateUser.errors).toEqual([]);
    expect(updateUser.user).toMatchObject({
      name: 'Asha Kulkarni',
      phone: '020 1234 5678',
      homeBranch: { code: 'MUM_01' },
      branches: [{ code: 'MUM_01' }, { code: expect.any(String) }, { code: expect.any(String) }],
      groups: [{ code: 'TECHNICAL' }],
      installationCities: [{ code: 'PUNE' }],
      access: { version: 2 },
    });
    expect(codesOf(updateUser.user.additionalBranches).sort()).toEqual(['NGP_01', 'PUNE_01']);
    const updated = await eventFor(recorder, 'user.updated', user.id);
    expect(updated.payload).toMatchObject({
      userId: user.id,
      homeBranchId: branch.MUM_01,
      phone: '020 1234 5678',
    });
    expect(await accessAt(recorder, user.id, 2)).toMatchObject({
      version: 2,
      groups: ['TECHNICAL'],
      homeBranchId: branch.MUM_01,
      permissions: ['FEASIBILITY:VIEW', 'FEASIBILITY:EDIT', 'TECHNICAL_FEASIBILITY'],
    });

    const { updateUser: cleared } = await gqlData(service.url, UPDATE_USER, {
      input: { id: user.id, phone: '', name: 'Asha K', rightCodes: ['DEAD_LETTER_REPLAY'] },
    });
    expect(cleared.user).toMatchObject({
      phone: null,
      name: 'Asha K',
      namedRights: [{ code: 'DEAD_LETTER_REPLAY' }],
    });
    expect((await accessAt(recorder, user.id, 3)).permissions).toEqual([
      'FEASIBILITY:VIEW',
      'FEASIBILITY:EDIT',
      'DEAD_LETTER_REPLAY',
      'TECHNICAL_FEASIBILITY',
    ]);
  });

  it('refuses an edit of an unknown user or to inactive references, writing nothing', async () => {
    const user = await createUser();
    expect(await refused(service, UPDATE_USER, 'updateUser', { id: 'nobody', name: 'Someone' })).toEqual([
      { code: 'NOT_FOUND', field: ['input', 'id'], message: 'no user has this id' },
    ]);
    const errors = await refused(service, UPDATE_USER, 'updateUser', {
      id: user.id,
      branchIds: [branch.OLD_01],
      groupIds: [],
    });
    expect(errors.map((e) => [e.code, e.field])).toEqual([['VALIDATION_FAILED', ['input', 'groupIds']]]);
    const inactive = await refused(service, UPDATE_USER, 'updateUser', {
      id: user.id,
      branchIds: [branch.OLD_01],
    });
    expect(inactive.map((e) => [e.code, e.field])).toEqual([
      ['REFERENCE_INACTIVE', ['input', 'branchIds', '0']],
    ]);
    // Leaving HEAD_OFFICE-less staff without a home branch is not possible either.
    const ho = await createUser({ homeBranchId: null, groupIds: [seeded.group.HEAD_OFFICE] });
    const noHome = await refused(service, UPDATE_USER, 'updateUser', {
      id: ho.id,
      groupIds: [seeded.group.SALES],
    });
    expect(noHome.map((e) => [e.code, e.field])).toEqual([['VALIDATION_FAILED', ['input', 'homeBranchId']]]);
  });

  it('lets a user override replace what the groups give on one menu, remove a menu, and be cleared', async () => {
    const user = await createUser();
    const { setUserMenuOverride } = await gqlData(service.url, SET_OVERRIDE, {
      input: { userId: user.id, menuId: seeded.menu.ORDERS, rights: ['VIEW', 'VIEW'] },
    });
    expect(setUserMenuOverride.errors).toEqual([]);
    expect(setUserMenuOverride.user.menuOverrides).toEqual([{ menu: { code: 'ORDERS' }, rights: ['VIEW'] }]);
    expect((await accessAt(recorder, user.id, 2)).permissions).toEqual([
      'FEASIBILITY:VIEW',
      'FEASIBILITY:CREATE',
      'LEADS:VIEW',
      'LEADS:CREATE',
      'LEADS:EDIT',
      'ORDERS:VIEW',
    ]);
    expect((await eventFor(recorder, 'user.menu_overrides_changed', user.id)).payload).toMatchObject({
      userId: user.id,
      menuOverrides: [{ menuId: seeded.menu.ORDERS, menuCode: 'ORDERS', rights: ['VIEW'] }],
    });

    await gqlData(service.url, SET_OVERRIDE, {
      input: { userId: user.id, menuId: seeded.menu.LEADS, rights: [] },
    });
    await gqlData(service.url, SET_OVERRIDE, {
      input: { userId: user.id, menuId: seeded.menu.REPORTS, rights: ['VIEW'] },
    });
    expect((await accessAt(recorder, user.id, 4)).permissions).toEqual([
      'FEASIBILITY:VIEW',
      'FEASIBILITY:CREATE',
      'ORDERS:VIEW',
      'REPORTS:VIEW',
    ]);

    const { clearUserMenuOverride } = await gqlData(service.url, CLEAR_OVERRIDE, {
      input: { userId: user.id, menuId: seeded.menu.ORDERS },
    });
    expect(
      clearUserMenuOverride.user.menuOverrides.map((o: { menu: { code: string } }) => o.menu.code).sort(),
    ).toEqual(['LEADS', 'REPORTS']);
    expect((await accessAt(recorder, user.id, 5)).permissions).toEqual([
      'FEASIBILITY:VIEW',
      'FEASIBILITY:CREATE',
      'ORDERS:VIEW',
      'ORDERS:CREATE',
      'ORDERS:EDIT',
      'REPORTS:VIEW',
    ]);
  });

  it('refuses overrides on unknown users, unknown or inactive menus, rights without VIEW, and clearing none', async () => {
    const user = await createUser();
    const { createMenu } = await gqlData(service.url, CREATE_MENU, {
      input: { code: 'CLOSED_MENU', name: 'Closed' },
    });
    await gqlData(service.url, DEACTIVATE_MENU, { input: { id: createMenu.menu.id } });
    expect(
      await refused(service, SET_OVERRIDE, 'setUserMenuOverride', {
        userId: 'nobody',
        menuId: seeded.menu.ORDERS,
        rights: [],
      }),
    ).toEqual([{ code: 'NOT_FOUND', field: ['input', 'userId'], message: 'no user has this id' }]);
    const bad = await refused(service, SET_OVERRIDE, 'setUserMenuOverride', {
      userId: user.id,
      menuId: 'no-menu',
      rights: ['EDIT'],
    });
    expect(bad.map((e) => [e.code, e.field])).toEqual([
      ['REFERENCE_NOT_FOUND', ['input', 'menuId']],
      ['VALIDATION_FAILED', ['input', 'rights']],
    ]);
    const closed = await refused(service, SET_OVERRIDE, 'setUserMenuOverride', {
      userId: user.id,
      menuId: createMenu.menu.id,
      rights: ['VIEW'],
    });
    expect(closed).toEqual([
      { code: 'REFERENCE_INACTIVE', field: ['input', 'menuId'], message: 'menu CLOSED_MENU is inactive' },
    ]);
    expect(
      await refused(service, CLEAR_OVERRIDE, 'clearUserMenuOverride', {
        userId: user.id,
        menuId: seeded.menu.ORDERS,
      }),
    ).toEqual([
      { code: 'NOT_FOUND', field: ['input', 'menuId'], message: 'the user has no override on this menu' },
    ]);
  });

  it("re-publishes every active member's access when a group's menu rights change", async () => {
    const { createGroup } = await gqlData(service.url, CREATE_GROUP, {
      input: {
        code: 'quality',
        name: 'Quality',
        dataScope: 'ASSIGNED',
        kind: 'STAFF',
        namedRightCodes: ['dead_letter_replay'],
      },
    });
    expect(createGroup.errors).toEqual([]);
    expect(createGroup.group).toMatchObject({
      code: 'QUALITY',
      dataScope: 'ASSIGNED',
      kind: 'STAFF',
      active: true,
      namedRights: [{ code: 'DEAD_LETTER_REPLAY' }],
      menuRights: [],
    });
    const groupId = createGroup.group.id as string;
    expect((await eventFor(recorder, 'group.created', groupId)).payload).toMatchObject({
      groupId,
      code: 'QUALITY',
      namedRightCodes: ['DEAD_LETTER_REPLAY'],
      active: true,
    });
    const a = await createUser({ groupIds: [groupId] });
    const b = await createUser({ groupIds: [groupId, seeded.group.SALES] });
    const gone = await createUser({ groupIds: [groupId] });
    await gqlData(service.url, DEACTIVATE_USER, { input: { id: gone.id } });
    expect((await accessAt(recorder, a.id, 1)).permissions).toEqual(['DEAD_LETTER_REPLAY']);
    expect((await accessAt(recorder, gone.id, 2)).active).toBe(false);

    const { setGroupMenuRights } = await gqlData(service.url, SET_GROUP_RIGHTS, {
      input: { groupId, menuId: seeded.menu.REPORTS, rights: ['EDIT', 'VIEW'] },
    });
    expect(setGroupMenuRights.errors).toEqual([]);
    expect(setGroupMenuRights.group.menuRights).toEqual([
      { menu: { code: 'REPORTS' }, rights: ['VIEW', 'EDIT'] },
    ]);
    expect((await accessAt(recorder, a.id, 2)).permissions).toEqual([
      'REPORTS:VIEW',
      'REPORTS:EDIT',
      'DEAD_LETTER_REPLAY',
    ]);
    expect((await accessAt(recorder, b.id, 2)).permissions).toEqual([
      ...SALES_PERMISSIONS,
      'REPORTS:VIEW',
      'REPORTS:EDIT',
      'DEAD_LETTER_REPLAY',
    ]);
    expect((await eventFor(recorder, 'group.menu_rights_set', groupId)).payload).toMatchObject({
      groupId,
      menuRights: [{ menuId: seeded.menu.REPORTS, menuCode: 'REPORTS', rights: ['VIEW', 'EDIT'] }],
    });
    // The deactivated member is not re-published: its access version stays where deactivation left it.
    expect((await savedSnapshot(gone.id))?.version).toBe(2);
    expect(accessEvents(recorder, gone.id).map((s) => s.version)).toEqual([1, 2]);

    // An empty list takes the menu away from the group.
    await gqlData(service.url, SET_GROUP_RIGHTS, {
      input: { groupId, menuId: seeded.menu.REPORTS, rights: [] },
    });
    expect((await accessAt(recorder, a.id, 3)).permissions).toEqual(['DEAD_LETTER_REPLAY']);

    // Scope ALL gives every branch; a rename alone changes nobody's access.
    const { updateGroup } = await gqlData(service.url, UPDATE_GROUP, {
      input: { id: groupId, dataScope: 'ALL' },
    });
    expect(updateGroup.group.dataScope).toBe('ALL');
    expect(await accessAt(recorder, a.id, 4)).toMatchObject({ allBranches: true });
    expect((await eventFor(recorder, 'group.updated', groupId)).payload).toMatchObject({ dataScope: 'ALL' });
    await gqlData(service.url, UPDATE_GROUP, { input: { id: groupId, name: 'Quality team' } });
    expect((await eventsFor(recorder, 'group.updated', groupId, 2))[1].payload).toMatchObject({
      name: 'Quality team',
    });
    expect((await savedSnapshot(a.id))?.version).toBe(4);

    // Deactivation takes everything the group gave away.
    const { deactivateGroup } = await gqlData(service.url, DEACTIVATE_GROUP, { input: { id: groupId } });
    expect(deactivateGroup.group).toMatchObject({ active: false });
    expect(await accessAt(recorder, a.id, 5)).toMatchObject({
      allBranches: false,
      groups: [],
      permissions: [],
    });
    expect(await accessAt(recorder, b.id, 4)).toMatchObject({ allBranches: true });
    expect((await accessAt(recorder, b.id, 5)).permissions).toEqual(SALES_PERMISSIONS);
    expect((await eventFor(recorder, 'group.deactivated', groupId)).payload).toMatchObject({ active: false });
  });

  it('refuses bad group changes, writing nothing', async () => {
    expect(
      (
        await refused(service, CREATE_GROUP, 'createGroup', {
          code: 'SALES',
          name: 'Again',
          dataScope: 'ALL',
          kind: 'PARTNER',
          namedRightCodes: ['NOPE'],
        })
      ).map((e) => [e.code, e.field]),
    ).toEqual([
      ['DUPLICATE', ['input', 'code']],
      ['VALIDATION_FAILED', ['input', 'dataScope']],
      ['REFERENCE_NOT_FOUND', ['input', 'namedRightCodes', '0']],
    ]);
    expect(await refused(service, UPDATE_GROUP, 'updateGroup', { id: 'nope', name: 'X group' })).toEqual([
      { code: 'NOT_FOUND', field: ['input', 'id'], message: 'no group has this id' },
    ]);
    expect(
      (
        await refused(service, UPDATE_GROUP, 'updateGroup', {
          id: seeded.group.BSO_PARTNER,
          dataScope: 'ALL',
        })
      ).map((e) => [e.code, e.field]),
    ).toEqual([['VALIDATION_FAILED', ['input', 'dataScope']]]);
    expect(
      await refused(service, SET_GROUP_RIGHTS, 'setGroupMenuRights', {
        groupId: 'nope',
        menuId: seeded.menu.ORDERS,
        rights: ['VIEW'],
      }),
    ).toEqual([{ code: 'NOT_FOUND', field: ['input', 'groupId'], message: 'no group has this id' }]);
    expect(
      (
        await refused(service, SET_GROUP_RIGHTS, 'setGroupMenuRights', {
          groupId: seeded.group.SALES,
          menuId: 'nope',
          rights: ['APPROVE'],
        })
      ).map((e) => [e.code, e.field]),
    ).toEqual([
      ['REFERENCE_NOT_FOUND', ['input', 'menuId']],
      ['VALIDATION_FAILED', ['input', 'rights']],
    ]);
    const { createGroup } = await gqlData(service.url, CREATE_GROUP, {
      input: { code: 'SHORT_LIVED', name: 'Short lived', dataScope: 'ASSIGNED', kind: 'STAFF' },
    });
    await gqlData(service.url, DEACTIVATE_GROUP, { input: { id: createGroup.group.id } });
    expect(await refused(service, DEACTIVATE_GROUP, 'deactivateGroup', { id: createGroup.group.id })).toEqual(
      [
        {
          code: 'ALREADY_INACTIVE',
          field: ['input', 'id'],
          message: 'group SHORT_LIVED is already inactive',
        },
      ],
    );
  });

  it('keeps menus in a tree, refuses loops, and re-publishes access when a menu with rights is deactivated', async () => {
    const { createMenu: parent } = await gqlData(service.url, CREATE_MENU, {
      input: {
        code: 'change_orders',
        name: 'Change orders',
        parentId: seeded.menu.ORDERS,
        route: '/orders/changes',
        sortOrder: 5,
      },
    });
    expect(parent.errors).toEqual([]);
    expect(parent.menu).toMatchObject({
      code: 'CHANGE_ORDERS',
      route: '/orders/changes',
      sortOrder: 5,
      parent: { code: 'ORDERS' },
    });
    expect((await eventFor(recorder, 'menu.created', parent.menu.id)).payload).toMatchObject({
      code: 'CHANGE_ORDERS',
      parentId: seeded.menu.ORDERS,
      active: true,
    });
    const { createMenu: child } = await gqlData(service.url, CREATE_MENU, {
      input: { code: 'SHIFTING', name: 'Shifting', parentId: parent.menu.id },
    });
    expect(child.menu).toMatchObject({ route: null, sortOrder: 0, parent: { code: 'CHANGE_ORDERS' } });

    expect(
      (
        await refused(service, UPDATE_MENU, 'updateMenu', { id: parent.menu.id, parentId: child.menu.id })
      ).map((e) => [e.code, e.field]),
    ).toEqual([['VALIDATION_FAILED', ['input', 'parentId']]]);
    expect(
      (
        await refused(service, CREATE_MENU, 'createMenu', {
          code: 'ORDERS',
          name: 'Again',
          parentId: 'nope',
          route: 'no-slash',
        })
      ).map((e) => [e.code, e.field]),
    ).toEqual([['VALIDATION_FAILED', ['input', 'route']]]);
    expect(
      (
        await refused(service, CREATE_MENU, 'createMenu', { code: 'ORDERS', name: 'Again', parentId: 'nope' })
      ).map((e) => [e.code, e.field]),
    ).toEqual([
      ['DUPLICATE', ['input', 'code']],
      ['REFERENCE_NOT_FOUND', ['input', 'parentId']],
    ]);

    const { updateMenu } = await gqlData(service.url, UPDATE_MENU, {
      input: {
        id: child.menu.id,
        topLevel: true,
        route: '/shifting',
        name: 'Shifting requests',
        sortOrder: 99,
      },
    });
    expect(updateMenu.menu).toMatchObject({
      parent: null,
      route: '/shifting',
      name: 'Shifting requests',
      sortOrder: 99,
    });
    expect((await eventFor(recorder, 'menu.updated', child.menu.id)).payload).toMatchObject({
      parentId: null,
      route: '/shifting',
    });
    const { updateMenu: back } = await gqlData(service.url, UPDATE_MENU, {
      input: { id: child.menu.id, parentId: parent.menu.id, route: '' },
    });
    expect(back.menu).toMatchObject({ parent: { code: 'CHANGE_ORDERS' }, route: null });

    // A menu with active menus under it stays.
    expect(await refused(service, DEACTIVATE_MENU, 'deactivateMenu', { id: parent.menu.id })).toEqual([
      { code: 'IN_USE', field: ['input', 'id'], message: 'menu CHANGE_ORDERS is used by 1 active menu' },
    ]);

    // Rights on the child, through a group and through an override, go when it is deactivated.
    const viaGroup = await createUser();
    const viaOverride = await createUser();
    await gqlData(service.url, SET_GROUP_RIGHTS, {
      input: { groupId: seeded.group.SALES, menuId: child.menu.id, rights: ['VIEW'] },
    });
    await gqlData(service.url, SET_OVERRIDE, {
      input: { userId: viaOverride.id, menuId: child.menu.id, rights: ['VIEW', 'EDIT'] },
    });
    expect((await accessAt(recorder, viaGroup.id, 2)).permissions).toContain('SHIFTING:VIEW');
    expect((await accessAt(recorder, viaOverride.id, 3)).permissions).toEqual(
      expect.arrayContaining(['SHIFTING:VIEW', 'SHIFTING:EDIT']),
    );
    const { deactivateMenu } = await gqlData(service.url, DEACTIVATE_MENU, { input: { id: child.menu.id } });
    expect(deactivateMenu.menu.active).toBe(false);
    expect((await eventFor(recorder, 'menu.deactivated', child.menu.id)).payload).toMatchObject({
      active: false,
    });
    expect((await accessAt(recorder, viaGroup.id, 3)).permissions).toEqual(SALES_PERMISSIONS);
    expect((await accessAt(recorder, viaOverride.id, 4)).permissions).toEqual(SALES_PERMISSIONS);
    expect(await refused(service, DEACTIVATE_MENU, 'deactivateMenu', { id: child.menu.id })).toEqual([
      { code: 'ALREADY_INACTIVE', field: ['input', 'id'], message: 'menu SHIFTING is already inactive' },
    ]);
    expect(await refused(service, UPDATE_MENU, 'updateMenu', { id: 'nope', name: 'Nope menu' })).toEqual([
      { code: 'NOT_FOUND', field: ['input', 'id'], message: 'no menu has this id' },
    ]);
    // Rights on an inactive menu cannot be given, but can be taken away.
    expect(
      (
        await refused(service, SET_GROUP_RIGHTS, 'setGroupMenuRights', {
          groupId: seeded.group.SALES,
          menuId: child.menu.id,
          rights: ['VIEW'],
        })
      ).map((e) => e.code),
    ).toEqual(['REFERENCE_INACTIVE']);
    const { setGroupMenuRights: tidy } = await gqlData(service.url, SET_GROUP_RIGHTS, {
      input: { groupId: seeded.group.SALES, menuId: child.menu.id, rights: [] },
    });
    expect(tidy.errors).toEqual([]);
    expect(tidy.group.menuRights.map((r: { menu: { code: string } }) => r.menu.code)).toEqual([
      'FEASIBILITY',
      'LEADS',
      'ORDERS',
    ]);
  });

  it('creates, edits and deactivates named rights, re-publishing everyone who held one', async () => {
    const { createNamedRight } = await gqlData(service.url, CREATE_RIGHT, {
      input: { code: 'export_reports', name: 'Export reports', description: 'Downloads report data' },
    });
    expect(createNamedRight.errors).toEqual([]);
    expect(createNamedRight.namedRight).toMatchObject({
      code: 'EXPORT_REPORTS',
      description: 'Downloads report data',
      active: true,
    });
    const id = createNamedRight.namedRight.id as string;
    expect((await eventFor(recorder, 'named_right.created', id)).payload).toMatchObject({
      code: 'EXPORT_REPORTS',
    });
    expect(
      await refused(service, CREATE_RIGHT, 'createNamedRight', { code: 'EXPORT_REPORTS', name: 'Again' }),
    ).toEqual([
      {
        code: 'DUPLICATE',
        field: ['input', 'code'],
        message: 'a named right with code EXPORT_REPORTS already exists',
      },
    ]);
    const { updateNamedRight } = await gqlData(service.url, UPDATE_RIGHT, { input: { id, description: '' } });
    expect(updateNamedRight.namedRight).toMatchObject({ name: 'Export reports', description: null });
    expect((await eventFor(recorder, 'named_right.updated', id)).payload).toMatchObject({
      description: null,
    });

    const { createGroup } = await gqlData(service.url, CREATE_GROUP, {
      input: {
        code: 'ANALYSTS',
        name: 'Analysts',
        dataScope: 'ASSIGNED',
        kind: 'STAFF',
        namedRightCodes: ['EXPORT_REPORTS'],
      },
    });
    const direct = await createUser({ rightCodes: ['EXPORT_REPORTS'] });
    const viaGroup = await createUser({ groupIds: [createGroup.group.id] });
    expect((await accessAt(recorder, direct.id, 1)).permissions).toContain('EXPORT_REPORTS');
    expect((await accessAt(recorder, viaGroup.id, 1)).permissions).toEqual(['EXPORT_REPORTS']);
    const { deactivateNamedRight } = await gqlData(service.url, DEACTIVATE_RIGHT, { input: { id } });
    expect(deactivateNamedRight.namedRight.active).toBe(false);
    expect((await accessAt(recorder, direct.id, 2)).permissions).toEqual(SALES_PERMISSIONS);
    expect((await accessAt(recorder, viaGroup.id, 2)).permissions).toEqual([]);
    expect((await eventFor(recorder, 'named_right.deactivated', id)).payload).toMatchObject({
      active: false,
    });
    expect(await refused(service, DEACTIVATE_RIGHT, 'deactivateNamedRight', { id })).toEqual([
      {
        code: 'ALREADY_INACTIVE',
        field: ['input', 'id'],
        message: 'named right EXPORT_REPORTS is already inactive',
      },
    ]);
    expect(
      await refused(service, UPDATE_RIGHT, 'updateNamedRight', { id: 'nope', name: 'Nope right' }),
    ).toEqual([{ code: 'NOT_FOUND', field: ['input', 'id'], message: 'no named right has this id' }]);
  });

  it('deactivates a user: access says inactive and grants nothing', async () => {
    const user = await createUser({ groupIds: [seeded.group.HEAD_OFFICE] });
    const { deactivateUser } = await gqlData(service.url, DEACTIVATE_USER, { input: { id: user.id } });
    expect(deactivateUser.errors).toEqual([]);
    expect(deactivateUser.user).toMatchObject({
      active: false,
      access: { version: 2, active: false, permissions: [] },
    });
    expect((await eventFor(recorder, 'user.deactivated', user.id)).payload).toMatchObject({
      userId: user.id,
      active: false,
      deactivatedAt: deactivateUser.user.deactivatedAt,
    });
    expect(await accessAt(recorder, user.id, 2)).toMatchObject({
      active: false,
      allBranches: false,
      branchIds: [],
      groups: [],
      permissions: [],
    });
    expect((await savedSnapshot(user.id))?.snapshot.active).toBe(false);
    expect(await refused(service, DEACTIVATE_USER, 'deactivateUser', { id: user.id })).toEqual([
      { code: 'ALREADY_INACTIVE', field: ['input', 'id'], message: `user ${user.email} is already inactive` },
    ]);
    expect(await refused(service, DEACTIVATE_USER, 'deactivateUser', { id: 'nobody' })).toEqual([
      { code: 'NOT_FOUND', field: ['input', 'id'], message: 'no user has this id' },
    ]);
  });

  it('resets a password: a new Argon2id hash, user.password_reset without password data, access unchanged', async () => {
    const user = await createUser();
    const before = await passwordHashOf(user.id);
    expect(
      await refused(service, RESET_PASSWORD, 'resetUserPassword', { id: user.id, password: 'password' }),
    ).toEqual([{ code: 'WEAK_PASSWORD', field: ['input', 'password'], message: expect.any(String) }]);
    expect(
      await refused(service, RESET_PASSWORD, 'resetUserPassword', {
        id: 'nobody',
        password: 'An0ther-Good-One',
      }),
    ).toEqual([{ code: 'NOT_FOUND', field: ['input', 'id'], message: 'no user has this id' }]);
    expect(await passwordHashOf(user.id)).toBe(before);
    const { resetUserPassword } = await gqlData(service.url, RESET_PASSWORD, {
      input: { id: user.id, password: 'An0ther-Good-One' },
    });
    expect(resetUserPassword.errors).toEqual([]);
    const after = await passwordHashOf(user.id);
    expect(after).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword('An0ther-Good-One', after)).toBe(true);
    expect(await verifyPassword(GOOD_PASSWORD, after)).toBe(false);
    const event = await eventFor(recorder, 'user.password_reset', user.id);
    expect(event.payload).toEqual({ userId: user.id, resetAt: resetUserPassword.user.passwordChangedAt });
    expect(resetUserPassword.user.access.version).toBe(1);
  });

  it('lists users by search, branch, group and state, with cursors', async () => {
    const tag = `zed${Date.now()}`;
    const one = await createUser({ name: `Zed ${tag} One`, homeBranchId: branch.NGP_01 });
    const two = await createUser({
      name: `Zed ${tag} Two`,
      branchIds: [branch.NGP_01],
      groupIds: [seeded.group.CRM],
    });
    await gqlData(service.url, DEACTIVATE_USER, { input: { id: two.id } });
    type Page = {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      edges: { node: { id: string } }[];
    };
    const list = async (filter: Record<string, unknown>, first = 20, after: string | null = null) =>
      (
        await gqlData<{ users: Page }>(
          service.url,
          'query($filter: UserFilter, $first: Int, $after: String) { users(filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }',
          { filter, first, after },
        )
      ).users;
    const ids = (c: { edges: { node: { id: string } }[] }) => c.edges.map((e) => e.node.id);
    expect(ids(await list({ search: tag.toUpperCase() }))).toEqual([two.id, one.id]);
    expect(ids(await list({ search: tag, active: true }))).toEqual([one.id]);
    expect(ids(await list({ search: tag, active: false }))).toEqual([two.id]);
    expect(ids(await list({ search: tag, groupId: seeded.group.CRM }))).toEqual([two.id]);
    const byBranch = await list({ branchId: branch.NGP_01 });
    expect(ids(byBranch)).toEqual(expect.arrayContaining([one.id, two.id]));
    expect(ids(await list({ search: one.email }))).toEqual([one.id]);
    const page = await list({ search: tag }, 1);
    expect(page).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: true } });
    expect(ids(await list({ search: tag }, 1, page.pageInfo.endCursor))).toEqual([one.id]);
  });

  it('answers me with the user, access and navigation tree of the signed-in user', async () => {
    const { createMenu } = await gqlData(service.url, CREATE_MENU, {
      input: { code: 'MY_QUEUE', name: 'My queue', parentId: seeded.menu.ORDERS, route: '/orders/queue' },
    });
    const { createGroup } = await gqlData(service.url, CREATE_GROUP, {
      input: { code: 'QUEUE_WORKERS', name: 'Queue workers', dataScope: 'ASSIGNED', kind: 'STAFF' },
    });
    await gqlData(service.url, SET_GROUP_RIGHTS, {
      input: { groupId: createGroup.group.id, menuId: createMenu.menu.id, rights: ['VIEW', 'EDIT'] },
    });
    const user = await createUser({
      groupIds: [seeded.group.SALES, createGroup.group.id],
      branchIds: [branch.MUM_01],
      installationCityIds: [city.PUNE],
    });
    await gqlData(service.url, SET_OVERRIDE, {
      input: { userId: user.id, menuId: seeded.menu.LEADS, rights: [] },
    });
    await accessAt(recorder, user.id, 2);
    const ME = `{ me { user { id email } branches { code } allBranches installationCities { code } groups { code } permissions
      menus { code name route sortOrder rights children { code route rights children { code } } } } }`;
    const { me } = await gqlData(service.url, ME, {}, await proofHeaders(user.id));
    expect(me).toEqual({
      user: { id: user.id, email: user.email },
      branches: [{ code: 'PUNE_01' }, { code: 'MUM_01' }],
      allBranches: false,
      installationCities: [{ code: 'PUNE' }],
      groups: [{ code: 'QUEUE_WORKERS' }, { code: 'SALES' }],
      permissions: [
        'FEASIBILITY:VIEW',
        'FEASIBILITY:CREATE',
        'MY_QUEUE:VIEW',
        'MY_QUEUE:EDIT',
        'ORDERS:VIEW',
        'ORDERS:CREATE',
        'ORDERS:EDIT',
      ],
      menus: [
        {
          code: 'FEASIBILITY',
          name: 'Feasibility',
          route: '/feasibility',
          sortOrder: 20,
          rights: ['VIEW', 'CREATE'],
          children: [],
        },
        {
          code: 'ORDERS',
          name: 'Orders',
          route: '/orders',
          sortOrder: 30,
          rights: ['VIEW', 'CREATE', 'EDIT'],
          children: [{ code: 'MY_QUEUE', route: '/orders/queue', rights: ['VIEW', 'EDIT'], children: [] }],
        },
      ],
    });

    // A HEAD_OFFICE user sees every menu with VIEW and APPROVE.
    const ho = await createUser({ homeBranchId: null, groupIds: [seeded.group.HEAD_OFFICE] });
    await accessAt(recorder, ho.id, 1);
    const hoMe = (
      await gqlData(
        service.url,
        '{ me { allBranches branches { code } menus { code rights } } }',
        {},
        await proofHeaders(ho.id),
      )
    ).me;
    expect(hoMe.allBranches).toBe(true);
    expect(hoMe.branches).toEqual([]);
    expect(hoMe.menus.map((m: { code: string }) => m.code)).toEqual([
      'LEADS',
      'FEASIBILITY',
      'ORDERS',
      'APPROVALS',
      'PROVISIONING',
      'INSTALLATION',
      'BILLING',
      'REPORTS',
      'INTEGRATIONS',
      'MASTERS',
      'USERS',
      'AUDIT',
    ]);
    for (const m of hoMe.menus) expect(m.rights).toEqual(['VIEW', 'APPROVE']);

    // A caller that is signed in but has no user record here (the test superuser) gets null.
    expect((await gqlData(service.url, '{ me { user { id } } }')).me).toBeNull();
    // An anonymous caller never reaches the resolver: the masters policy demands a signed-in user for `me`.
    const anonymous = await gql(service.url, '{ me { user { id } } }', {}, await proofHeaders(null));
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('publishes every access change with a growing version, and the copy keeps the newest', async () => {
    const user = await createUser();
    await gqlData(service.url, UPDATE_USER, { input: { id: user.id, name: 'Renamed once' } });
    await gqlData(service.url, UPDATE_USER, { input: { id: user.id, name: 'Renamed twice' } });
    const third = await accessAt(recorder, user.id, 3);
    expect(third.name).toBe('Renamed twice');
    expect(accessEvents(recorder, user.id).map((s) => s.version)).toEqual([1, 2, 3]);
    expect(await savedSnapshot(user.id)).toEqual({ version: 3, snapshot: third });
    // Every event the service published is a valid, known event.
    expect(seen(recorder).every((e) => typeof e.type === 'string')).toBe(true);
  });
});
