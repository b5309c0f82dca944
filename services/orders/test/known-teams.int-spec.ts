import type { Producer } from 'kafkajs';
import { In } from 'typeorm';
import type { EventEnvelope } from '@oms/contracts';
import { InboxEntity } from '@oms/messaging';
import type { RunningService } from '@oms/server';
import {
  gqlData,
  startServiceUnderTest,
  testKafka,
  uniqueSuffix,
  waitUntil,
  type ServiceUnderTest,
  type TopicRecorder,
} from '@oms/testkit';
import { mastersService } from '../../masters/src/service';
import { ordersService } from '../src/service';
import type { KnownTeam, TeamWanted } from '../src/domain/known-team';
import { KnownTeamEntity, KnownTeamMemberEntity } from '../src/persistence/known-team.entities';
import { KnownTeamRepository } from '../src/persistence/known-team.repository';

const TEAM_EVENTS = ['team.created', 'team.updated', 'team.deactivated'];

describe("orders' copy of masters teams, fed by masters on MariaDB + Kafka", () => {
  const suffix = `.${uniqueSuffix()}`;
  const mastersTopic = `oms.masters.v1${suffix}`;
  let mastersUnderTest: ServiceUnderTest;
  let ordersUnderTest: ServiceUnderTest;
  let masters: RunningService;
  let orders: RunningService;
  let recorder: TopicRecorder;
  const teams = new KnownTeamRepository();
  const city: Record<string, string> = {};
  const user: Record<string, { id: string; email: string }> = {};
  const team: Record<string, string> = {};
  let branch: string;
  let installationGroup: string;

  /** Runs a masters mutation as the test superuser, expects no errors, and returns what it made. */
  const inMasters = async (mutation: string, inputType: string, selection: string, input: object) => {
    const data = await gqlData(
      masters.url,
      `mutation($input: ${inputType}!) { ${mutation}(input: $input) { ${selection} errors { code field message } } }`,
      { input },
    );
    expect(data[mutation].errors).toEqual([]);
    const [entity] = Object.entries(data[mutation] as Record<string, unknown>).filter(
      ([k]) => k !== 'errors',
    );
    return entity[1] as { id: string; email: string };
  };
  const createTeam = async (input: object) =>
    (await inMasters('createTeam', 'CreateTeamInput', 'team { id }', input)).id;
  const known = (id: string) => teams.byId(orders.db.manager, id);
  const teamFor = (wanted: TeamWanted) => teams.activeTeamFor(orders.db.manager, wanted);
  /** Waits until orders' copy of a team satisfies `check`, and returns it. */
  const copied = async (id: string, check: (t: KnownTeam) => boolean): Promise<KnownTeam> => {
    await waitUntil(async () => {
      const t = await known(id);
      return t !== null && check(t);
    });
    return (await known(id)) as KnownTeam;
  };

  beforeAll(async () => {
    mastersUnderTest = await startServiceUnderTest(mastersService, { suffix, record: [] });
    ordersUnderTest = await startServiceUnderTest(ordersService, { suffix, record: ['masters'] });
    masters = mastersUnderTest.service;
    ({ service: orders, recorder } = ordersUnderTest);

    const groups = await gqlData(masters.url, '{ groups(first: 100) { edges { node { id code } } } }');
    installationGroup = groups.groups.edges.find(
      (e: { node: { code: string } }) => e.node.code === 'INSTALLATION',
    ).node.id;
    const state = await inMasters('createState', 'CreateStateInput', 'state { id }', {
      code: 'MH',
      name: 'Maharashtra',
    });
    const zone = await inMasters('createZone', 'CreateZoneInput', 'zone { id }', {
      code: 'WEST',
      name: 'West',
    });
    for (const code of ['PUNE', 'PCMC'])
      city[code] = (
        await inMasters('createCity', 'CreateCityInput', 'city { id }', {
          stateId: state.id,
          code,
          name: code,
        })
      ).id;
    branch = (
      await inMasters('createBranch', 'CreateBranchInput', 'branch { id }', {
        code: 'PUNE_A',
        name: 'Pune',
        zoneId: zone.id,
        cityIds: [city.PUNE, city.PCMC],
      })
    ).id;
    for (const name of ['asha', 'ravi', 'meera'])
      user[name] = await inMasters('createUser', 'CreateUserInput', 'user { id email }', {
        email: `${name}@oms.example`,
        name,
        kind: 'STAFF',
        homeBranchId: branch,
        groupIds: [installationGroup],
        password: 'Correct-Horse-42',
      });
  });

  afterAll(async () => {
    await ordersUnderTest?.stop();
    await mastersUnderTest?.stop();
  });

  it('copies teams masters creates, with their members, and answers which team takes work where', async () => {
    team.INST_PUNE = await createTeam({
      code: 'INST_PUNE',
      name: 'Installation Pune',
      kind: 'INSTALLATION',
      branchId: branch,
      memberIds: [user.asha.id, user.ravi.id],
      mailAddress: 'install.pune@oms.example',
    });
    team.INST_PCMC = await createTeam({
      code: 'INST_PCMC',
      name: 'Installation PCMC',
      kind: 'INSTALLATION',
      branchId: branch,
      cityIds: [city.PCMC],
      memberIds: [user.meera.id],
    });
    team.PROV_PUNE = await createTeam({
      code: 'PROV_PUNE',
      name: 'Provisioning Pune',
      kind: 'PROVISIONING',
      branchId: branch,
      memberIds: [user.ravi.id],
    });

    expect(await copied(team.INST_PUNE, () => true)).toEqual({
      id: team.INST_PUNE,
      code: 'INST_PUNE',
      name: 'Installation Pune',
      kind: 'INSTALLATION',
      branchId: branch,
      cityIds: [],
      mailAddress: 'install.pune@oms.example',
      members: [
        { userId: user.asha.id, email: 'asha@oms.example' },
        { userId: user.ravi.id, email: 'ravi@oms.example' },
      ],
      active: true,
    });
    await copied(team.INST_PCMC, () => true);
    await copied(team.PROV_PUNE, () => true);

    // Pune installations go to the whole-branch team; PCMC's own team takes PCMC; provisioning has its own.
    expect((await teamFor({ kind: 'INSTALLATION', branchId: branch, cityId: city.PUNE }))?.code).toBe(
      'INST_PUNE',
    );
    expect(await teamFor({ kind: 'INSTALLATION', branchId: branch, cityId: city.PCMC })).toMatchObject({
      code: 'INST_PCMC',
      members: [{ userId: user.meera.id, email: 'meera@oms.example' }],
    });
    expect((await teamFor({ kind: 'PROVISIONING', branchId: branch, cityId: city.PCMC }))?.code).toBe(
      'PROV_PUNE',
    );
    expect(await teamFor({ kind: 'BILLING', branchId: branch, cityId: city.PUNE })).toBeNull();
  });

  it('follows edits, member changes, a member leaving and deactivation', async () => {
    await inMasters('updateTeam', 'UpdateTeamInput', 'team { id }', {
      id: team.INST_PUNE,
      name: 'Installation Pune City',
      cityIds: [city.PUNE],
      mailAddress: '',
    });
    await inMasters('setTeamMembers', 'SetTeamMembersInput', 'team { id }', {
      teamId: team.INST_PCMC,
      memberIds: [user.meera.id, user.ravi.id],
    });
    // A deactivated user leaves every team in masters, and each team's copy follows (team.updated).
    await inMasters('deactivateUser', 'DeactivateUserInput', 'user { id }', { id: user.ravi.id });

    expect(
      await copied(team.INST_PUNE, (t) => t.members.length === 1 && t.name === 'Installation Pune City'),
    ).toEqual({
      id: team.INST_PUNE,
      code: 'INST_PUNE',
      name: 'Installation Pune City',
      kind: 'INSTALLATION',
      branchId: branch,
      cityIds: [city.PUNE],
      mailAddress: null,
      members: [{ userId: user.asha.id, email: 'asha@oms.example' }],
      active: true,
    });
    expect(await copied(team.PROV_PUNE, (t) => t.members.length === 0)).toMatchObject({ active: true });
    // Events of one team keep their order: the copy passes through [meera, ravi] and ends at [meera].
    const pcmc = await copied(team.INST_PCMC, (t) => !t.members.some((m) => m.userId === user.ravi.id));
    expect(pcmc.members).toEqual([{ userId: user.meera.id, email: 'meera@oms.example' }]);

    await inMasters('deactivateTeam', 'DeactivateTeamInput', 'team { id }', { id: team.INST_PCMC });
    expect(await copied(team.INST_PCMC, (t) => !t.active)).toMatchObject({
      code: 'INST_PCMC',
      cityIds: [city.PCMC],
      members: [{ userId: user.meera.id, email: 'meera@oms.example' }],
      active: false,
    });
    // PCMC now has no installation team: the Pune team lists only Pune.
    expect(await teamFor({ kind: 'INSTALLATION', branchId: branch, cityId: city.PCMC })).toBeNull();
    expect((await teamFor({ kind: 'INSTALLATION', branchId: branch, cityId: city.PUNE }))?.code).toBe(
      'INST_PUNE',
    );
  });

  it('survives redelivery of every team event: no second effect', async () => {
    const em = orders.db.manager;
    const inbox = em.getRepository(InboxEntity);
    const teamMessages = () =>
      recorder.messages.filter(
        (m) => m.topic === mastersTopic && TEAM_EVENTS.includes((JSON.parse(m.value) as EventEnvelope).type),
      );
    // 3 created; 1 edit, 1 member change, 3 teams lost ravi (PCMC, PUNE, PROV); 1 deactivation.
    await waitUntil(
      async () => (await inbox.countBy({ consumer: 'oms-orders', eventType: In(TEAM_EVENTS) })) === 9,
    );
    await recorder.waitFor(() => teamMessages().length === 9);
    const snapshot = async () => ({
      teams: await em.getRepository(KnownTeamEntity).find({ order: { id: 'ASC' } }),
      members: await em
        .getRepository(KnownTeamMemberEntity)
        .find({ order: { teamId: 'ASC', userId: 'ASC' } }),
    });
    const before = await snapshot();
    expect(before.teams).toHaveLength(3);

    const consumer = orders.consumer!;
    const duplicatesBefore = consumer.stats.duplicates;
    const producer: Producer = testKafka().producer({ allowAutoTopicCreation: false });
    await producer.connect();
    try {
      await producer.send({
        topic: mastersTopic,
        acks: -1,
        messages: teamMessages().map((m) => ({ key: m.key, value: m.value })),
      });
    } finally {
      await producer.disconnect();
    }
    await waitUntil(() => consumer.stats.duplicates >= duplicatesBefore + 9, 30000);
    expect(consumer.stats.duplicates).toBe(duplicatesBefore + 9);
    expect(await snapshot()).toEqual(before);
    expect(await inbox.countBy({ consumer: 'oms-orders', eventType: In(TEAM_EVENTS) })).toBe(9);
  });
});
