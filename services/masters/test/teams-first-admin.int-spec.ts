import { allPermissions, verifyPassword } from '@oms/auth';
import { SYSTEM_ACTOR } from '@oms/contracts';
import { UnitOfWork } from '@oms/messaging';
import type { RunningService } from '@oms/server';
import { gqlData, startServiceUnderTest, type ServiceUnderTest, type TopicRecorder } from '@oms/testkit';
import { CreateFirstAdmin } from '../src/application/create-first-admin';
import { CreateUser } from '../src/application/create-user';
import { AccessRepository } from '../src/persistence/access.repository';
import { BsoRepository } from '../src/persistence/bso.repository';
import { GeographyRepository } from '../src/persistence/geography.repository';
import { OrganisationRepository } from '../src/persistence/organisation.repository';
import { UserRepository } from '../src/persistence/users.repository';
import { mastersService } from '../src/service';
import {
  CREATE_USER,
  DEACTIVATE_USER,
  ERRORS,
  GOOD_PASSWORD,
  accessAt,
  eventsFor,
  mutation,
  seededIds,
} from './identity-test-kit';
import { eventFor, refused } from './masters-test-kit';

const TEAM =
  'team { id code name kind mailAddress active deactivatedAt branch { code } cities { code } members { email } }';
const CREATE_TEAM = mutation('createTeam', 'CreateTeamInput', TEAM);
const UPDATE_TEAM = mutation('updateTeam', 'UpdateTeamInput', TEAM);
const DEACTIVATE_TEAM = mutation('deactivateTeam', 'DeactivateTeamInput', TEAM);
const SET_MEMBERS = mutation('setTeamMembers', 'SetTeamMembersInput', TEAM);
const CREATE_STATE = `mutation($input: CreateStateInput!) { createState(input: $input) { state { id } ${ERRORS} } }`;
const CREATE_CITY = `mutation($input: CreateCityInput!) { createCity(input: $input) { city { id } ${ERRORS} } }`;
const DEACTIVATE_CITY = `mutation($input: DeactivateCityInput!) { deactivateCity(input: $input) { city { id } ${ERRORS} } }`;
const CREATE_ZONE = `mutation($input: CreateZoneInput!) { createZone(input: $input) { zone { id } ${ERRORS} } }`;
const CREATE_BRANCH = `mutation($input: CreateBranchInput!) { createBranch(input: $input) { branch { id } ${ERRORS} } }`;
const CREATE_BSO = `mutation($input: CreateBsoInput!) { createBso(input: $input) { bso { id } ${ERRORS} } }`;

describe('the first administrator and teams (MariaDB + Kafka)', () => {
  let underTest: ServiceUnderTest;
  let service: RunningService;
  let recorder: TopicRecorder;
  let seeded: Awaited<ReturnType<typeof seededIds>>;
  let createFirstAdmin: CreateFirstAdmin;
  const city: Record<string, string> = {};
  const branch: Record<string, string> = {};
  const user: Record<string, { id: string; email: string }> = {};
  const context = { correlationId: 'first-admin-spec', causationId: null, actor: SYSTEM_ACTOR };

  const userCount = async () =>
    (await gqlData(service.url, '{ users { totalCount } }')).users.totalCount as number;

  beforeAll(async () => {
    underTest = await startServiceUnderTest(mastersService, { label: 'masters_teams' });
    ({ service, recorder } = underTest);
    seeded = await seededIds(service);
    // The bootstrap's use case, wired as the container wires it, on the service's database and outbox.
    const uow = new UnitOfWork(service.db, underTest.suffix, () => service.relay.nudge());
    const users = new UserRepository();
    const access = new AccessRepository();
    const repos = {
      geography: new GeographyRepository(),
      organisation: new OrganisationRepository(),
      access,
      users,
      bsos: new BsoRepository(),
    };
    createFirstAdmin = new CreateFirstAdmin(uow, users, access, new CreateUser(uow, repos));
  });

  afterAll(async () => {
    await underTest?.stop();
  });

  it('creates the first administrator once, in ADMIN without a home branch, and refuses a weak password', async () => {
    await expect(
      createFirstAdmin.execute(context, { email: 'root@oms.example', name: 'Root', password: 'weak' }),
    ).rejects.toThrow(
      /cannot create the first administrator: input.password The password must be at least 12/,
    );
    expect(await userCount()).toBe(0);

    expect(
      await createFirstAdmin.execute(context, {
        email: 'Root@OMS.example',
        name: 'Root Admin',
        password: GOOD_PASSWORD,
      }),
    ).toBe(true);
    const list = await gqlData(
      service.url,
      '{ users { totalCount edges { node { id email kind homeBranch { id } groups { code } } } } }',
    );
    expect(list.users.totalCount).toBe(1);
    const admin = list.users.edges[0].node;
    expect(admin).toMatchObject({
      email: 'root@oms.example',
      kind: 'STAFF',
      homeBranch: null,
      groups: [{ code: 'ADMIN' }],
    });
    expect((await eventFor(recorder, 'user.created', admin.id)).payload).toMatchObject({
      email: 'root@oms.example',
    });
    const snapshot = await accessAt(recorder, admin.id, 1);
    expect(snapshot).toMatchObject({ allBranches: true, groups: ['ADMIN'], active: true });
    expect([...snapshot.permissions].sort()).toEqual(
      allPermissions()
        .filter((p) => !/^(FEASIBILITY_RESPOND|TECHNICAL_FEASIBILITY)$/.test(p))
        .sort(),
    );
    // What login reads: the user with their hash, by e-mail in any case.
    const found = await new UserRepository().byEmailWithPasswordHash(service.db.manager, 'ROOT@oms.example');
    expect(found?.user.id).toBe(admin.id);
    expect(await verifyPassword(GOOD_PASSWORD, found?.passwordHash ?? '')).toBe(true);

    expect(
      await createFirstAdmin.execute(context, {
        email: 'other@oms.example',
        name: 'Other',
        password: GOOD_PASSWORD,
      }),
    ).toBe(false);
    expect(await userCount()).toBe(1);
  });

  describe('teams', () => {
    beforeAll(async () => {
      const { createState } = await gqlData(service.url, CREATE_STATE, {
        input: { code: 'KA', name: 'Karnataka' },
      });
      for (const code of ['BLR', 'MYS', 'OLD']) {
        const { createCity } = await gqlData(service.url, CREATE_CITY, {
          input: { stateId: createState.state.id, code, name: code },
        });
        city[code] = createCity.city.id;
      }
      const { createZone } = await gqlData(service.url, CREATE_ZONE, {
        input: { code: 'SOUTH', name: 'South' },
      });
      for (const [code, cityIds] of [
        ['BLR_01', [city.BLR, city.MYS]],
        ['MYS_01', [city.MYS]],
      ] as const) {
        const { createBranch } = await gqlData(service.url, CREATE_BRANCH, {
          input: { code, name: code, zoneId: createZone.zone.id, cityIds },
        });
        branch[code] = createBranch.branch.id;
      }
      await gqlData(service.url, DEACTIVATE_CITY, { input: { id: city.OLD } });
      const { createBso } = await gqlData(service.url, CREATE_BSO, {
        input: {
          code: 'AIRLINK',
          name: 'Airlink',
          contacts: [{ name: 'Ravi', email: 'ravi@airlink.example', phone: '9820012345' }],
        },
      });
      for (const [key, extra] of [
        ['anil', {}],
        ['bela', {}],
        ['chen', {}],
        ['gone', {}],
        [
          'partner',
          {
            kind: 'PARTNER',
            homeBranchId: null,
            bsoId: createBso.bso.id,
            groupIds: [seeded.group.BSO_PARTNER],
          },
        ],
      ] as const) {
        const { createUser } = await gqlData(service.url, CREATE_USER, {
          input: {
            email: `${key}@oms.example`,
            name: `User ${key}`,
            kind: 'STAFF',
            homeBranchId: branch.BLR_01,
            groupIds: [seeded.group.INSTALLATION],
            password: GOOD_PASSWORD,
            ...extra,
          },
        });
        expect(createUser.errors).toEqual([]);
        user[key] = createUser.user;
      }
      await gqlData(service.url, DEACTIVATE_USER, { input: { id: user.gone.id } });
    });

    it('creates a team and publishes everything other services keep a copy of', async () => {
      const { createTeam } = await gqlData(service.url, CREATE_TEAM, {
        input: {
          code: 'inst_blr',
          name: 'Installation Bangalore',
          kind: 'INSTALLATION',
          branchId: branch.BLR_01,
          cityIds: [city.BLR, city.BLR],
          memberIds: [user.bela.id, user.anil.id, user.bela.id],
          mailAddress: ' install.blr@oms.example ',
        },
      });
      expect(createTeam.errors).toEqual([]);
      expect(createTeam.team).toMatchObject({
        code: 'INST_BLR',
        kind: 'INSTALLATION',
        mailAddress: 'install.blr@oms.example',
        active: true,
        branch: { code: 'BLR_01' },
        cities: [{ code: 'BLR' }],
      });
      expect(createTeam.team.members.map((m: { email: string }) => m.email).sort()).toEqual([
        'anil@oms.example',
        'bela@oms.example',
      ]);
      const id = createTeam.team.id as string;
      const memberIds = [user.anil.id, user.bela.id].sort();
      expect((await eventFor(recorder, 'team.created', id)).payload).toEqual({
        teamId: id,
        code: 'INST_BLR',
        name: 'Installation Bangalore',
        kind: 'INSTALLATION',
        branchId: branch.BLR_01,
        cityIds: [city.BLR],
        memberIds: [user.bela.id, user.anil.id],
        members: [
          { userId: user.bela.id, email: 'bela@oms.example' },
          { userId: user.anil.id, email: 'anil@oms.example' },
        ],
        mailAddress: 'install.blr@oms.example',
        active: true,
        createdAt: expect.any(String),
      });
      const read = await gqlData(service.url, `{ team(id: "${id}") { members { id } } }`);
      expect(read.team.members.map((m: { id: string }) => m.id).sort()).toEqual(memberIds);
    });

    it('refuses a taken code, unknown or inactive references, partner members and a bad address, writing nothing', async () => {
      const valid = { code: 'INST_BLR', name: 'Again', kind: 'INSTALLATION', branchId: branch.BLR_01 };
      expect(
        (await refused(service, CREATE_TEAM, 'createTeam', valid)).map((e) => [e.code, e.field]),
      ).toEqual([['DUPLICATE', ['input', 'code']]]);
      const references = await refused(service, CREATE_TEAM, 'createTeam', {
        ...valid,
        code: 'NEW_TEAM',
        branchId: 'nope',
        cityIds: [city.BLR, city.OLD, 'nope'],
        memberIds: [user.gone.id, user.partner.id, 'nobody'],
      });
      expect(references.map((e) => [e.code, e.field])).toEqual([
        ['REFERENCE_NOT_FOUND', ['input', 'branchId']],
        ['REFERENCE_INACTIVE', ['input', 'cityIds', '1']],
        ['REFERENCE_NOT_FOUND', ['input', 'cityIds', '2']],
        ['REFERENCE_INACTIVE', ['input', 'memberIds', '0']],
        ['REFERENCE_NOT_FOUND', ['input', 'memberIds', '2']],
        ['VALIDATION_FAILED', ['input', 'memberIds', '1']],
      ]);
      const malformed = await refused(service, CREATE_TEAM, 'createTeam', {
        ...valid,
        code: 'x',
        kind: 'INSTALLATION',
        mailAddress: 'not an address',
      });
      expect(malformed.map((e) => e.field)).toEqual([
        ['input', 'code'],
        ['input', 'mailAddress'],
      ]);
    });

    it('edits a team (omitted fields stay) and replaces its members, publishing team.updated each time', async () => {
      const { createTeam } = await gqlData(service.url, CREATE_TEAM, {
        input: {
          code: 'PROV_SOUTH',
          name: 'Provisioning South',
          kind: 'PROVISIONING',
          branchId: branch.BLR_01,
          mailAddress: 'prov@oms.example',
        },
      });
      const id = createTeam.team.id as string;
      expect(createTeam.team).toMatchObject({ cities: [], members: [] });
      const { updateTeam } = await gqlData(service.url, UPDATE_TEAM, {
        input: {
          id,
          name: 'Provisioning Mysore',
          branchId: branch.MYS_01,
          cityIds: [city.MYS],
          mailAddress: '',
        },
      });
      expect(updateTeam.errors).toEqual([]);
      expect(updateTeam.team).toMatchObject({
        code: 'PROV_SOUTH',
        name: 'Provisioning Mysore',
        kind: 'PROVISIONING',
        mailAddress: null,
        branch: { code: 'MYS_01' },
        cities: [{ code: 'MYS' }],
      });
      expect((await eventFor(recorder, 'team.updated', id)).payload).toMatchObject({
        teamId: id,
        branchId: branch.MYS_01,
        cityIds: [city.MYS],
        mailAddress: null,
        memberIds: [],
        members: [],
      });
      const { setTeamMembers } = await gqlData(service.url, SET_MEMBERS, {
        input: { teamId: id, memberIds: [user.chen.id, user.anil.id] },
      });
      expect(setTeamMembers.errors).toEqual([]);
      const [, membersSet] = await eventsFor(recorder, 'team.updated', id, 2);
      expect(membersSet.payload).toMatchObject({
        name: 'Provisioning Mysore',
        memberIds: [user.chen.id, user.anil.id],
        members: [
          { userId: user.chen.id, email: 'chen@oms.example' },
          { userId: user.anil.id, email: 'anil@oms.example' },
        ],
      });
      expect(await refused(service, UPDATE_TEAM, 'updateTeam', { id: 'nope', name: 'Nope team' })).toEqual([
        { code: 'NOT_FOUND', field: ['input', 'id'], message: 'no team has this id' },
      ]);
      expect(
        (await refused(service, UPDATE_TEAM, 'updateTeam', { id, cityIds: [city.OLD] })).map((e) => e.code),
      ).toEqual(['REFERENCE_INACTIVE']);
      expect(
        await refused(service, SET_MEMBERS, 'setTeamMembers', { teamId: 'nope', memberIds: [] }),
      ).toEqual([{ code: 'NOT_FOUND', field: ['input', 'teamId'], message: 'no team has this id' }]);
      expect(
        (
          await refused(service, SET_MEMBERS, 'setTeamMembers', { teamId: id, memberIds: [user.gone.id] })
        ).map((e) => [e.code, e.field]),
      ).toEqual([['REFERENCE_INACTIVE', ['input', 'memberIds', '0']]]);
    });

    it('takes a deactivated user out of every team, publishing team.updated', async () => {
      const { createTeam } = await gqlData(service.url, CREATE_TEAM, {
        input: {
          code: 'BILL_SOUTH',
          name: 'Billing South',
          kind: 'BILLING',
          branchId: branch.BLR_01,
          memberIds: [user.chen.id, user.bela.id],
        },
      });
      const id = createTeam.team.id as string;
      await gqlData(service.url, DEACTIVATE_USER, { input: { id: user.chen.id } });
      const [left] = await eventsFor(recorder, 'team.updated', id, 1);
      expect(left.payload).toMatchObject({
        memberIds: [user.bela.id],
        members: [{ userId: user.bela.id, email: 'bela@oms.example' }],
      });
      const read = await gqlData(service.url, `{ team(id: "${id}") { members { email } } }`);
      expect(read.team.members).toEqual([{ email: 'bela@oms.example' }]);
    });

    it('lists teams by kind, branch, city, member and state, and deactivates a team once', async () => {
      const list = async (filter: Record<string, unknown>) =>
        (
          await gqlData<{ teams: { edges: { node: { code: string } }[] } }>(
            service.url,
            'query($filter: TeamFilter) { teams(filter: $filter) { totalCount edges { node { code } } } }',
            {
              filter,
            },
          )
        ).teams.edges.map((e: { node: { code: string } }) => e.node.code);
      expect(await list({ kind: 'INSTALLATION' })).toEqual(['INST_BLR']);
      expect(await list({ branchId: branch.MYS_01 })).toEqual(['PROV_SOUTH']);
      expect(await list({ cityId: city.BLR })).toEqual(['INST_BLR']);
      expect(await list({ memberId: user.anil.id })).toEqual(['PROV_SOUTH', 'INST_BLR']);
      expect(await list({ search: 'south' })).toEqual(['BILL_SOUTH', 'PROV_SOUTH']);

      const [id] = (
        await gqlData(service.url, '{ teams(filter: { search: "BILL_SOUTH" }) { edges { node { id } } } }')
      ).teams.edges.map((e: { node: { id: string } }) => e.node.id);
      const { deactivateTeam } = await gqlData(service.url, DEACTIVATE_TEAM, { input: { id } });
      expect(deactivateTeam.team).toMatchObject({ active: false, members: [{ email: 'bela@oms.example' }] });
      expect((await eventFor(recorder, 'team.deactivated', id)).payload).toMatchObject({
        teamId: id,
        code: 'BILL_SOUTH',
        active: false,
        memberIds: [user.bela.id],
        deactivatedAt: deactivateTeam.team.deactivatedAt,
      });
      expect(await refused(service, DEACTIVATE_TEAM, 'deactivateTeam', { id })).toEqual([
        { code: 'ALREADY_INACTIVE', field: ['input', 'id'], message: 'team BILL_SOUTH is already inactive' },
      ]);
      expect(await list({ active: false })).toEqual(['BILL_SOUTH']);
      expect(await list({ active: true, search: 'south' })).toEqual(['PROV_SOUTH']);
    });
  });
});
