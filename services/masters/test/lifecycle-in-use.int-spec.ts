import { AccessPrincipalEntity } from '@oms/auth';
import { accessSnapshotSchema } from '@oms/contracts';
import type { RunningService } from '@oms/server';
import { gqlData, startServiceUnderTest, type ServiceUnderTest, type TopicRecorder } from '@oms/testkit';
import { mastersService } from '../src/service';
import {
  CREATE_USER,
  DEACTIVATE_USER,
  ERRORS,
  GOOD_PASSWORD,
  UPDATE_USER,
  mutation,
  seededIds,
} from './identity-test-kit';
import { eventFor, refused } from './masters-test-kit';

const CREATE_STATE = `mutation($input: CreateStateInput!) { createState(input: $input) { state { id } ${ERRORS} } }`;
const CREATE_CITY = `mutation($input: CreateCityInput!) { createCity(input: $input) { city { id } ${ERRORS} } }`;
const DEACTIVATE_CITY = mutation('deactivateCity', 'DeactivateCityInput', 'city { id active deactivatedAt }');
const CREATE_ZONE = `mutation($input: CreateZoneInput!) { createZone(input: $input) { zone { id } ${ERRORS} } }`;
const CREATE_BRANCH = mutation('createBranch', 'CreateBranchInput', 'branch { id }');
const UPDATE_BRANCH = mutation('updateBranch', 'UpdateBranchInput', 'branch { id }');
const DEACTIVATE_BRANCH = mutation(
  'deactivateBranch',
  'DeactivateBranchInput',
  'branch { id active deactivatedAt }',
);
const CREATE_BSO = mutation('createBso', 'CreateBsoInput', 'bso { id }');
const DEACTIVATE_BSO = mutation('deactivateBso', 'DeactivateBsoInput', 'bso { id active deactivatedAt }');
const CREATE_SETTING = mutation('createBsoCitySetting', 'CreateBsoCitySettingInput', 'bsoCitySetting { id }');
const DEACTIVATE_SETTING = mutation(
  'deactivateBsoCitySetting',
  'DeactivateBsoCitySettingInput',
  'bsoCitySetting { id active }',
);
const CREATE_TEAM = mutation('createTeam', 'CreateTeamInput', 'team { id }');
const UPDATE_TEAM = mutation('updateTeam', 'UpdateTeamInput', 'team { id }');
const DEACTIVATE_TEAM = mutation('deactivateTeam', 'DeactivateTeamInput', 'team { id active }');

describe('nothing in use is deactivated: branches, BSOs and cities (MariaDB + Kafka)', () => {
  let underTest: ServiceUnderTest;
  let service: RunningService;
  let recorder: TopicRecorder;
  let seeded: Awaited<ReturnType<typeof seededIds>>;
  let stateId: string;
  let zoneId: string;
  let emails = 0;

  /** Runs a mutation that must succeed and returns the id of what it made or changed. */
  const done = async (text: string, field: string, input: Record<string, unknown>) => {
    const data = await gqlData(service.url, text, { input });
    expect(data[field].errors).toEqual([]);
    const [entity] = Object.entries(data[field] as Record<string, unknown>).filter(([k]) => k !== 'errors');
    return (entity[1] as { id: string }).id;
  };
  const createCity = (code: string) => done(CREATE_CITY, 'createCity', { stateId, code, name: code });
  const createBranch = (code: string, cityIds: string[]) =>
    done(CREATE_BRANCH, 'createBranch', { code, name: code, zoneId, cityIds });
  const createBso = (code: string) =>
    done(CREATE_BSO, 'createBso', {
      code,
      name: code,
      contacts: [{ name: 'Ravi Kulkarni', email: 'ravi@bso.example', phone: '+91 98200 12345' }],
    });
  const createStaff = (input: Record<string, unknown>) =>
    done(CREATE_USER, 'createUser', {
      email: `staff${++emails}@oms.example`,
      name: 'Staff',
      kind: 'STAFF',
      groupIds: [seeded.group.INSTALLATION],
      password: GOOD_PASSWORD,
      ...input,
    });
  const createPartner = (bsoId: string) =>
    done(CREATE_USER, 'createUser', {
      email: `partner${++emails}@bso.example`,
      name: 'Partner',
      kind: 'PARTNER',
      bsoId,
      groupIds: [seeded.group.BSO_PARTNER],
      password: GOOD_PASSWORD,
    });
  const createTeam = (code: string, branchId: string, cityIds: string[] = []) =>
    done(CREATE_TEAM, 'createTeam', { code, name: code, kind: 'INSTALLATION', branchId, cityIds });
  const deactivateUser = (id: string) => done(DEACTIVATE_USER, 'deactivateUser', { id });
  /** The access every active user last had published, as masters saved it. */
  const activeSnapshots = async () =>
    (await service.db.manager.getRepository(AccessPrincipalEntity).find())
      .map((row) => accessSnapshotSchema.parse(JSON.parse(row.snapshot)))
      .filter((snapshot) => snapshot.active);

  beforeAll(async () => {
    underTest = await startServiceUnderTest(mastersService, { label: 'masters_in_use' });
    ({ service, recorder } = underTest);
    seeded = await seededIds(service);
    stateId = await done(CREATE_STATE, 'createState', { code: 'MH', name: 'Maharashtra' });
    zoneId = await done(CREATE_ZONE, 'createZone', { code: 'WEST', name: 'West' });
  });

  afterAll(async () => {
    await underTest?.stop();
  });

  it('refuses to deactivate a branch active users or an active team still work in, until none does', async () => {
    const pune = await createCity('PUNE');
    const closing = await createBranch('PUNE_01', [pune]);
    const staying = await createBranch('PUNE_02', [pune]);

    const home = await createStaff({ homeBranchId: closing });
    expect(await refused(service, DEACTIVATE_BRANCH, 'deactivateBranch', { id: closing })).toEqual([
      { code: 'IN_USE', field: ['input', 'id'], message: 'branch PUNE_01 is used by 1 active user' },
    ]);

    // A further branch counts as much as a home branch; so does a team working for the branch.
    const further = await createStaff({ homeBranchId: staying, branchIds: [closing] });
    const team = await createTeam('INST_PUNE_01', closing);
    expect(await refused(service, DEACTIVATE_BRANCH, 'deactivateBranch', { id: closing })).toEqual([
      {
        code: 'IN_USE',
        field: ['input', 'id'],
        message: 'branch PUNE_01 is used by 2 active users and 1 active team',
      },
    ]);

    // Users of other branches do not count; an inactive user keeps the branch as history and does not count.
    await createStaff({ homeBranchId: staying });
    await deactivateUser(home);
    await done(DEACTIVATE_TEAM, 'deactivateTeam', { id: team });
    expect(await refused(service, DEACTIVATE_BRANCH, 'deactivateBranch', { id: closing })).toEqual([
      { code: 'IN_USE', field: ['input', 'id'], message: 'branch PUNE_01 is used by 1 active user' },
    ]);

    // Moving the last user away re-publishes their access without the branch; then the branch may close.
    await done(UPDATE_USER, 'updateUser', { id: further, branchIds: [] });
    const { deactivateBranch } = await gqlData(service.url, DEACTIVATE_BRANCH, { input: { id: closing } });
    expect(deactivateBranch).toEqual({
      branch: { id: closing, active: false, deactivatedAt: expect.any(String) },
      errors: [],
    });
    expect((await eventFor(recorder, 'branch.deactivated', closing)).payload).toEqual({
      branchId: closing,
      deactivatedAt: deactivateBranch.branch.deactivatedAt,
    });
    // So no active user's published access names the closed branch.
    const snapshots = await activeSnapshots();
    expect(snapshots.map((s) => s.userId)).toContain(further);
    for (const snapshot of snapshots) expect(snapshot.branchIds).not.toContain(closing);
  });

  it('refuses to deactivate a BSO with active partner users, as with active city settings', async () => {
    const goa = await createCity('GOA');
    const bso = await createBso('AIRLINK');
    const partner = await createPartner(bso);
    expect(await refused(service, DEACTIVATE_BSO, 'deactivateBso', { id: bso })).toEqual([
      { code: 'IN_USE', field: ['input', 'id'], message: 'BSO AIRLINK is used by 1 active partner user' },
    ]);

    const second = await createPartner(bso);
    const setting = await done(CREATE_SETTING, 'createBsoCitySetting', {
      bsoId: bso,
      cityId: goa,
      to: ['feasibility@airlink.example'],
      tatHours: 48,
    });
    expect(await refused(service, DEACTIVATE_BSO, 'deactivateBso', { id: bso })).toEqual([
      {
        code: 'IN_USE',
        field: ['input', 'id'],
        message: 'BSO AIRLINK is used by 1 active city setting and 2 active partner users',
      },
    ]);

    // Another BSO's partners do not count; deactivated partners do not either.
    await createPartner(await createBso('FASTNET'));
    await done(DEACTIVATE_SETTING, 'deactivateBsoCitySetting', { id: setting });
    await deactivateUser(partner);
    expect(await refused(service, DEACTIVATE_BSO, 'deactivateBso', { id: bso })).toEqual([
      { code: 'IN_USE', field: ['input', 'id'], message: 'BSO AIRLINK is used by 1 active partner user' },
    ]);
    await deactivateUser(second);
    const { deactivateBso } = await gqlData(service.url, DEACTIVATE_BSO, { input: { id: bso } });
    expect(deactivateBso).toEqual({
      bso: { id: bso, active: false, deactivatedAt: expect.any(String) },
      errors: [],
    });
    expect((await eventFor(recorder, 'bso.deactivated', bso)).payload).toEqual({
      bsoId: bso,
      deactivatedAt: deactivateBso.bso.deactivatedAt,
    });
  });

  it('refuses to deactivate a city that is an active user’s installation city or an active team’s city', async () => {
    const nagpur = await createCity('NGP');
    const wardha = await createCity('WARDHA');
    // No branch serves Wardha: only its installers and its team depend on it.
    const branch = await createBranch('NGP_01', [nagpur]);
    const installer = await createStaff({ homeBranchId: branch, installationCityIds: [nagpur, wardha] });
    expect(await refused(service, DEACTIVATE_CITY, 'deactivateCity', { id: wardha })).toEqual([
      { code: 'IN_USE', field: ['input', 'id'], message: 'city WARDHA is used by 1 active user' },
    ]);

    const team = await createTeam('INST_WARDHA', branch, [wardha]);
    // A team of the branch that lists no cities covers the branch's cities (Nagpur), not Wardha.
    await createTeam('INST_NGP_ALL', branch);
    expect(await refused(service, DEACTIVATE_CITY, 'deactivateCity', { id: wardha })).toEqual([
      {
        code: 'IN_USE',
        field: ['input', 'id'],
        message: 'city WARDHA is used by 1 active user and 1 active team',
      },
    ]);

    // Every kind of dependent at once, named in order.
    await done(UPDATE_BRANCH, 'updateBranch', { id: branch, cityIds: [nagpur, wardha] });
    const bso = await createBso('VIDARBHA');
    const setting = await done(CREATE_SETTING, 'createBsoCitySetting', {
      bsoId: bso,
      cityId: wardha,
      to: ['noc@vidarbha.example'],
      tatHours: 24,
    });
    expect(await refused(service, DEACTIVATE_CITY, 'deactivateCity', { id: wardha })).toEqual([
      {
        code: 'IN_USE',
        field: ['input', 'id'],
        message:
          'city WARDHA is used by 1 active branch, 1 active BSO city setting, 1 active user and 1 active team',
      },
    ]);

    // Take each dependency away; the last one to go is the installer's city.
    await done(UPDATE_BRANCH, 'updateBranch', { id: branch, cityIds: [nagpur] });
    await done(DEACTIVATE_SETTING, 'deactivateBsoCitySetting', { id: setting });
    await done(UPDATE_TEAM, 'updateTeam', { id: team, cityIds: [nagpur] });
    expect(await refused(service, DEACTIVATE_CITY, 'deactivateCity', { id: wardha })).toEqual([
      { code: 'IN_USE', field: ['input', 'id'], message: 'city WARDHA is used by 1 active user' },
    ]);
    await done(UPDATE_USER, 'updateUser', { id: installer, installationCityIds: [nagpur] });
    const { deactivateCity } = await gqlData(service.url, DEACTIVATE_CITY, { input: { id: wardha } });
    expect(deactivateCity).toEqual({
      city: { id: wardha, active: false, deactivatedAt: expect.any(String) },
      errors: [],
    });
    expect((await eventFor(recorder, 'city.deactivated', wardha)).payload).toEqual({
      cityId: wardha,
      deactivatedAt: deactivateCity.city.deactivatedAt,
    });
    for (const snapshot of await activeSnapshots())
      expect(snapshot.installationCityIds).not.toContain(wardha);

    // An inactive installer keeps the city as history and does not count.
    const gondia = await createCity('GONDIA');
    await deactivateUser(await createStaff({ homeBranchId: branch, installationCityIds: [gondia] }));
    expect(
      (await gqlData(service.url, DEACTIVATE_CITY, { input: { id: gondia } })).deactivateCity,
    ).toMatchObject({
      city: { id: gondia, active: false },
      errors: [],
    });
  });
});
