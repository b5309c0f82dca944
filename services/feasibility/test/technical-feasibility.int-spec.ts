import { randomUUID } from 'node:crypto';
import { OutboxEntity } from '@oms/messaging';
import type { RunningService } from '@oms/server';
import {
  FeasibilityRequestEntity,
  FeasibilityRequestStatusChangeEntity,
} from '../src/persistence/feasibility-request.entities';
import {
  aBranch,
  aBso,
  aCitySetting,
  aFeasibilityRequestInput,
  aFeasibleAnswer,
  aNotFeasibleAnswer,
  partnerAccess,
  staffAccess,
} from './builders';
import { startFeasibility, type FeasibilityUnderTest } from './feasibility-under-test';

const REQUEST_FIELDS = `id requestNo status nextActions verdict verdictRemarks decidedAt decidedBy
  history { fromStatus toStatus changedBy comment }`;
const CREATE = `mutation($input: CreateFeasibilityRequestInput!) {
  createFeasibilityRequest(input: $input) { feasibilityRequest { ${REQUEST_FIELDS} } errors { code field message } }
}`;
const RESPOND = `mutation($input: RespondToFeasibilityRequestInput!) {
  respondToFeasibilityRequest(input: $input) { feasibilityRequest { id status } errors { code field message } }
}`;
const VERDICT = `mutation($input: RecordTechnicalFeasibilityInput!) {
  recordTechnicalFeasibility(input: $input) { feasibilityRequest { ${REQUEST_FIELDS} } errors { code field message } }
}`;
const GET = `query($id: ID!) { feasibilityRequest(id: $id) { ${REQUEST_FIELDS} } }`;

interface RequestView {
  id: string;
  requestNo: string;
  status: string;
  nextActions: string[];
  verdict: string | null;
  verdictRemarks: string | null;
  decidedAt: string | null;
  decidedBy: string | null;
  history: { fromStatus: string | null; toStatus: string; changedBy: string; comment: string | null }[];
}
interface Payload {
  feasibilityRequest: RequestView | null;
  errors: { code: string; field: string[] | null; message: string }[];
}

describe('technical feasibility on MariaDB + Kafka: the verdict on one BSO’s answer', () => {
  let feasibility: FeasibilityUnderTest;
  let service: RunningService;

  const [pune, delhi] = [randomUUID(), randomUUID()];
  const branchA = aBranch('PUNE_01', [pune]);
  const branchB = aBranch('DELHI_01', [delhi]);
  const airlink = aBso('AIRLINK', 'Airlink Networks');
  const skynet = aBso('SKYNET', 'Skynet Fibre');

  const users = {
    sales: staffAccess('sales-a', { branchIds: [branchA.id] }),
    tech: staffAccess('tech-a', {
      branchIds: [branchA.id],
      permissions: ['FEASIBILITY:VIEW', 'TECHNICAL_FEASIBILITY'],
    }),
    techB: staffAccess('tech-b', {
      branchIds: [branchB.id],
      permissions: ['FEASIBILITY:VIEW', 'TECHNICAL_FEASIBILITY'],
    }),
    airlink: partnerAccess('p-airlink', airlink.id),
    airlinkTech: partnerAccess('p-airlink-tech', airlink.id, ['FEASIBILITY:VIEW', 'TECHNICAL_FEASIBILITY']),
    skynet: partnerAccess('p-skynet', skynet.id),
  };
  type User = keyof typeof users | 'admin';
  const idOf = (user: User) => (user === 'admin' ? null : users[user].userId);
  const call = (user: User, query: string, variables: Record<string, unknown>) =>
    feasibility.call(idOf(user), query, variables);
  const data = (user: User, query: string, variables: Record<string, unknown> = {}) =>
    feasibility.data(idOf(user), query, variables);
  const decide = async (user: User, input: Record<string, unknown>): Promise<Payload> =>
    (await data(user, VERDICT, { input })).recordTechnicalFeasibility as Payload;

  const db = () => service.db.manager;
  const written = async () => ({
    history: await db().getRepository(FeasibilityRequestStatusChangeEntity).count(),
    outbox: await db().getRepository(OutboxEntity).count(),
    decided: await db()
      .getRepository(FeasibilityRequestEntity)
      .createQueryBuilder('r')
      .where('r.decidedAt IS NOT NULL')
      .getCount(),
  });
  const concludedEvents = (requestId: string) =>
    feasibility.eventsOf(requestId, 'feasibility_request.concluded');

  /** A Pune request of branch A assigned to `bso`, raised by sales and, when `answer`, answered by the BSO. */
  const answeredRequest = async (bso = airlink, answer: 'feasible' | 'not feasible' | null = 'feasible') => {
    const input = aFeasibilityRequestInput({ cityId: pune, branchId: branchA.id, bsoId: bso.id });
    const created = (await data('sales', CREATE, { input })).createFeasibilityRequest as Payload;
    expect(created.errors).toEqual([]);
    const request = created.feasibilityRequest!;
    if (answer) {
      const partner = bso === airlink ? 'airlink' : 'skynet';
      const reply = answer === 'feasible' ? aFeasibleAnswer(request.id) : aNotFeasibleAnswer(request.id);
      const answered = (await data(partner, RESPOND, { input: reply })).respondToFeasibilityRequest;
      expect(answered.errors).toEqual([]);
    }
    return request;
  };

  beforeAll(async () => {
    feasibility = await startFeasibility(Object.values(users), [
      branchA.created(),
      branchB.created(),
      airlink.created(),
      skynet.created(),
      aCitySetting(airlink, pune, 24).created(),
      aCitySetting(skynet, pune, 12).created(),
    ]);
    ({ service } = feasibility);
  });

  afterAll(async () => {
    await feasibility?.stop();
  });

  it('records FEASIBLE on an answered request, in its history, and publishes feasibility_request.concluded', async () => {
    const request = await answeredRequest();
    expect(
      ((await data('tech', GET, { id: request.id })).feasibilityRequest as RequestView).nextActions,
    ).toEqual(['RECORD_VERDICT']);
    expect(
      ((await data('sales', GET, { id: request.id })).feasibilityRequest as RequestView).nextActions,
    ).toEqual(['WITHDRAW']);

    const decided = await decide('tech', {
      id: request.id,
      verdict: 'FEASIBLE',
      remarks: '  Fibre on the pole, splice ready  ',
    });
    expect(decided.errors).toEqual([]);
    expect(decided.feasibilityRequest).toMatchObject({
      status: 'FEASIBLE',
      verdict: 'FEASIBLE',
      verdictRemarks: 'Fibre on the pole, splice ready',
      decidedBy: users.tech.userId,
      nextActions: [],
    });
    const decidedAt = decided.feasibilityRequest!.decidedAt!;
    expect(decided.feasibilityRequest!.history.map((h) => [h.fromStatus, h.toStatus, h.changedBy])).toEqual([
      [null, 'OPEN', users.sales.userId],
      ['OPEN', 'ANSWERED', users.airlink.userId],
      ['ANSWERED', 'FEASIBLE', users.tech.userId],
    ]);
    expect(decided.feasibilityRequest!.history[2].comment).toBe(
      'Technical verdict: feasible. Fibre on the pole, splice ready',
    );
    // The read side shows what the mutation answered.
    expect((await data('tech', GET, { id: request.id })).feasibilityRequest).toEqual(
      decided.feasibilityRequest,
    );

    await feasibility.recorder.waitFor(() => concludedEvents(request.id).length > 0);
    const [event] = concludedEvents(request.id);
    expect(event).toMatchObject({
      type: 'feasibility_request.concluded',
      source: 'feasibility',
      aggregateId: request.id,
      actor: { id: users.tech.userId },
    });
    expect(event.payload).toEqual({
      requestId: request.id,
      requestNo: request.requestNo,
      leadId: expect.any(String),
      cityId: pune,
      branchId: branchA.id,
      bsoId: airlink.id,
      verdict: 'FEASIBLE',
      otcCost: '12500.00',
      mrcCost: '3000.50',
      currency: 'INR',
      expectedDeliveryDays: 30,
      remarks: 'Fibre on the pole, splice ready',
      decidedAt,
      decidedBy: users.tech.userId,
      // The requester, as this service's copy of users' access knows them.
      notify: [{ email: 'sales-a@oms.test', name: 'sales-a', role: 'SALES', kind: 'TO' }],
    });
  });

  it('records NOT_FEASIBLE on another BSO’s answer to the same lead’s check, independently', async () => {
    const request = await answeredRequest(skynet, 'not feasible');
    const decided = await decide('tech', {
      id: request.id,
      verdict: 'NOT_FEASIBLE',
      remarks: 'No right of way',
    });
    expect(decided.errors).toEqual([]);
    expect(decided.feasibilityRequest!.status).toBe('NOT_FEASIBLE');
    await feasibility.recorder.waitFor(() => concludedEvents(request.id).length > 0);
    expect(concludedEvents(request.id)[0].payload).toMatchObject({
      bsoId: skynet.id,
      verdict: 'NOT_FEASIBLE',
      otcCost: null,
      mrcCost: null,
      expectedDeliveryDays: null,
      remarks: 'No right of way',
    });
  });

  it('refuses a verdict by a partner, out of scope, before the answer, twice or malformed: nothing written, no event', async () => {
    const open = await answeredRequest(airlink, null);
    const answered = await answeredRequest();
    const before = await written();
    const refusal = async (user: User, input: Record<string, unknown>) => {
      const payload = await decide(user, input);
      expect(payload.feasibilityRequest).toBeNull();
      return payload.errors.map((e) => [e.code, e.field]);
    };
    const verdict = { id: answered.id, verdict: 'FEASIBLE', remarks: 'ok' };

    // Even holding the right, a BSO's partner never decides; nor does technical staff of another branch.
    expect(await refusal('airlinkTech', verdict)).toEqual([['FORBIDDEN', ['input', 'id']]]);
    expect(await refusal('techB', verdict)).toEqual([['FORBIDDEN', ['input', 'id']]]);
    // Without the right, the policy refuses before the use case runs.
    const unauthorised = await call('sales', VERDICT, { input: verdict });
    expect(unauthorised.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await refusal('tech', { ...verdict, id: open.id })).toEqual([['INVALID_STATE', ['input', 'id']]]);
    expect(await refusal('tech', { ...verdict, id: randomUUID() })).toEqual([['NOT_FOUND', ['input', 'id']]]);
    expect(await refusal('tech', { ...verdict, remarks: '   ' })).toEqual([
      ['VALIDATION_FAILED', ['input', 'remarks']],
    ]);
    expect(await refusal('tech', { ...verdict, id: 'nope', remarks: 'x'.repeat(501) })).toEqual([
      ['VALIDATION_FAILED', ['input', 'id']],
      ['VALIDATION_FAILED', ['input', 'remarks']],
    ]);
    expect(await written()).toEqual(before);

    // The first verdict stands; a second one is refused and publishes nothing more.
    expect((await decide('tech', verdict)).errors).toEqual([]);
    const afterFirst = await written();
    expect(await refusal('tech', { ...verdict, verdict: 'NOT_FEASIBLE' })).toEqual([
      ['INVALID_STATE', ['input', 'id']],
    ]);
    expect(await written()).toEqual(afterFirst);
    expect(
      await db()
        .getRepository(OutboxEntity)
        .countBy({ messageKey: answered.id, eventType: 'feasibility_request.concluded' }),
    ).toBe(1);
    expect(((await data('tech', GET, { id: answered.id })).feasibilityRequest as RequestView).verdict).toBe(
      'FEASIBLE',
    );
  });

  it('gives one verdict when two race, and refuses the other', async () => {
    const request = await answeredRequest();
    const results = await Promise.all([
      decide('tech', { id: request.id, verdict: 'FEASIBLE', remarks: 'first' }),
      decide('admin', { id: request.id, verdict: 'NOT_FEASIBLE', remarks: 'second' }),
    ]);
    expect(results.map((r) => (r.errors.length === 0 ? 'ok' : r.errors[0].code)).sort()).toEqual([
      'INVALID_STATE',
      'ok',
    ]);
    expect(
      await db().getRepository(FeasibilityRequestStatusChangeEntity).countBy({ requestId: request.id }),
    ).toBe(3);
    expect(
      await db()
        .getRepository(OutboxEntity)
        .countBy({ messageKey: request.id, eventType: 'feasibility_request.concluded' }),
    ).toBe(1);
  });
});
