import { randomUUID } from 'node:crypto';
import { leadCancelled } from '@oms/contracts';
import { OutboxEntity } from '@oms/messaging';
import type { RunningService } from '@oms/server';
import {
  FeasibilityBatchEntity,
  FeasibilityRequestEntity,
} from '../src/persistence/feasibility-request.entities';
import {
  aBranch,
  aBso,
  aCitySetting,
  aFeasibleAnswer,
  aSendInput,
  anEvent,
  partnerAccess,
  staffAccess,
  type SendInput,
} from './builders';
import { startFeasibility, type FeasibilityUnderTest } from './feasibility-under-test';
import { mastersFeed } from './masters-feed';

const REQUEST_FIELDS = `id requestNo status batchId bso { id } nextActions verdict`;
const SEND = `mutation($input: SendForFeasibilityInput!) {
  sendForFeasibility(input: $input) {
    clientMutationId batchId feasibilityRequests { ${REQUEST_FIELDS} } errors { code field message }
  }
}`;
const RESPOND = `mutation($input: RespondToFeasibilityRequestInput!) {
  respondToFeasibilityRequest(input: $input) { feasibilityRequest { id status } errors { code } }
}`;
const VERDICT = `mutation($input: RecordTechnicalFeasibilityInput!) {
  recordTechnicalFeasibility(input: $input) { feasibilityRequest { id status verdict } errors { code } }
}`;
const LEAD_REQUESTS = `query($r: [_Any!]!) {
  _entities(representations: $r) { ... on Lead { id feasibilityRequests { id bso { id } batchId } } }
}`;
const WITHDRAW = `mutation($input: WithdrawFeasibilityRequestInput!) {
  withdrawFeasibilityRequest(input: $input) {
    feasibilityRequest { id status nextActions history { fromStatus toStatus changedBy changedByName comment } }
    errors { code field message }
  }
}`;
const REQUEST = `query($id: ID!) {
  feasibilityRequest(id: $id) { id status history { fromStatus toStatus changedBy comment } }
}`;
const REQUEST_REMINDED = `query($id: ID!) { feasibilityRequest(id: $id) { id remindedAt } }`;
const LIST = `query($filter: FeasibilityRequestFilter) {
  feasibilityRequests(filter: $filter, first: 100) { edges { node { id status bso { id } } } totalCount }
}`;

interface RequestView {
  id: string;
  requestNo: string;
  status: string;
  batchId: string | null;
  bso: { id: string };
  nextActions: string[];
  verdict: string | null;
}
interface SendPayload {
  clientMutationId: string | null;
  batchId: string | null;
  feasibilityRequests: RequestView[] | null;
  errors: { code: string; field: string[] | null; message: string }[];
}

describe('sending for feasibility to several BSOs on MariaDB + Kafka', () => {
  let feasibility: FeasibilityUnderTest;
  let service: RunningService;

  // Pune is served by AIRLINK, SKYNET (To and Cc addresses) and FIBRA; RETIRED was deactivated; DELHINET
  // serves Delhi only. Branch A is in Pune.
  const [pune, delhi] = [randomUUID(), randomUUID()];
  const branchA = aBranch('PUNE_01', [pune]);
  const branchB = aBranch('DELHI_01', [delhi]);
  const airlink = aBso('AIRLINK', 'Airlink Networks');
  const skynet = aBso('SKYNET', 'Skynet Fibre');
  const fibra = aBso('FIBRA', 'Fibra Net');
  const retired = aBso('RETIRED');
  const delhinet = aBso('DELHINET');
  const skynetPune = aCitySetting(skynet, pune, 12);
  skynetPune.to = ['noc@skynet.example'];
  skynetPune.cc = ['sales@skynet.example', 'ops@skynet.example'];

  const users = {
    sales: staffAccess('sales-a', { branchIds: [branchA.id] }),
    salesB: staffAccess('sales-b', { branchIds: [branchB.id] }),
    tech: staffAccess('tech-a', {
      branchIds: [branchA.id],
      permissions: ['FEASIBILITY:VIEW', 'TECHNICAL_FEASIBILITY'],
    }),
    leadsOnly: staffAccess('leads-a', { branchIds: [branchA.id], permissions: ['LEADS:VIEW'] }),
    noView: staffAccess('no-view', { branchIds: [branchA.id], permissions: ['FEASIBILITY:CREATE'] }),
    airlink: partnerAccess('p-airlink', airlink.id),
    skynet: partnerAccess('p-skynet', skynet.id),
    fibra: partnerAccess('p-fibra', fibra.id),
  };
  type User = keyof typeof users;
  const data = (user: User, query: string, variables: Record<string, unknown> = {}) =>
    feasibility.data(users[user].userId, query, variables);
  const sendAs = async (user: User, input: SendInput): Promise<SendPayload> =>
    (await data(user, SEND, { input })).sendForFeasibility as SendPayload;
  const inPune = (overrides: Partial<SendInput> = {}) =>
    aSendInput({ cityId: pune, branchId: branchA.id, ...overrides });

  const db = () => service.db.manager;
  const written = async () => ({
    batches: await db().getRepository(FeasibilityBatchEntity).count(),
    requests: await db().getRepository(FeasibilityRequestEntity).count(),
    outbox: await db().getRepository(OutboxEntity).count(),
  });
  /** The `feasibility.requested` payload of each request, as read off the topic. */
  const requestedOf = async (requests: RequestView[]) => {
    await feasibility.recorder.waitFor(() =>
      requests.every((r) => feasibility.eventsOf(r.id, 'feasibility.requested').length > 0),
    );
    return requests.map((r) => feasibility.eventsOf(r.id, 'feasibility.requested')[0].payload);
  };

  beforeAll(async () => {
    feasibility = await startFeasibility(Object.values(users), [
      branchA.created(),
      branchB.created(),
      ...[airlink, skynet, fibra, retired, delhinet].map((bso) => bso.created()),
      aCitySetting(airlink, pune, 24).created(),
      skynetPune.created(),
      aCitySetting(fibra, pune, 48).created(),
      aCitySetting(retired, pune).created(),
      retired.deactivated(),
      aCitySetting(delhinet, delhi).created(),
    ]);
    ({ service } = feasibility);
  });

  afterAll(async () => {
    await feasibility?.stop();
  });

  it('sends to two picked BSOs in one batch; each request’s event carries its BSO and recipients', async () => {
    const input = inPune({ clientMutationId: 'send-two', bsoIds: [skynet.id, airlink.id] });
    const sent = await sendAs('sales', input);
    expect(sent.errors).toEqual([]);
    expect(sent.clientMutationId).toBe('send-two');
    const requests = sent.feasibilityRequests!;
    expect(requests.map((r) => [r.bso.id, r.status, r.batchId])).toEqual([
      [skynet.id, 'OPEN', sent.batchId],
      [airlink.id, 'OPEN', sent.batchId],
    ]);

    const payloads = await requestedOf(requests);
    expect(payloads.map((p) => [p.bsoId, p.bsoCode, p.bsoName, p.branchId, p.leadId, p.notify])).toEqual([
      [
        skynet.id,
        'SKYNET',
        'Skynet Fibre',
        branchA.id,
        input.leadId,
        [
          { email: 'noc@skynet.example', name: null, role: 'BSO', kind: 'TO' },
          { email: 'sales@skynet.example', name: null, role: 'BSO', kind: 'CC' },
          { email: 'ops@skynet.example', name: null, role: 'BSO', kind: 'CC' },
        ],
      ],
      [
        airlink.id,
        'AIRLINK',
        'Airlink Networks',
        branchA.id,
        input.leadId,
        [{ email: 'feasibility@bso.example', name: null, role: 'BSO', kind: 'TO' }],
      ],
    ]);
    // The answer-by time is each BSO's own TAT for Pune.
    const [skynetDue, airlinkDue] = payloads.map(
      (p) => Date.parse(p.answerDueAt as string) - Date.parse(p.createdAt as string),
    );
    expect([skynetDue, airlinkDue]).toEqual([12 * 3_600_000, 24 * 3_600_000]);

    // The batch lists together; the repeated key answers with the same send and writes nothing.
    const listed = (await data('sales', LIST, { filter: { batchId: sent.batchId } })).feasibilityRequests;
    expect(listed.totalCount).toBe(2);
    const before = await written();
    expect(await sendAs('sales', input)).toEqual(sent);
    expect(await written()).toEqual(before);
  });

  it('sends to every active BSO serving the city when none is picked', async () => {
    const sent = await sendAs('sales', inPune());
    expect(sent.errors).toEqual([]);
    expect(sent.feasibilityRequests!.map((r) => r.bso.id)).toEqual([airlink.id, fibra.id, skynet.id]);
    expect((await requestedOf(sent.feasibilityRequests!)).map((p) => p.bsoCode)).toEqual([
      'AIRLINK',
      'FIBRA',
      'SKYNET',
    ]);
  });

  it('refuses an unknown or unusable BSO on its index, another branch or an unserved city: nothing written', async () => {
    const before = await written();
    const refused = await sendAs('sales', inPune({ bsoIds: [airlink.id, randomUUID(), retired.id] }));
    expect(refused.feasibilityRequests).toBeNull();
    expect(refused.batchId).toBeNull();
    expect(refused.errors.map((e) => [e.code, e.field])).toEqual([
      ['REFERENCE_NOT_FOUND', ['input', 'bsoIds', '1']],
      ['REFERENCE_INACTIVE', ['input', 'bsoIds', '2']],
    ]);
    expect((await sendAs('salesB', inPune())).errors.map((e) => e.code)).toEqual(['FORBIDDEN']);
    expect(
      (await sendAs('sales', inPune({ cityId: randomUUID() }))).errors.map((e) => [e.code, e.field]),
    ).toEqual([['NO_BSO_SERVES_CITY', ['input', 'cityId']]]);
    // A partner may not send, even holding FEASIBILITY:VIEW: the policy refuses it.
    const partner = await feasibility.call(users.airlink.userId, SEND, { input: inPune() });
    expect(partner.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await written()).toEqual(before);
  });

  it('lets each BSO answer its own request and the technical team decide one BSO, publishing the conclusion', async () => {
    const sent = await sendAs('sales', inPune({ bsoIds: [airlink.id, skynet.id] }));
    const [forAirlink, forSkynet] = sent.feasibilityRequests!;
    // A partner sees and answers only its own BSO's request of the batch.
    const seenBySkynet = (await data('skynet', LIST, { filter: { batchId: sent.batchId } }))
      .feasibilityRequests;
    expect(seenBySkynet.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([forSkynet.id]);
    const wrongBso = (await data('skynet', RESPOND, { input: aFeasibleAnswer(forAirlink.id) }))
      .respondToFeasibilityRequest;
    expect(wrongBso.errors).toEqual([{ code: 'FORBIDDEN' }]);
    for (const [user, request] of [
      ['airlink', forAirlink],
      ['skynet', forSkynet],
    ] as const) {
      const answered = (await data(user, RESPOND, { input: aFeasibleAnswer(request.id) }))
        .respondToFeasibilityRequest;
      expect(answered.errors).toEqual([]);
    }

    const decided = (
      await data('tech', VERDICT, { input: { id: forSkynet.id, verdict: 'FEASIBLE', remarks: 'Best MRC' } })
    ).recordTechnicalFeasibility;
    expect(decided).toEqual({
      feasibilityRequest: { id: forSkynet.id, status: 'FEASIBLE', verdict: 'FEASIBLE' },
      errors: [],
    });
    await feasibility.recorder.waitFor(
      () => feasibility.eventsOf(forSkynet.id, 'feasibility_request.concluded').length > 0,
    );
    expect(feasibility.eventsOf(forSkynet.id, 'feasibility_request.concluded')[0].payload).toMatchObject({
      bsoId: skynet.id,
      verdict: 'FEASIBLE',
      notify: [{ email: 'sales-a@oms.test', role: 'SALES', kind: 'TO' }],
    });
    // The other BSO's request still waits for its own verdict.
    const statuses = (
      await data('tech', LIST, { filter: { batchId: sent.batchId } })
    ).feasibilityRequests.edges
      .map((e: { node: { bso: { id: string }; status: string } }) => [e.node.bso.id, e.node.status])
      .sort();
    expect(statuses).toEqual(
      [
        [airlink.id, 'ANSWERED'],
        [skynet.id, 'FEASIBLE'],
      ].sort(),
    );
    expect(feasibility.eventsOf(forAirlink.id, 'feasibility_request.concluded')).toEqual([]);
  });

  it('shows a lead’s requests across BSOs on the Lead entity, within each caller’s reach', async () => {
    const input = inPune({ bsoIds: [airlink.id, skynet.id, fibra.id] });
    const sent = await sendAs('sales', input);
    const ids = sent.feasibilityRequests!.map((r) => r.id);
    const otherInput = inPune({ bsoIds: [airlink.id] });
    const [otherRequest] = (await sendAs('sales', otherInput)).feasibilityRequests!;
    const leadRequests = async (user: User, leadIds = [input.leadId]) =>
      (
        (
          await data(user, LEAD_REQUESTS, {
            r: leadIds.map((id) => ({ __typename: 'Lead', id })),
          })
        )._entities as { id: string; feasibilityRequests: { id: string; batchId: string }[] }[]
      ).map((lead) => lead.feasibilityRequests.map((r) => r.id).sort());

    // Each lead shows its own requests (all three BSOs' for the first; none for a lead without any), for
    // staff of the branch and for those who may view leads.
    expect(await leadRequests('sales', [input.leadId, otherInput.leadId, randomUUID()])).toEqual([
      [...ids].sort(),
      [otherRequest.id],
      [],
    ]);
    expect(await leadRequests('leadsOnly')).toEqual([[...ids].sort()]);
    // A partner sees its own BSO's request only; staff of another branch see none.
    expect(await leadRequests('skynet')).toEqual([[ids[1]]]);
    expect(await leadRequests('salesB')).toEqual([[]]);
    // Neither LEADS:VIEW nor FEASIBILITY:VIEW: refused.
    const refused = await feasibility.call(users.noView.userId, LEAD_REQUESTS, {
      r: [{ __typename: 'Lead', id: input.leadId }],
    });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('withdraws the BSOs not chosen, telling each BSO, once and only before a verdict', async () => {
    const sent = await sendAs('sales', inPune({ bsoIds: [airlink.id, skynet.id, fibra.id] }));
    const [forAirlink, forSkynet, forFibra] = sent.feasibilityRequests!;
    for (const [user, request] of [
      ['airlink', forAirlink],
      ['skynet', forSkynet],
    ] as const)
      expect(
        (await data(user, RESPOND, { input: aFeasibleAnswer(request.id) })).respondToFeasibilityRequest
          .errors,
      ).toEqual([]);
    await data('tech', VERDICT, { input: { id: forSkynet.id, verdict: 'FEASIBLE', remarks: 'Chosen' } });
    const withdraw = async (user: User, input: Record<string, unknown>) =>
      (await data(user, WITHDRAW, { input })).withdrawFeasibilityRequest as {
        feasibilityRequest: {
          status: string;
          nextActions: string[];
          history: Record<string, unknown>[];
        } | null;
        errors: { code: string; field: string[] }[];
      };
    const codesOf = async (user: User, input: Record<string, unknown>) =>
      (await withdraw(user, input)).errors.map((e) => [e.code, e.field]);

    // Refusals first: none writes anything or publishes.
    const before = await written();
    expect(await codesOf('salesB', { id: forAirlink.id, reason: 'x' })).toEqual([
      ['FORBIDDEN', ['input', 'id']],
    ]);
    expect(await codesOf('sales', { id: forSkynet.id, reason: 'x' })).toEqual([
      ['INVALID_STATE', ['input', 'id']],
    ]);
    expect(await codesOf('sales', { id: forAirlink.id, reason: ' ' })).toEqual([
      ['VALIDATION_FAILED', ['input', 'reason']],
    ]);
    const partner = await feasibility.call(users.airlink.userId, WITHDRAW, {
      input: { id: forAirlink.id, reason: 'x' },
    });
    expect(partner.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await written()).toEqual(before);

    // The answered and the open request of the BSOs not chosen are withdrawn.
    const withdrawn = await withdraw('sales', { id: forAirlink.id, reason: 'SKYNET was chosen' });
    expect(withdrawn.errors).toEqual([]);
    expect(withdrawn.feasibilityRequest!.status).toBe('CANCELLED');
    expect(withdrawn.feasibilityRequest!.nextActions).toEqual([]);
    expect(withdrawn.feasibilityRequest!.history.at(-1)).toEqual({
      fromStatus: 'ANSWERED',
      toStatus: 'CANCELLED',
      changedBy: users.sales.userId,
      // The name as feasibility's access copy holds it (the test builder names each user by its id).
      changedByName: users.sales.name,
      comment: 'Withdrawn: SKYNET was chosen',
    });
    expect((await withdraw('sales', { id: forFibra.id, reason: 'SKYNET was chosen' })).errors).toEqual([]);
    await feasibility.recorder.waitFor(() =>
      [forAirlink, forFibra].every(
        (r) => feasibility.eventsOf(r.id, 'feasibility_request.withdrawn').length > 0,
      ),
    );
    expect(feasibility.eventsOf(forAirlink.id, 'feasibility_request.withdrawn')[0].payload).toMatchObject({
      bsoId: airlink.id,
      branchId: branchA.id,
      fromStatus: 'ANSWERED',
      reason: 'SKYNET was chosen',
      withdrawnBy: users.sales.userId,
      notify: [{ email: 'feasibility@bso.example', name: null, role: 'BSO', kind: 'TO' }],
    });
    expect(feasibility.eventsOf(forFibra.id, 'feasibility_request.withdrawn')[0].payload).toMatchObject({
      fromStatus: 'OPEN',
    });

    // Once withdrawn, it is neither withdrawn again, answered nor decided.
    const afterWithdrawals = await written();
    expect(await codesOf('sales', { id: forAirlink.id, reason: 'again' })).toEqual([
      ['INVALID_STATE', ['input', 'id']],
    ]);
    expect(
      (await data('tech', VERDICT, { input: { id: forAirlink.id, verdict: 'FEASIBLE', remarks: 'late' } }))
        .recordTechnicalFeasibility.errors,
    ).toEqual([{ code: 'INVALID_STATE' }]);
    expect(
      (await data('fibra', RESPOND, { input: aFeasibleAnswer(forFibra.id) })).respondToFeasibilityRequest
        .errors,
    ).toEqual([{ code: 'INVALID_STATE' }]);
    expect(await written()).toEqual(afterWithdrawals);
  });

  it('withdraws the waiting requests of a lead orders cancelled, telling each BSO, once', async () => {
    const input = inPune({ bsoIds: [airlink.id, skynet.id, fibra.id] });
    const [forAirlink, forSkynet, forFibra] = (await sendAs('sales', input)).feasibilityRequests!;
    expect(
      (await data('airlink', RESPOND, { input: aFeasibleAnswer(forAirlink.id) })).respondToFeasibilityRequest
        .errors,
    ).toEqual([]);
    expect(
      (await data('skynet', RESPOND, { input: aFeasibleAnswer(forSkynet.id) })).respondToFeasibilityRequest
        .errors,
    ).toEqual([]);
    await data('tech', VERDICT, { input: { id: forSkynet.id, verdict: 'FEASIBLE', remarks: 'Chosen' } });

    // Orders publishes the cancellation, caused by the salesperson who cancelled the lead.
    const orders = await mastersFeed(feasibility.underTest, 'orders');
    const cancelled = anEvent(
      leadCancelled,
      input.leadId,
      {
        leadId: input.leadId,
        leadNo: 'LEAD-2026-000042',
        customerName: 'Acme Networks',
        cityId: pune,
        branchId: branchA.id,
        reason: 'customer went elsewhere',
        cancelledAt: new Date().toISOString(),
        cancelledBy: users.sales.userId,
      },
      users.sales.userId,
    );
    try {
      await orders.deliver(cancelled);
      const statusOf = async (id: string) =>
        (await data('sales', REQUEST, { id })).feasibilityRequest as {
          status: string;
          history: Record<string, unknown>[];
        };
      // The answered and the open request are withdrawn; the one with a verdict stays as it was.
      for (const request of [forAirlink, forFibra]) {
        const seen = await statusOf(request.id);
        expect(seen.status).toBe('CANCELLED');
        expect(seen.history.at(-1)).toMatchObject({
          toStatus: 'CANCELLED',
          changedBy: users.sales.userId,
          comment: 'Withdrawn: lead LEAD-2026-000042 was cancelled: customer went elsewhere',
        });
      }
      expect((await statusOf(forSkynet.id)).status).toBe('FEASIBLE');
      await feasibility.recorder.waitFor(() =>
        [forAirlink, forFibra].every(
          (r) => feasibility.eventsOf(r.id, 'feasibility_request.withdrawn').length > 0,
        ),
      );
      expect(feasibility.eventsOf(forFibra.id, 'feasibility_request.withdrawn')[0].payload).toMatchObject({
        bsoId: fibra.id,
        fromStatus: 'OPEN',
        withdrawnBy: users.sales.userId,
        notify: [expect.objectContaining({ role: 'BSO' })],
      });

      // Delivered again, or a second cancellation of the same lead: nothing more is written or published.
      const settled = await written();
      await orders.deliver({ ...cancelled, id: randomUUID() });
      expect(await written()).toEqual(settled);
      expect(feasibility.eventsOf(forSkynet.id, 'feasibility_request.withdrawn')).toEqual([]);
    } finally {
      await orders.stop();
    }
  });

  it('shows which BSOs are late with their answer: in the graph, in a filter and in the metrics', async () => {
    const sent = await sendAs('sales', inPune({ bsoIds: [airlink.id, skynet.id] }));
    const [forAirlink, forSkynet] = sent.feasibilityRequests!;
    // AIRLINK's TAT runs out (its due time moved into the past, as time passing would).
    await db().query('UPDATE feasibility_request SET answer_due_at = ? WHERE id = ?', [
      new Date(Date.now() - 60_000),
      forAirlink.id,
    ]);
    const LATE = `query($filter: FeasibilityRequestFilter) {
      feasibilityRequests(filter: $filter, first: 100) { edges { node { id answerOverdue } } }
    }`;
    const late = (await data('sales', LATE, { filter: { answerOverdue: true } })).feasibilityRequests.edges;
    expect(late).toEqual([{ node: { id: forAirlink.id, answerOverdue: true } }]);
    const inTime = (await data('sales', LATE, { filter: { answerOverdue: false, batchId: sent.batchId } }))
      .feasibilityRequests.edges;
    expect(inTime).toEqual([{ node: { id: forSkynet.id, answerOverdue: false } }]);
    // The BSO sees it is late too; another BSO does not see the request at all.
    expect(
      (await data('airlink', LATE, { filter: { answerOverdue: true } })).feasibilityRequests.edges,
    ).toEqual([{ node: { id: forAirlink.id, answerOverdue: true } }]);
    expect(
      (await data('skynet', LATE, { filter: { answerOverdue: true } })).feasibilityRequests.edges,
    ).toEqual([]);

    const metrics = await (await fetch(new URL('/metrics', service.url))).text();
    expect(metrics).toMatch(/^oms_feasibility_answers_overdue\{bso="AIRLINK",service="feasibility"\} 1$/m);
    expect(metrics).not.toMatch(/^oms_feasibility_answers_overdue\{bso="SKYNET"/m);

    // The late BSO is reminded once (the sweep does this every minute; an administrator can run it now).
    const REMIND = `mutation { remindLateFeasibilityAnswers { reminded } }`;
    const refused = await feasibility.call(users.sales.userId, REMIND);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await feasibility.data(null, REMIND)).remindLateFeasibilityAnswers).toEqual({ reminded: 1 });
    expect((await feasibility.data(null, REMIND)).remindLateFeasibilityAnswers).toEqual({ reminded: 0 });
    await feasibility.recorder.waitFor(
      () => feasibility.eventsOf(forAirlink.id, 'feasibility_request.reminded').length > 0,
    );
    expect(feasibility.eventsOf(forAirlink.id, 'feasibility_request.reminded')).toHaveLength(1);
    expect(feasibility.eventsOf(forAirlink.id, 'feasibility_request.reminded')[0].payload).toMatchObject({
      bsoId: airlink.id,
      bsoCode: 'AIRLINK',
      notify: expect.arrayContaining([expect.objectContaining({ role: 'BSO', kind: 'TO' })]),
    });
    expect(feasibility.eventsOf(forSkynet.id, 'feasibility_request.reminded')).toEqual([]);
    const { feasibilityRequest: seen } = await data('sales', REQUEST_REMINDED, { id: forAirlink.id });
    expect(seen.remindedAt).toEqual(expect.any(String));
    expect(await (await fetch(new URL('/metrics', service.url))).text()).toMatch(
      /^oms_feasibility_reminders_total\{service="feasibility"\} 1$/m,
    );

    // Once it answers, it is no longer late.
    expect(
      (await data('airlink', RESPOND, { input: aFeasibleAnswer(forAirlink.id) })).respondToFeasibilityRequest
        .errors,
    ).toEqual([]);
    expect(
      (await data('sales', LATE, { filter: { answerOverdue: true } })).feasibilityRequests.edges,
    ).toEqual([]);
  });
});
