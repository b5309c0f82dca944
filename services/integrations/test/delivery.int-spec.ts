import type { Producer } from 'kafkajs';
import type { EventEnvelope } from '@oms/contracts';
import type { RunningService } from '@oms/server';
import {
  gql,
  gqlData,
  proofHeaders,
  seedAccess,
  staffAccess,
  startHttpReceiver,
  startServiceUnderTest,
  startSmtpReceiver,
  testKafka,
  uniqueSuffix,
  waitUntil,
  type HttpReceiver,
  type ServiceUnderTest,
  type SmtpReceiver,
} from '@oms/testkit';
import { createIntegrationsService, loadIntegrationsSettings, verifySignature } from '../src/service';
import { MailMessageEntity, BsoMailSettingEntity } from '../src/persistence/mail.entities';
import { SyncRecordEntity } from '../src/persistence/sync-record.entities';
import {
  aBsoMailSettingSaved,
  aFeasibilityRequestAnswered,
  aFeasibilityRequestReminded,
  aFeasibilityRequestWithdrawn,
  aFeasibilityRequested,
  anApprovalLevelOpened,
  anOrderActivated,
  anOrderStateChanged,
} from './envelopes';

const SECRETS = {
  BMS: 'bms-secret-0123456789',
  LMS: 'lms-secret-0123456789',
  HELPDESK: 'hd-secret-0123456789',
};

const ORDER_SYNC = `query($reps: [_Any!]!) {
  _entities(representations: $reps) {
    ... on Order {
      id
      syncJobs { id system status attemptCount lastError payload attempts { attempt outcome statusCode } }
      mails { id template status to { email } subject hasWelcomeLetter }
    }
  }
}`;

interface Job {
  id: string;
  system: string;
  status: string;
  attemptCount: number;
  lastError: string | null;
  payload: string;
  attempts: { attempt: number; outcome: string; statusCode: number | null }[];
}

/** A PDF's structure holds: header, trailer, and a startxref offset that points at the xref table. */
function parsesAsPdf(pdf: Buffer): boolean {
  const text = pdf.toString('latin1');
  const startxref = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(text);
  return (
    text.startsWith('%PDF-') &&
    !!startxref &&
    text.slice(Number(startxref[1]), Number(startxref[1]) + 4) === 'xref' &&
    /\/Type\s*\/Catalog/.test(text)
  );
}

describe('integrations delivers mail and sync jobs (MariaDB + Kafka + real SMTP and HTTP receivers)', () => {
  const suffix = `.${uniqueSuffix()}`;
  let smtp: SmtpReceiver;
  const receivers: Record<'BMS' | 'LMS' | 'HELPDESK', HttpReceiver> = {} as never;
  let underTest: ServiceUnderTest;
  let service: RunningService;
  let producer: Producer;

  const deliver = (service: 'orders' | 'approvals' | 'feasibility' | 'masters', event: EventEnvelope) =>
    producer.send({
      topic: `oms.${service}.v1${suffix}`,
      acks: -1,
      messages: [{ key: event.aggregateId, value: JSON.stringify(event) }],
    });
  const jobsOf = async (orderId: string): Promise<Job[]> => {
    const { _entities } = await gqlData<{ _entities: { syncJobs: Job[] }[] }>(service.url, ORDER_SYNC, {
      reps: [{ __typename: 'Order', id: orderId }],
    });
    return _entities[0].syncJobs;
  };
  /** True once all three jobs of the order exist and are DELIVERED. */
  const allDelivered = async (orderId: string) => {
    const jobs = await jobsOf(orderId);
    return jobs.length === 3 && jobs.every((j) => j.status === 'DELIVERED');
  };
  /** The mail log row of an event once its sender has recorded it SENT (it waits for that). */
  const sentRow = async (eventId: string) => {
    const row = () => service.db.read((em) => em.getRepository(MailMessageEntity).findOneBy({ eventId }));
    await waitUntil(async () => (await row())?.status === 'SENT');
    return (await row())!;
  };
  const requestsFor = (system: keyof typeof receivers, orderNo: string) =>
    receivers[system].requests.filter((r) => r.body.includes(orderNo));

  beforeAll(async () => {
    smtp = await startSmtpReceiver();
    for (const system of ['BMS', 'LMS', 'HELPDESK'] as const) receivers[system] = await startHttpReceiver();
    const settings = loadIntegrationsSettings({
      SMTP_URL: smtp.url,
      MAIL_FROM: 'OMS <no-reply@oms.example>',
      BMS_URL: `${receivers.BMS.url}/bms/events`,
      LMS_URL: `${receivers.LMS.url}/lms/events`,
      HELPDESK_URL: `${receivers.HELPDESK.url}/helpdesk/events`,
      BMS_HMAC_SECRET: SECRETS.BMS,
      LMS_HMAC_SECRET: SECRETS.LMS,
      HELPDESK_HMAC_SECRET: SECRETS.HELPDESK,
      SYNC_MAX_ATTEMPTS: '3',
      SYNC_RETRY_BASE_MS: '50',
      SYNC_RETRY_MAX_MS: '200',
      MAIL_RETRY_BASE_MS: '50',
      DELIVERY_POLL_MS: '50',
    });
    underTest = await startServiceUnderTest(createIntegrationsService(settings), { suffix, record: [] });
    service = underTest.service;
    producer = testKafka().producer({ allowAutoTopicCreation: false });
    await producer.connect();
  });

  afterAll(async () => {
    await producer?.disconnect();
    await underTest?.stop();
    await smtp?.stop();
    await Promise.all(Object.values(receivers).map((r) => r?.stop()));
  });

  it('posts one signed call to each of BMS, LMS and the Helpdesk and mails the welcome letter PDF, once', async () => {
    const event = anOrderActivated({ customerName: 'Acme <Ltd>' });
    const { orderId, orderNo, customer, leadId } = event.payload;
    await deliver('orders', event);

    await waitUntil(() =>
      (['BMS', 'LMS', 'HELPDESK'] as const).every((s) => requestsFor(s, orderNo).length === 1),
    );
    await waitUntil(() => smtp.to(customer.email!).length === 1);
    await waitUntil(() => allDelivered(orderId));
    const jobs = await jobsOf(orderId);
    expect(jobs.map((j) => j.system).sort()).toEqual(['BMS', 'HELPDESK', 'LMS']);

    for (const system of ['BMS', 'LMS', 'HELPDESK'] as const) {
      const [request] = requestsFor(system, orderNo);
      const job = jobs.find((j) => j.system === system)!;
      expect(request.method).toBe('POST');
      expect(request.path).toBe(`/${system.toLowerCase()}/events`);
      expect(request.headers['content-type']).toBe('application/json');
      expect(
        verifySignature(SECRETS[system], request.body, request.headers['x-oms-signature'] as string),
      ).toBe(true);
      expect(
        verifySignature('another-secret-000000', request.body, request.headers['x-oms-signature'] as string),
      ).toBe(false);
      expect(request.headers['idempotency-key']).toBe(job.id);
      expect(request.body).toBe(job.payload);
      expect(job.attempts).toEqual([{ attempt: 1, outcome: 'DELIVERED', statusCode: 200 }]);
    }
    expect(JSON.parse(requestsFor('BMS', orderNo)[0].body)).toMatchObject({
      kind: 'service.activated',
      billingStartDate: '2026-12-01',
      customer: { customerCode: customer.customerCode },
    });
    expect(JSON.parse(requestsFor('LMS', orderNo)[0].body)).toMatchObject({
      kind: 'lead.closed',
      leadId,
      orderNo,
      activationDate: '2026-12-01',
    });
    expect(JSON.parse(requestsFor('HELPDESK', orderNo)[0].body)).toMatchObject({
      kind: 'customer_service.created',
      customerName: 'Acme <Ltd>',
    });

    const [mail] = smtp.to(customer.email!);
    expect(mail.from).toBe('no-reply@oms.example');
    expect(mail.subject).toBe(`Welcome to your new service ${event.payload.service.serviceNo}`);
    expect(mail.html).toContain('Dear Acme &lt;Ltd&gt;');
    expect(mail.html).not.toContain('Acme <Ltd>');
    expect(mail.attachments).toHaveLength(1);
    const [pdf] = mail.attachments;
    expect(pdf.contentType).toBe('application/pdf');
    expect(pdf.filename).toBe(`welcome-letter-${orderNo}.pdf`);
    expect(parsesAsPdf(pdf.content)).toBe(true);

    const { welcomeLetter } = await gqlData(
      service.url,
      `query($orderId: ID!) { welcomeLetter(orderId: $orderId) { orderNo customerEmail fileName contentType sizeBytes contentBase64 } }`,
      { orderId },
    );
    expect(welcomeLetter).toMatchObject({
      orderNo,
      customerEmail: customer.email,
      contentType: 'application/pdf',
    });
    expect(Buffer.from(welcomeLetter.contentBase64, 'base64').equals(pdf.content)).toBe(true);
    expect(welcomeLetter.sizeBytes).toBe(pdf.content.length);

    // The same envelope again, then a marker on the same partition: once the marker's mail is in, the
    // redelivery has been handled, and it made no second job, POST or mail.
    await deliver('orders', event);
    const marker = anOrderStateChanged(orderId, 'LIVE', [{ email: 'marker@oms.example', name: null }]);
    await deliver('orders', marker);
    await waitUntil(() => smtp.to('marker@oms.example').length === 1);
    const counts = await service.db.read(async (em) => ({
      jobs: await em.getRepository(SyncRecordEntity).countBy({ eventId: event.id }),
      mails: await em.getRepository(MailMessageEntity).countBy({ eventId: event.id }),
    }));
    expect(counts).toEqual({ jobs: 3, mails: 1 });
    expect(smtp.to(customer.email!)).toHaveLength(1);
    for (const system of ['BMS', 'LMS', 'HELPDESK'] as const)
      expect(requestsFor(system, orderNo)).toHaveLength(1);
    expect(smtp.to('marker@oms.example')[0].subject).toBe('Order ORD-2026-000001: is live');
  });

  it('retries a receiver answering 500 twice, then 200, with the same idempotency key', async () => {
    receivers.BMS.answerWith(500, 500);
    const event = anOrderActivated({ email: null });
    await deliver('orders', event);

    await waitUntil(() => allDelivered(event.payload.orderId));
    const bms = (await jobsOf(event.payload.orderId)).find((j) => j.system === 'BMS')!;
    expect(bms.attempts).toEqual([
      { attempt: 1, outcome: 'FAILED', statusCode: 500 },
      { attempt: 2, outcome: 'FAILED', statusCode: 500 },
      { attempt: 3, outcome: 'DELIVERED', statusCode: 200 },
    ]);
    const posts = requestsFor('BMS', event.payload.orderNo);
    expect(posts).toHaveLength(3);
    expect(new Set(posts.map((p) => p.headers['idempotency-key']))).toEqual(new Set([bms.id]));
    // No customer e-mail: the letter is kept, but no mail is queued.
    const mails = await service.db.read((em) =>
      em.getRepository(MailMessageEntity).countBy({ eventId: event.id }),
    );
    expect(mails).toBe(0);
  });

  it('gives a receiver that keeps failing up as DEAD, and replaySyncJob sends it again', async () => {
    receivers.HELPDESK.answerWith(503, 503, 503);
    const event = anOrderActivated();
    await deliver('orders', event);
    const helpdeskJob = async () =>
      (await jobsOf(event.payload.orderId)).find((j) => j.system === 'HELPDESK');

    await waitUntil(async () => (await helpdeskJob())?.status === 'DEAD');
    const dead = (await helpdeskJob())!;
    expect(dead).toMatchObject({ attemptCount: 3, lastError: 'HTTP 503' });
    expect(requestsFor('HELPDESK', event.payload.orderNo)).toHaveLength(3);

    const REPLAY = `mutation($id: ID!) { replaySyncJob(input: { id: $id }) { syncJob { id status attemptCount } errors { code field } } }`;
    const replayed = await gqlData(service.url, REPLAY, { id: dead.id });
    expect(replayed.replaySyncJob).toEqual({
      syncJob: { id: dead.id, status: 'PENDING', attemptCount: 0 },
      errors: [],
    });
    await waitUntil(async () => (await helpdeskJob())?.status === 'DELIVERED');
    expect(requestsFor('HELPDESK', event.payload.orderNo)).toHaveLength(4);
    expect((await helpdeskJob())!.attempts.map((a) => a.outcome)).toEqual([
      'FAILED',
      'FAILED',
      'FAILED',
      'DELIVERED',
    ]);

    // Only dead letters are replayed; an unknown id is NOT_FOUND; a blank one fails validation.
    expect((await gqlData(service.url, REPLAY, { id: dead.id })).replaySyncJob).toEqual({
      syncJob: null,
      errors: [{ code: 'NOT_DEAD', field: ['input', 'id'] }],
    });
    expect((await gqlData(service.url, REPLAY, { id: 'no-such-job' })).replaySyncJob.errors).toEqual([
      { code: 'NOT_FOUND', field: ['input', 'id'] },
    ]);
    expect((await gqlData(service.url, REPLAY, { id: ' ' })).replaySyncJob.errors).toEqual([
      { code: 'VALIDATION_FAILED', field: ['input', 'id'] },
    ]);
  });

  it("mails a feasibility request to the BSO worded by the BSO's mail setting from masters", async () => {
    const setting = aBsoMailSettingSaved(
      'bso-1',
      'Feasibility {{requestNo}} for {{bsoName}}',
      'Please check {{address}} for {{bandwidth}} by {{answerDueAt}}. <Thanks>',
    );
    await deliver('masters', setting);
    await waitUntil(
      async () =>
        (await service.db.read((em) =>
          em.getRepository(BsoMailSettingEntity).countBy({ id: setting.aggregateId }),
        )) === 1,
    );
    const event = aFeasibilityRequested('bso-1', 'desk@partner.example');
    await deliver('feasibility', event);

    await waitUntil(() => smtp.to('desk@partner.example').length === 1);
    const [mail] = smtp.to('desk@partner.example');
    expect(mail.from).toBe('feasibility@oms.example');
    expect(mail.subject).toBe('Feasibility FR-2026-000042 for Fibre Partner');
    expect(mail.text.trim()).toBe(
      'Please check 1 MG Road, Pune for 100 Mbps by 2026-12-03T09:00:00.000Z. <Thanks>',
    );
    expect(mail.html).toContain('&lt;Thanks&gt;');

    await sentRow(event.id);
    const { mailMessages } = await gqlData(
      service.url,
      `query($filter: MailMessageFilter) { mailMessages(filter: $filter) { totalCount edges { node { eventId template status attempts subject to { email name } } } } }`,
      { filter: { recipient: 'DESK@partner.example' } },
    );
    expect(mailMessages.totalCount).toBe(1);
    expect(mailMessages.edges[0].node).toMatchObject({
      eventId: event.id,
      template: 'feasibility.requested',
      status: 'SENT',
      attempts: 1,
      to: [{ email: 'desk@partner.example', name: 'Partner Desk' }],
    });
  });

  it('tells the requester and the technical team of a BSO answer, and the BSO of a reminder and a withdrawal', async () => {
    const answered = aFeasibilityRequestAnswered(true, [
      { email: 'requester@oms.example', role: 'SALES' },
      { email: 'tech@oms.example', role: 'TECHNICAL' },
    ]);
    const notFeasible = aFeasibilityRequestAnswered(false, [
      { email: 'tech@oms.example', role: 'TECHNICAL' },
    ]);
    const withdrawn = aFeasibilityRequestWithdrawn('withdrawn@partner.example');
    const reminded = aFeasibilityRequestReminded('late@partner.example', 'chaser@oms.example');
    await deliver('feasibility', reminded);
    await deliver('feasibility', answered);
    await deliver('feasibility', notFeasible);
    await deliver('feasibility', withdrawn);

    await waitUntil(() => smtp.to('tech@oms.example').length === 2);
    const [feasible] = smtp.to('requester@oms.example');
    expect(feasible.subject).toBe('Feasibility request FR-2026-000043: Fibre Partner answered feasible');
    expect(feasible.to.sort()).toEqual(['requester@oms.example', 'tech@oms.example']);
    expect(feasible.text).toContain('One-time cost: 12500.00 INR');
    expect(feasible.text).toContain('Delivery days: 21');
    const refusal = smtp.to('tech@oms.example').find((m) => m.subject.endsWith('answered not feasible'))!;
    expect(refusal.text).toContain('One-time cost: - INR');
    expect(refusal.html).toContain('No fibre &lt;nearby&gt;');

    await waitUntil(() => smtp.to('withdrawn@partner.example').length === 1);
    const [told] = smtp.to('withdrawn@partner.example');
    expect(told.subject).toBe('Feasibility request FR-2026-000044 withdrawn: no answer needed');
    expect(told.text).toContain('Reason: lead LEAD-2026-000044 was cancelled: budget frozen');
    await waitUntil(() => smtp.to('late@partner.example').length === 1);
    const [reminder] = smtp.to('late@partner.example');
    expect(reminder.subject).toBe('Reminder: feasibility request FR-2026-000045 is past its answer time');
    expect(reminder.to.sort()).toEqual(['chaser@oms.example', 'late@partner.example']);
    expect(reminder.text).toContain('was due by 2026-12-02T09:00:00.000Z');
    expect(reminder.text).toContain('Bandwidth: 200 Mbps');
    const rows = [await sentRow(answered.id), await sentRow(withdrawn.id)];
    expect(rows.map((r) => [r.template, r.branchId, r.status]).sort()).toEqual([
      ['feasibility_request.answered', 'branch-pune', 'SENT'],
      ['feasibility_request.withdrawn', 'branch-pune', 'SENT'],
    ]);
  });

  it("keeps mails, jobs and letters to their branch's users, and replays to DEAD_LETTER_REPLAY", async () => {
    const [branchA, branchB] = [`branch-a${suffix}`, `branch-b${suffix}`];
    const event = anOrderActivated({ branchId: branchA });
    const { orderId, customer } = event.payload;
    await deliver('orders', event);
    await waitUntil(() => allDelivered(orderId));
    await waitUntil(() => smtp.to(customer.email!).length === 1);

    const view = ['INTEGRATIONS:VIEW', 'ORDERS:VIEW'];
    await seedAccess(
      service.db,
      staffAccess('u-a', { branchIds: [branchA], permissions: view }),
      staffAccess('u-b', { branchIds: [branchB], permissions: view }),
      staffAccess('u-watcher', { branchIds: [branchA], permissions: ['INTEGRATIONS:VIEW'] }),
    );
    const as = {
      a: await proofHeaders('u-a'),
      b: await proofHeaders('u-b'),
      watcher: await proofHeaders('u-watcher'),
    };

    const MAILS = `query($filter: MailMessageFilter) { mailMessages(filter: $filter) { totalCount edges { node { id } } } }`;
    const mailsOf = async (headers: Record<string, string>) =>
      (await gqlData(service.url, MAILS, { filter: { orderId } }, headers)).mailMessages.totalCount as number;
    expect(await mailsOf(as.a)).toBe(1);
    expect(await mailsOf(as.b)).toBe(0);

    const orderAs = async (headers: Record<string, string>) =>
      (
        await gqlData<{ _entities: { id: string; syncJobs: Job[]; mails: unknown[] }[] }>(
          service.url,
          ORDER_SYNC,
          { reps: [{ __typename: 'Order', id: orderId }] },
          headers,
        )
      )._entities[0];
    expect((await orderAs(as.a)).syncJobs).toHaveLength(3);
    expect(await orderAs(as.b)).toEqual({ id: orderId, syncJobs: [], mails: [] });

    const LETTER = `query($orderId: ID!) { welcomeLetter(orderId: $orderId) { fileName } }`;
    expect((await gqlData(service.url, LETTER, { orderId }, as.a)).welcomeLetter).not.toBeNull();
    expect((await gqlData(service.url, LETTER, { orderId }, as.b)).welcomeLetter).toBeNull();
    // The PDF itself is for those who view orders.
    const pdfAsWatcher = await gql(
      service.url,
      `query($orderId: ID!) { welcomeLetter(orderId: $orderId) { contentBase64 } }`,
      { orderId },
      as.watcher,
    );
    expect(pdfAsWatcher.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const [job] = (await orderAs(as.a)).syncJobs;
    const replay = await gql(
      service.url,
      `mutation($id: ID!) { replaySyncJob(input: { id: $id }) { errors { code } } }`,
      { id: job.id },
      as.a,
    );
    expect(replay.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const retry = await gql(
      service.url,
      `mutation($id: ID!) { retryMail(input: { id: $id }) { errors { code } } }`,
      { id: 'any' },
      as.a,
    );
    expect(retry.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('mails every order transition to its notify list, nothing for an empty one, and approvers in the order branch', async () => {
    const orderId = `order-${uniqueSuffix()}`;
    const silent = anOrderStateChanged(orderId, 'APPROVED', [], 'branch-x');
    const approved = anOrderStateChanged(
      orderId,
      'APPROVED',
      [
        { email: 'sales@oms.example', name: 'Sales' },
        { email: 'team@oms.example', name: null, kind: 'CC' },
      ],
      'branch-x',
    );
    await deliver('orders', silent);
    await deliver('orders', approved);
    await waitUntil(() =>
      smtp.to('sales@oms.example').some((m) => m.subject.startsWith('Order ORD-2026-000001: was approved')),
    );
    const mail = smtp
      .to('sales@oms.example')
      .find((m) => m.subject === 'Order ORD-2026-000001: was approved')!;
    expect(mail.to.sort()).toEqual(['sales@oms.example', 'team@oms.example']);
    expect(mail.html).toContain('Acme &lt;b&gt;Ltd&lt;/b&gt;');
    expect(
      await service.db.read((em) => em.getRepository(MailMessageEntity).countBy({ eventId: silent.id })),
    ).toBe(0);

    const opened = anApprovalLevelOpened(orderId, 'zonal@oms.example');
    await deliver('approvals', opened);
    await waitUntil(() => smtp.to('zonal@oms.example').length === 1);
    expect(smtp.to('zonal@oms.example')[0].subject).toBe('Approval needed: order ORD-2026-000001, level 2');
    // The receiver has the mail a moment before the sender records it SENT.
    const row = await sentRow(opened.id);
    // approvals' events carry no branch: the mail takes the order's, from its earlier mails.
    expect(row).toMatchObject({
      template: 'approval_level.opened',
      orderId,
      branchId: 'branch-x',
      status: 'SENT',
    });
  });
});
