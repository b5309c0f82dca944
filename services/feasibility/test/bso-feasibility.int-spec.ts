import { randomUUID } from 'node:crypto';
import { OutboxEntity } from '@oms/messaging';
import { currentNumber } from '@oms/persistence';
import type { RunningService } from '@oms/server';
import { gqlData, proofHeaders, seedAccess, waitUntil, type TopicRecorder } from '@oms/testkit';
import {
  BsoAnswerEntity,
  FeasibilityRequestEntity,
  FeasibilityRequestStatusChangeEntity,
} from '../src/persistence/feasibility-request.entities';
import {
  KnownBranchEntity,
  KnownBsoCitySettingEntity,
  KnownBsoEntity,
} from '../src/persistence/known-masters.entities';
import {
  aBranch,
  aBso,
  aCitySetting,
  aFeasibilityRequestInput,
  aFeasibleAnswer,
  aNotFeasibleAnswer,
  partnerAccess,
  staffAccess,
  type AnswerInput,
  type FeasibilityRequestInput,
} from './builders';
import { startFeasibility, type FeasibilityUnderTest } from './feasibility-under-test';
import type { MastersFeed } from './masters-feed';

const REQUEST_FIELDS = `id requestNo status answerDueAt createdAt branch { id } bso { id } nextActions
  answer { feasible otcCost mrcCost currency expectedDeliveryDays remarks answeredAt answeredBy }
  history { fromStatus toStatus changedBy comment }`;
const CREATE = `mutation($input: CreateFeasibilityRequestInput!) {
  createFeasibilityRequest(input: $input) { feasibilityRequest { ${REQUEST_FIELDS} } errors { code field message } }
}`;
const RESPOND = `mutation($input: RespondToFeasibilityRequestInput!) {
  respondToFeasibilityRequest(input: $input) { feasibilityRequest { ${REQUEST_FIELDS} } errors { code field message } }
}`;
const GET = `query($id: ID!) { feasibilityRequest(id: $id) { ${REQUEST_FIELDS} } }`;
const LIST = `query($first: Int, $after: String, $filter: FeasibilityRequestFilter) {
  feasibilityRequests(first: $first, after: $after, filter: $filter) {
    edges { node { id } } pageInfo { hasNextPage endCursor } totalCount
  }
}`;
const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on FeasibilityRequest { id } } }`;

/** A feasibility request as these specs read it. */
interface RequestView {
  id: string;
  requestNo: string;
  status: string;
  answerDueAt: string | null;
  createdAt: string;
  branch: { id: string } | null;
  bso: { id: string } | null;
  nextActions: string[];
  answer: Record<string, unknown> | null;
  history: { fromStatus: string | null; toStatus: string; changedBy: string; comment: string | null }[];
}
/** A mutation payload as these specs read it. */
interface Payload {
  feasibilityRequest: RequestView | null;
  errors: { code: string; field: string[] | null; message: string }[];
}
/** A page of `feasibilityRequests` as these specs read it. */
interface ListPage {
  edges: { node: { id: string } }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}
/** A request this spec created, with the scope it was created in. */
interface Created {
  id: string;
  branchId: string;
  bsoId: string;
}

describe('BSO feasibility on MariaDB + Kafka: copies of masters, scope, partner isolation, answers', () => {
  const year = new Date().getUTCFullYear();
  let feasibility: FeasibilityUnderTest;
  let service: RunningService;
  let recorder: TopicRecorder;
  let masters: MastersFeed;

  // Masters data: Pune and Delhi; branch A serves Pune, branch B Delhi; AIRLINK and SKYNET serve both cities,
  // DELHINET only Delhi.
  const [pune, delhi] = [randomUUID(), randomUUID()];
  const branchA = aBranch('PUNE_01', [pune]);
  const branchB = aBranch('DELHI_01', [delhi]);
  const airlink = aBso('AIRLINK');
  const skynet = aBso('SKYNET');
  const delhinet = aBso('DELHINET');

  // Callers: staff of branch A, of branch B, head office (ALL scope, view only), and BSO partner accounts.
  const users = {
    staffA: staffAccess('staff-a', { branchIds: [branchA.id] }),
    staffB: staffAccess('staff-b', { branchIds: [branchB.id] }),
    headOffice: staffAccess('head-office', { allBranches: true, permissions: ['FEASIBILITY:VIEW'] }),
    airlink: partnerAccess('p-airlink', airlink.id),
    airlinkViewer: partnerAccess('p-airlink-viewer', airlink.id, ['FEASIBILITY:VIEW']),
    skynet: partnerAccess('p-skynet', skynet.id),
  };
  type User = keyof typeof users | 'admin';
  const idOf = (user: User) => (user === 'admin' ? null : users[user].userId);

  /** Every request this spec created, to compute what each caller should see. */
  const created: Created[] = [];

  const call = (user: User, query: string, variables: Record<string, unknown>) =>
    feasibility.call(idOf(user), query, variables);
  const data = (user: User, query: string, variables: Record<string, unknown> = {}) =>
    feasibility.data(idOf(user), query, variables);
  const create = async (user: User, input: FeasibilityRequestInput): Promise<Payload> => {
    const payload = (await data(user, CREATE, { input })).createFeasibilityRequest as Payload;
    if (payload.feasibilityRequest)
      created.push({ id: payload.feasibilityRequest.id, branchId: input.branchId, bsoId: input.bsoId });
    return payload;
  };
  const respond = async (user: User, input: AnswerInput): Promise<Payload> =>
    (await data(user, RESPOND, { input })).respondToFeasibilityRequest as Payload;
  const raise = async (user: User, input: FeasibilityRequestInput): Promise<RequestView> => {
    const payload = await create(user, input);
    expect(payload.errors).toEqual([]);
    return payload.feasibilityRequest!;
  };
  /** Every request `user` lists, following the cursors, and the total the first page announced. */
  const listAll = async (user: User, filter: Record<string, unknown> = {}) => {
    const ids: string[] = [];
    let after: string | null = null;
    let totalCount = -1;
    for (;;) {
      const page: ListPage = (await data(user, LIST, { first: 2, after, filter })).feasibilityRequests;
      if (totalCount < 0) totalCount = page.totalCount;
      expect(page.totalCount).toBe(totalCount);
      ids.push(...page.edges.map((e) => e.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    return { ids: ids.sort(), totalCount };
  };
  const idsWhere = (keep: (r: Created) => boolean) =>
    created
      .filter(keep)
      .map((r) => r.id)
      .sort();
  const db = () => service.db.manager;
  const count = {
    requests: () => db().getRepository(FeasibilityRequestEntity).count(),
    history: () => db().getRepository(FeasibilityRequestStatusChangeEntity).count(),
    answers: () => db().getRepository(BsoAnswerEntity).count(),
    outbox: () => db().getRepository(OutboxEntity).count(),
    number: () => currentNumber(db(), 'feasibility_request', year),
  };
  const snapshot = async () => ({
    requests: await count.requests(),
    history: await count.history(),
    answers: await count.answers(),
    outbox: await count.outbox(),
    number: await count.number(),
  });
  const inPune = (overrides: Partial<FeasibilityRequestInput> = {}) =>
    aFeasibilityRequestInput({ cityId: pune, branchId: branchA.id, bsoId: airlink.id, ...overrides });
  const inDelhi = (overrides: Partial<FeasibilityRequestInput> = {}) =>
    aFeasibilityRequestInput({ cityId: delhi, branchId: branchB.id, bsoId: airlink.id, ...overrides });

  beforeAll(async () => {
    feasibility = await startFeasibility(Object.values(users), [
      branchA.created(),
      branchB.created(),
      airlink.created(),
      skynet.created(),
      delhinet.created(),
      aCitySetting(airlink, pune, 24).created(),
      aCitySetting(airlink, delhi, 48).created(),
      aCitySetting(skynet, pune, 12).created(),
      aCitySetting(skynet, delhi, 12).created(),
      aCitySetting(delhinet, delhi, 6).created(),
    ]);
    ({ service, recorder, masters } = feasibility);
  });

  afterAll(async () => {
    await feasibility?.stop();
  });

  it('keeps its copies of BSOs, city settings and branches in step with masters, once per event', async () => {
    const bso = aBso('COPYCAT', 'Copycat Fibre');
    const setting = aCitySetting(bso, pune, 12);
    const branch = aBranch('COPY_01', [pune]);
    const bsoCreated = bso.created();
    await masters.deliver(bsoCreated, setting.created(), branch.created());
    expect(await db().getRepository(KnownBsoEntity).findOneBy({ id: bso.id })).toEqual({
      id: bso.id,
      code: 'COPYCAT',
      name: 'Copycat Fibre',
      active: true,
    });

    await masters.deliver(
      bso.updated('Copycat Broadband'),
      setting.updated({ tatHours: 6, to: ['noc@copycat.example'], cc: ['sales@copycat.example'] }),
      branch.updated('Pune Copy', [pune, delhi]),
    );
    expect(await db().getRepository(KnownBsoCitySettingEntity).findOneBy({ id: setting.id })).toEqual({
      id: setting.id,
      bsoId: bso.id,
      cityId: pune,
      to: ['noc@copycat.example'],
      cc: ['sales@copycat.example'],
      tatHours: 6,
      active: true,
    });
    expect(await db().getRepository(KnownBranchEntity).findOneBy({ id: branch.id })).toEqual({
      id: branch.id,
      code: 'COPY_01',
      name: 'Pune Copy',
      cityIds: [pune, delhi],
      active: true,
    });
    // The new TAT applies to new requests.
    const quick = await raise('admin', inPune({ bsoId: bso.id, branchId: branch.id }));
    expect(Date.parse(quick.answerDueAt!) - Date.parse(quick.createdAt)).toBe(6 * 3_600_000);

    const settingOff = setting.deactivated();
    await masters.deliver(settingOff, bso.deactivated(), branch.deactivated());
    // Redelivered events (as after a relay crash) are absorbed by the inbox: the creation does not revive
    // the BSO, nor the old setting state the setting. The later rename on the same keys proves they were read.
    const duplicatesBefore = service.consumer!.stats.duplicates;
    await masters.publish(bsoCreated, setting.created(), settingOff);
    await masters.deliver(bso.updated('Copycat Retired'));
    await waitUntil(() => service.consumer!.stats.duplicates >= duplicatesBefore + 2);
    expect(await db().getRepository(KnownBsoEntity).findOneBy({ id: bso.id })).toEqual({
      id: bso.id,
      code: 'COPYCAT',
      name: 'Copycat Retired',
      active: false,
    });
    expect((await db().getRepository(KnownBranchEntity).findOneBy({ id: branch.id }))?.active).toBe(false);

    const refused = await create('admin', inPune({ bsoId: bso.id, branchId: branch.id }));
    expect(refused.errors).toEqual([
      { code: 'REFERENCE_INACTIVE', field: ['input', 'branchId'], message: 'branch COPY_01 is inactive' },
      { code: 'REFERENCE_INACTIVE', field: ['input', 'bsoId'], message: 'BSO COPYCAT is inactive' },
    ]);
  });

  it('refuses a request outside the caller’s branches or with unusable references, writing and publishing nothing', async () => {
    const before = await snapshot();
    const refusedLeads: string[] = [];
    const attempt = async (user: User, input: FeasibilityRequestInput) => {
      refusedLeads.push(input.leadId);
      const payload = await create(user, input);
      expect(payload.feasibilityRequest).toBeNull();
      return payload.errors;
    };

    // Staff of branch B may not raise a request for branch A, whatever else the input says.
    expect(await attempt('staffB', inPune({ bsoId: randomUUID() }))).toEqual([
      {
        code: 'FORBIDDEN',
        field: ['input', 'branchId'],
        message: 'you may not raise feasibility requests for this branch',
      },
    ]);
    // Nor may a partner (it reaches no branch), even when granted FEASIBILITY:CREATE.
    await seedAccess(service.db, partnerAccess('p-creator', airlink.id, ['FEASIBILITY:CREATE']));
    const partnerInput = inPune();
    refusedLeads.push(partnerInput.leadId);
    const partnerTry = await gqlData(
      service.url,
      CREATE,
      { input: partnerInput },
      await proofHeaders('p-creator'),
    );
    expect(partnerTry.createFeasibilityRequest.errors.map((e: { code: string }) => e.code)).toEqual([
      'FORBIDDEN',
    ]);

    expect(await attempt('admin', inPune({ branchId: randomUUID(), bsoId: randomUUID() }))).toEqual([
      { code: 'REFERENCE_NOT_FOUND', field: ['input', 'branchId'], message: 'no branch has this id' },
      { code: 'REFERENCE_NOT_FOUND', field: ['input', 'bsoId'], message: 'no BSO has this id' },
    ]);
    expect(await attempt('staffA', inPune({ bsoId: delhinet.id }))).toEqual([
      {
        code: 'VALIDATION_FAILED',
        field: ['input', 'bsoId'],
        message: 'BSO DELHINET does not serve the city of the request',
      },
    ]);
    const retired = aBso('RETIRED');
    const closed = aBranch('CLOSED_01', [pune]);
    await masters.deliver(retired.created(), retired.deactivated(), closed.created(), closed.deactivated());
    expect(
      (await attempt('admin', inPune({ branchId: closed.id, bsoId: retired.id }))).map((e) => [
        e.code,
        e.field,
      ]),
    ).toEqual([
      ['REFERENCE_INACTIVE', ['input', 'branchId']],
      ['REFERENCE_INACTIVE', ['input', 'bsoId']],
    ]);

    expect(await snapshot()).toEqual(before);
    // A request raised afterwards is published; none of the refused ones ever was.
    const later = await raise('staffA', inPune());
    await recorder.waitFor((messages) => messages.some((m) => m.key === later.id));
    const published = recorder.messages.map((m) => JSON.parse(m.value).payload.leadId as string);
    expect(published.filter((leadId) => refusedLeads.includes(leadId))).toEqual([]);
  });

  it('refuses a user without FEASIBILITY:CREATE before anything runs', async () => {
    const before = await snapshot();
    const res = await call('headOffice', CREATE, { input: inPune() });
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(res.data).toBeNull();
    expect(await snapshot()).toEqual(before);
  });

  describe('who sees which requests', () => {
    let a1: RequestView; // branch A, AIRLINK
    let a2: RequestView; // branch A, SKYNET
    let b1: RequestView; // branch B, AIRLINK
    let legacyId: string;

    beforeAll(async () => {
      a1 = await raise('staffA', inPune());
      a2 = await raise('staffA', inPune({ bsoId: skynet.id }));
      b1 = await raise('staffB', inDelhi());
      // A request raised before branches and BSOs were recorded (the migration leaves them null).
      legacyId = randomUUID();
      await db()
        .getRepository(FeasibilityRequestEntity)
        .insert({
          id: legacyId,
          requestNo: 'FR-2000-000001',
          leadId: randomUUID(),
          cityId: pune,
          branchId: null,
          bsoId: null,
          bandwidthMbps: 10,
          address: 'Old request, Pune',
          status: 'OPEN',
          answerDueAt: null,
          clientMutationId: null,
          createdAt: new Date('2000-01-01T00:00:00.000Z'),
          createdBy: 'legacy',
        });
    });

    it('shows a partner only its own BSO’s requests: in lists (with right totals), by id and through _entities', async () => {
      const airlinkSees = await listAll('airlink');
      expect(airlinkSees.ids).toEqual(idsWhere((r) => r.bsoId === airlink.id));
      expect(airlinkSees.totalCount).toBe(airlinkSees.ids.length);
      expect(airlinkSees.ids).toEqual(expect.arrayContaining([a1.id, b1.id]));
      expect(airlinkSees.ids).not.toContain(a2.id);
      expect(airlinkSees.ids).not.toContain(legacyId);
      // A filter cannot widen the scope.
      expect((await listAll('airlink', { bsoId: skynet.id })).totalCount).toBe(0);

      const skynetSees = await listAll('skynet');
      expect(skynetSees.ids).toEqual(idsWhere((r) => r.bsoId === skynet.id));
      expect(skynetSees.ids).toContain(a2.id);

      expect((await data('airlink', GET, { id: a1.id })).feasibilityRequest.id).toBe(a1.id);
      expect((await data('airlink', GET, { id: a2.id })).feasibilityRequest).toBeNull();
      expect((await data('airlink', GET, { id: legacyId })).feasibilityRequest).toBeNull();
      const reps = [a1, a2, b1].map((r) => ({ __typename: 'FeasibilityRequest', id: r.id }));
      expect((await data('airlink', ENTITIES, { r: reps }))._entities).toEqual([
        { id: a1.id },
        null,
        { id: b1.id },
      ]);
      expect((await data('skynet', ENTITIES, { r: reps }))._entities).toEqual([null, { id: a2.id }, null]);
    });

    it('shows staff their branches’ requests, and every request with the ALL scope', async () => {
      const staffASees = await listAll('staffA');
      expect(staffASees.ids).toEqual(idsWhere((r) => r.branchId === branchA.id));
      expect(staffASees.totalCount).toBe(staffASees.ids.length);
      expect(staffASees.ids).toEqual(expect.arrayContaining([a1.id, a2.id]));
      const staffBSees = await listAll('staffB');
      expect(staffBSees.ids).toEqual(idsWhere((r) => r.branchId === branchB.id));
      expect(staffBSees.ids).toContain(b1.id);

      expect((await data('staffA', GET, { id: b1.id })).feasibilityRequest).toBeNull();
      expect((await data('staffB', GET, { id: b1.id })).feasibilityRequest.id).toBe(b1.id);
      expect((await data('staffA', GET, { id: legacyId })).feasibilityRequest).toBeNull();
      const reps = [a1, b1].map((r) => ({ __typename: 'FeasibilityRequest', id: r.id }));
      expect((await data('staffA', ENTITIES, { r: reps }))._entities).toEqual([{ id: a1.id }, null]);

      const everything = await listAll('headOffice');
      expect(everything.totalCount).toBe(await count.requests());
      expect(everything.ids).toEqual([...idsWhere(() => true), legacyId].sort());
      const legacy = (await data('headOffice', GET, { id: legacyId })).feasibilityRequest;
      expect(legacy).toMatchObject({
        id: legacyId,
        branch: null,
        bso: null,
        answerDueAt: null,
        answer: null,
      });
    });
  });

  describe("the BSO's answer", () => {
    it('is given only by a partner of the assigned BSO, once, and is published', async () => {
      const request = await raise('staffA', inPune());
      // The requester may only withdraw it; the assigned BSO's partner may answer it.
      expect(request.nextActions).toEqual(['WITHDRAW']);
      expect((await data('airlink', GET, { id: request.id })).feasibilityRequest.nextActions).toEqual([
        'RESPOND',
      ]);
      expect((await data('skynet', GET, { id: request.id })).feasibilityRequest).toBeNull();

      const before = await snapshot();
      // A partner of another BSO, and staff (even holding FEASIBILITY_RESPOND), are refused in the payload.
      for (const user of ['skynet', 'admin'] as const) {
        const refused = await respond(user, aFeasibleAnswer(request.id));
        expect(refused).toEqual({
          feasibilityRequest: null,
          errors: [
            {
              code: 'FORBIDDEN',
              field: ['input', 'id'],
              message: 'only a partner account of the BSO the request is assigned to can answer it',
            },
          ],
        });
      }
      // A partner account without FEASIBILITY_RESPOND is refused by the policy.
      const viewer = await call('airlinkViewer', RESPOND, { input: aFeasibleAnswer(request.id) });
      expect(viewer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(await snapshot()).toEqual(before);
      expect((await data('staffA', GET, { id: request.id })).feasibilityRequest).toMatchObject({
        status: 'OPEN',
        answer: null,
      });

      const answered = await respond(
        'airlink',
        aFeasibleAnswer(request.id, { otcCost: '12500', mrcCost: '2999.9' }),
      );
      expect(answered.errors).toEqual([]);
      expect(answered.feasibilityRequest).toMatchObject({
        id: request.id,
        status: 'ANSWERED',
        nextActions: [],
        answer: {
          feasible: true,
          otcCost: '12500.00',
          mrcCost: '2999.90',
          currency: 'INR',
          expectedDeliveryDays: 30,
          remarks: 'Fibre available in the building riser',
          answeredBy: users.airlink.userId,
        },
        history: [
          { fromStatus: null, toStatus: 'OPEN', changedBy: users.staffA.userId },
          {
            fromStatus: 'OPEN',
            toStatus: 'ANSWERED',
            changedBy: users.airlink.userId,
            comment: 'BSO answered: feasible, OTC 12500.00 INR, MRC 2999.90 INR, delivery in 30 days',
          },
        ],
      });
      // The branch sees the answer too.
      const seenByBranch = (await data('staffA', GET, { id: request.id })).feasibilityRequest as RequestView;
      expect(seenByBranch.answer).toEqual(answered.feasibilityRequest!.answer);

      await recorder.waitFor((messages) =>
        messages.some(
          (m) => m.key === request.id && JSON.parse(m.value).type === 'feasibility_request.answered',
        ),
      );
      const [message] = recorder.messages.filter(
        (m) => m.key === request.id && JSON.parse(m.value).type === 'feasibility_request.answered',
      );
      const event = JSON.parse(message.value);
      expect(event).toMatchObject({
        version: 1,
        source: 'feasibility',
        aggregateType: 'FeasibilityRequest',
        aggregateId: request.id,
        actor: { kind: 'PARTNER', id: users.airlink.userId },
      });
      expect(event.payload).toEqual({
        requestId: request.id,
        requestNo: request.requestNo,
        leadId: expect.any(String),
        cityId: pune,
        branchId: branchA.id,
        bsoId: airlink.id,
        feasible: true,
        otcCost: '12500.00',
        mrcCost: '2999.90',
        currency: 'INR',
        expectedDeliveryDays: 30,
        remarks: 'Fibre available in the building riser',
        answeredAt: answered.feasibilityRequest!.answer!.answeredAt,
        answeredBy: users.airlink.userId,
        bsoCode: 'AIRLINK',
        bsoName: 'AIRLINK Networks',
        // The requester is told; this branch has no technical staff in the copy.
        notify: [{ email: 'staff-a@oms.test', name: 'staff-a', role: 'SALES', kind: 'TO' }],
      });

      // A second answer is refused; the first stands and is published once.
      const afterFirst = await snapshot();
      const again = await respond('airlink', aNotFeasibleAnswer(request.id));
      expect(again.errors).toEqual([
        {
          code: 'INVALID_STATE',
          field: ['input', 'id'],
          message: `feasibility request ${request.requestNo} is ANSWERED: it no longer waits for an answer`,
        },
      ]);
      expect(await snapshot()).toEqual(afterFirst);
      expect(
        await db()
          .getRepository(OutboxEntity)
          .countBy({ messageKey: request.id, eventType: 'feasibility_request.answered' }),
      ).toBe(1);
    });

    it('records one answer when two race, and refuses the other', async () => {
      const request = await raise('staffB', inDelhi({ bsoId: skynet.id }));
      const results = await Promise.all([
        respond('skynet', aFeasibleAnswer(request.id)),
        respond('skynet', aNotFeasibleAnswer(request.id)),
      ]);
      expect(results.map((r) => (r.errors.length === 0 ? 'ok' : r.errors[0].code)).sort()).toEqual([
        'INVALID_STATE',
        'ok',
      ]);
      expect(await db().getRepository(BsoAnswerEntity).countBy({ requestId: request.id })).toBe(1);
      expect(
        await db().getRepository(FeasibilityRequestStatusChangeEntity).countBy({ requestId: request.id }),
      ).toBe(2);
    });

    it('refuses a malformed answer with typed errors', async () => {
      const request = await raise('staffA', inPune());
      const bad = await respond('airlink', {
        id: request.id,
        feasible: true,
        otcCost: '-5',
        remarks: 'x'.repeat(1001),
      });
      expect(bad.errors.map((e) => [e.code, e.field])).toEqual([
        ['VALIDATION_FAILED', ['input', 'otcCost']],
        ['VALIDATION_FAILED', ['input', 'remarks']],
        ['VALIDATION_FAILED', ['input', 'mrcCost']],
        ['VALIDATION_FAILED', ['input', 'expectedDeliveryDays']],
      ]);
      // Amounts travel as strings: a JSON number is refused by the Decimal scalar itself.
      const numeric = await call('airlink', RESPOND, {
        input: { ...aFeasibleAnswer(request.id), otcCost: 12500 },
      });
      expect(numeric.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect((await data('airlink', GET, { id: request.id })).feasibilityRequest.status).toBe('OPEN');
    });
  });
});
