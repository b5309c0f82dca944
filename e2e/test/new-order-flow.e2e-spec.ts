import { createHmac } from 'node:crypto';
import {
  recordTopics,
  startHttpReceiver,
  startSmtpReceiver,
  testKafka,
  uniqueSuffix,
  waitUntil,
  type HttpReceiver,
  type SmtpReceiver,
  type TopicRecorder,
} from '@oms/testkit';
import { data, setUpOrderWorld, type OrderWorld, type Person } from './order-world';
import { startSecuredSystem, type SecuredSystem } from './secured-system';
import { APPROVALS, FEASIBILITY, ORDERS } from './order-operations';
import { PDFDocumentCheck } from './pdf-check';

const SECRETS = {
  BMS: 'bms-shared-secret-e2e-0001',
  LMS: 'lms-shared-secret-e2e-0002',
  HELPDESK: 'helpdesk-shared-secret-e2e-03',
} as const;
/** A small valid PDF, as a scanned and signed installation report would be. */
const SIGNED_REPORT = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

/**
 * A new order from lead to live, through the gateway only, acted on by the people whose job each step is,
 * on MariaDB + Kafka with a real SMTP receiver and real HTTP receivers standing in for BMS, LMS and Helpdesk.
 */
describe('a new order from lead to activation', () => {
  let system: SecuredSystem;
  let world: OrderWorld;
  let smtp: SmtpReceiver;
  const receivers = {} as Record<'BMS' | 'LMS' | 'HELPDESK', HttpReceiver>;
  let recorder: TopicRecorder;
  const today = new Date().toISOString().slice(0, 10);

  const as = (person: Person) => world.users[person].session.headers;
  const run = (person: Person, query: string, variables: Record<string, unknown>) =>
    data(system.gatewayUrl, query, variables, as(person));
  const adminRun = (query: string, variables: Record<string, unknown>) =>
    data(system.gatewayUrl, query, variables, world.admin.headers);
  const gatewayOrigin = () => new URL(system.gatewayUrl).origin;
  const mailsTo = (person: Person) => smtp.to(world.users[person].email);

  beforeAll(async () => {
    smtp = await startSmtpReceiver();
    for (const name of ['BMS', 'LMS', 'HELPDESK'] as const) receivers[name] = await startHttpReceiver();
    system = await startSecuredSystem({
      SMTP_URL: smtp.url,
      MAIL_FROM: 'oms@oms.test',
      BMS_URL: `${receivers.BMS.url}/bms/sync`,
      LMS_URL: `${receivers.LMS.url}/lms/sync`,
      HELPDESK_URL: `${receivers.HELPDESK.url}/helpdesk/sync`,
      BMS_HMAC_SECRET: SECRETS.BMS,
      LMS_HMAC_SECRET: SECRETS.LMS,
      HELPDESK_HMAC_SECRET: SECRETS.HELPDESK,
    });
    const suffix = system.services.orders.suffix;
    recorder = await recordTopics([`oms.orders.v1${suffix}`], `.flow-${uniqueSuffix()}`);
    world = await setUpOrderWorld(system.gatewayUrl, 'flow');
    // The DOA matrix: a new ILL order is approved by the regional manager up to 1 lakh ARC, above that by the
    // zonal manager up to 10 lakh.
    const { createApprovalMatrix } = await adminRun(APPROVALS.createMatrix, {
      input: { name: `DOA ILL ${uniqueSuffix()}`, description: 'New ILL orders' },
    });
    expect(createApprovalMatrix.errors).toEqual([]);
    const matrixId = createApprovalMatrix.approvalMatrix.id as string;
    const rule = await adminRun(APPROVALS.addRule, {
      input: APPROVALS.ruleInput(matrixId, world.categoryId, [
        { role: 'RM', limit: '100000.00', tatHours: 24 },
        { role: 'ZM', limit: '1000000.00', tatHours: 24 },
      ]),
    });
    expect(Object.values(rule)[0]).toMatchObject({ errors: [] });
    const published = await adminRun(APPROVALS.publish, { input: { id: matrixId } });
    expect(Object.values(published)[0]).toMatchObject({ errors: [] });
  }, 180_000);

  afterAll(async () => {
    await recorder?.stop();
    await system?.stop();
    await smtp?.stop();
    for (const r of Object.values(receivers)) await r?.stop();
  });

  /** A lead of the branch, checked with the BSO, and the technical team's verdict on the BSO's answer. */
  async function feasibleLead(
    customerName: string,
    bsoIds: string[] = [world.bsoId],
  ): Promise<{ id: string; leadNo: string; requestNo: string; requestNos: string[] }> {
    const { createLead } = await run('sales', ORDERS.createLead, {
      input: {
        customerName,
        contactEmail: `it@${customerName.toLowerCase().replace(/\W/g, '')}.test`,
        cityId: world.cityId,
        branchId: world.branchId,
        salesMode: 'DIRECT',
        source: 'WEBSITE',
      },
    });
    expect(createLead.errors).toEqual([]);
    const lead = createLead.lead as { id: string; leadNo: string };
    const { sendForFeasibility } = await run('sales', FEASIBILITY.send, {
      input: {
        leadId: lead.id,
        cityId: world.cityId,
        branchId: world.branchId,
        bsoIds,
        bandwidthMbps: 100,
        address: '14 MG Road, Camp',
      },
    });
    expect(sendForFeasibility.errors).toEqual([]);
    const requests = sendForFeasibility.feasibilityRequests as {
      id: string;
      requestNo: string;
      bso: { id: string };
    }[];
    expect(requests.map((r) => r.bso.id).sort()).toEqual([...bsoIds].sort());
    // The technical team decides on a specific BSO: the first one, whose partner answers.
    const { id: requestId, requestNo } = requests.find((r) => r.bso.id === world.bsoId)!;
    const { respondToFeasibilityRequest } = await run('partner', FEASIBILITY.respond, {
      input: {
        id: requestId,
        feasible: true,
        otcCost: '12000.00',
        mrcCost: '3000.00',
        expectedDeliveryDays: 10,
      },
    });
    expect(respondToFeasibilityRequest.errors).toEqual([]);
    const { recordTechnicalFeasibility } = await run('technical', FEASIBILITY.verdict, {
      input: { id: requestId, verdict: 'FEASIBLE', remarks: 'Fibre on the street' },
    });
    expect(recordTechnicalFeasibility.errors).toEqual([]);
    await waitUntil(async () => {
      const seen = (await run('sales', ORDERS.leadFeasibility, { id: lead.id })).lead as {
        feasibility: { result: string }[];
      };
      return seen.feasibility.some((v) => v.result === 'FEASIBLE');
    }, 30000);
    return { ...lead, requestNo, requestNos: requests.map((r) => r.requestNo) };
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const orderOf = async (person: Person, id: string): Promise<Record<string, any>> =>
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    (await run(person, ORDERS.order, { id })).order;
  const untilState = (id: string, state: string) =>
    waitUntil(async () => (await orderOf('sales', id)).state === state, 30000);
  const openRequest = async (orderId: string) => {
    let found: { id: string; status: string; currentLevel: number | null } | undefined;
    await waitUntil(async () => {
      found = (await run('approver1', APPROVALS.requestsOfOrder, { orderId })).approvalRequests.edges
        .map((e: { node: typeof found }) => e.node)
        .find((r: { status: string }) => r.status === 'PENDING');
      return !!found;
    }, 30000);
    return found!;
  };

  it('goes from lead to live with feasibility, two approval levels, provisioning and installation, mailing each step and syncing BMS, LMS and Helpdesk', async () => {
    // Sent to two BSOs at once; each is mailed its request automatically, with its reference.
    const lead = await feasibleLead('Acme Networks', [world.bsoId, world.otherBsoId]);
    expect(lead.requestNos).toHaveLength(2);
    await waitUntil(() => smtp.to(world.bsoMail).some((m) => m.subject.includes(lead.requestNo)), 30000);
    const bsoMail = smtp.to(world.bsoMail).find((m) => m.subject.includes(lead.requestNo))!;
    // Rendered from the BSO's mail setting in masters.
    expect(bsoMail.subject).toMatch(/^Feasibility FR-\d{4}-\d{6} for Last Mile /);
    expect(bsoMail.text).toContain('14 MG Road, Camp');
    await waitUntil(
      () => smtp.to(world.otherBsoMail).some((m) => lead.requestNos.some((n) => m.subject.includes(n))),
      30000,
    );
    // The BSO's answer is mailed to the requester and the branch's technical team, who decide next.
    const answered = (person: Person) =>
      mailsTo(person).find(
        (m) => m.subject.includes(`${lead.requestNo}: `) && m.subject.includes('answered'),
      );
    await waitUntil(() => !!answered('technical') && !!answered('sales'), 30000);
    expect(answered('technical')!.subject).toMatch(/answered feasible$/);
    expect(answered('technical')!.text).toContain('One-time cost: 12000.00 INR');
    const { createOrder } = await run('sales', ORDERS.createOrder, {
      input: {
        leadId: lead.id,
        submit: true,
        installationAddress: '14 MG Road, Camp',
        productId: world.productId,
        bandwidthId: world.bandwidthId,
        arc: '250000',
        otc: '15000',
        discountPercent: '5',
      },
    });
    expect(createOrder.errors).toEqual([]);
    const order = createOrder.order as { id: string; orderNo: string; state: string };
    expect(order.state).toBe('PENDING_APPROVAL');
    // The order went ahead on the first BSO's answer: the second BSO is told it need not answer.
    const unchosen = lead.requestNos.find((n) => n !== lead.requestNo)!;
    await waitUntil(
      () => smtp.to(world.otherBsoMail).some((m) => m.subject.includes(`${unchosen} withdrawn`)),
      30000,
    );
    expect(
      smtp.to(world.otherBsoMail).find((m) => m.subject.includes(`${unchosen} withdrawn`))!.text,
    ).toContain(`became order ${order.orderNo}`);
    // Created: locked.
    const { updateOrder } = await run('sales', ORDERS.updateOrder, { input: { id: order.id, arc: '1.00' } });
    expect(updateOrder.errors[0].code).toBe('ORDER_LOCKED');

    // Level 1 (RM, limit 1 lakh) opens; the regional manager is mailed; the zonal manager may not act yet.
    const request = await openRequest(order.id);
    await waitUntil(() => mailsTo('approver1').some((m) => m.subject.includes(order.orderNo)), 30000);
    const early = await run('approver2', APPROVALS.approve, {
      input: { id: request.id, comment: 'too early' },
    });
    expect(Object.values(early)[0]).toMatchObject({ errors: [{ code: 'FORBIDDEN' }] });
    const first = await run('approver1', APPROVALS.approve, {
      input: { id: request.id, comment: 'fine by me' },
    });
    expect(Object.values(first)[0]).toMatchObject({ errors: [] });
    // 2.5 lakh is above level 1's limit: level 2 (ZM) opens and is mailed.
    await waitUntil(() => mailsTo('approver2').some((m) => m.subject.includes(order.orderNo)), 30000);
    expect((await orderOf('sales', order.id)).state).toBe('PENDING_APPROVAL');
    const second = await run('approver2', APPROVALS.approve, {
      input: { id: request.id, comment: 'approved' },
    });
    expect(Object.values(second)[0]).toMatchObject({ errors: [] });
    await untilState(order.id, 'PROVISIONING');

    // Provisioning: the team is mailed; its member claims and completes the task.
    await waitUntil(() => mailsTo('provisioner').some((m) => m.subject.includes(order.orderNo)), 30000);
    const provisioningTask = (await orderOf('provisioner', order.id)).tasks[0];
    expect(provisioningTask).toMatchObject({ queue: 'PROVISIONING', status: 'OPEN' });
    expect(
      (await run('installer', ORDERS.claim, { input: { id: provisioningTask.id } })).claimTask.errors[0].code,
    ).toBe('FORBIDDEN');
    expect(
      (await run('provisioner', ORDERS.claim, { input: { id: provisioningTask.id } })).claimTask.errors,
    ).toEqual([]);
    expect(
      (await run('provisioner', ORDERS.complete, { input: { id: provisioningTask.id } })).completeTask.errors,
    ).toEqual([]);

    // Installation, in the installer's city only; the signed report goes up through a short-lived link.
    await untilState(order.id, 'INSTALLATION');
    const installationTask = (await orderOf('installer', order.id)).tasks.find(
      (t: { queue: string }) => t.queue === 'INSTALLATION',
    );
    expect(
      (await run('installerElsewhere', ORDERS.claim, { input: { id: installationTask.id } })).claimTask
        .errors[0].code,
    ).toBe('FORBIDDEN');
    await run('installer', ORDERS.claim, { input: { id: installationTask.id } });
    const noReport = await run('installer', ORDERS.complete, {
      input: { id: installationTask.id, installationDate: today },
    });
    expect(noReport.completeTask.errors[0].code).toBe('DOCUMENT_REQUIRED');
    const { requestDocumentUpload } = await run('installer', ORDERS.requestUpload, {
      input: { orderId: order.id, documentTypeId: world.documentTypeId, fileName: 'signed-report.pdf' },
    });
    expect(requestDocumentUpload.errors).toEqual([]);
    const uploadUrl = new URL(requestDocumentUpload.upload.url, gatewayOrigin());
    const wrongType = await fetch(uploadUrl, { method: 'PUT', body: Buffer.from('GIF89a....') });
    expect(wrongType.status).toBe(415);
    const uploaded = await fetch(uploadUrl, { method: 'PUT', body: SIGNED_REPORT });
    expect(uploaded.status).toBe(201);
    // The report can be downloaded back through the gateway by whoever reaches the order, not by others.
    const document = (await orderOf('sales', order.id)).documents[0];
    const outsider = await run('salesElsewhere', ORDERS.requestDownload, { input: { id: document.id } });
    expect(outsider.requestDocumentDownload.errors[0].code).toBe('NOT_FOUND');
    const { requestDocumentDownload } = await run('sales', ORDERS.requestDownload, {
      input: { id: document.id },
    });
    const downloaded = await fetch(new URL(requestDocumentDownload.download.url, gatewayOrigin()));
    expect(Buffer.from(await downloaded.arrayBuffer()).equals(SIGNED_REPORT)).toBe(true);
    expect(
      (
        await run('installer', ORDERS.complete, {
          input: { id: installationTask.id, installationDate: today },
        })
      ).completeTask.errors,
    ).toEqual([]);

    // Integrations is down when the service goes live: nothing is lost, it catches up when it is back.
    await system.halt('integrations');
    const { activateOrder } = await run('installer', ORDERS.activate, {
      input: { id: order.id, activationDate: today },
    });
    expect(activateOrder.errors).toEqual([]);
    expect(activateOrder.order).toMatchObject({ state: 'LIVE', activationDate: today });
    await system.start('integrations');

    // BMS, LMS and Helpdesk each get one signed call.
    for (const name of ['BMS', 'LMS', 'HELPDESK'] as const) {
      await waitUntil(() => receivers[name].requests.length > 0, 60000);
      const [call] = receivers[name].requests;
      const signature = createHmac('sha256', SECRETS[name]).update(call.body).digest('hex');
      expect(call.headers['x-oms-signature']).toBe(`sha256=${signature}`);
      expect(JSON.parse(call.body)).toMatchObject({ orderNo: order.orderNo });
    }
    // The customer gets the welcome letter, a valid PDF.
    await waitUntil(() => smtp.to('it@acmenetworks.test').some((m) => m.attachments.length > 0), 60000);
    const letter = smtp.to('it@acmenetworks.test').find((m) => m.attachments.length > 0)!;
    const pdf = letter.attachments.find((a) => a.contentType === 'application/pdf')!;
    expect(PDFDocumentCheck.isValid(pdf.content)).toBe(true);
    expect(PDFDocumentCheck.text(pdf.content)).toContain(order.orderNo);

    // The timeline holds every step with who did it.
    const live = await orderOf('sales', order.id);
    expect(live.timeline.map((t: { state: string }) => t.state)).toEqual([
      'BOOKED',
      'PENDING_APPROVAL',
      'PROVISIONING',
      'INSTALLATION',
      'INSTALLED',
      'LIVE',
    ]);
    const actors = ['sales', 'sales', 'approver2', 'provisioner', 'installer', 'installer'] as const;
    expect(live.history.map((h: { changedBy: string }) => h.changedBy)).toEqual(
      actors.map((a) => world.users[a].id),
    );
    // By name too, as a frontend shows it.
    expect(live.timeline.map((t: { enteredByName: string }) => t.enteredByName)).toEqual(
      actors.map((a) => world.users[a].name),
    );

    // An event delivered twice: no second mail, no second sync.
    const activated = recorder.messages.find(
      (m) => m.key === order.id && JSON.parse(m.value).type === 'order.activated',
    );
    expect(activated).toBeDefined();
    // Count only once every mail the flow caused has been handed over and has arrived: none left to send,
    // and the receiver holds as many as integrations sent.
    const integrationsDb = system.services.integrations.service.db;
    await waitUntil(async () => {
      const [row] = await integrationsDb.read<{ sent: string | number; waiting: string | number }[]>((em) =>
        em.query(
          `SELECT SUM(status = 'SENT') AS sent, SUM(status IN ('QUEUED', 'FAILED')) AS waiting FROM mail_message`,
        ),
      );
      return Number(row.waiting) === 0 && smtp.mails.length === Number(row.sent);
    }, 60000);
    const mailsBefore = smtp.mails.length;
    const callsBefore = Object.values(receivers).map((r) => r.requests.length);
    const producer = testKafka().producer();
    await producer.connect();
    await producer.send({
      topic: `oms.orders.v1${system.services.orders.suffix}`,
      messages: [{ key: order.id, value: activated!.value }],
    });
    await producer.disconnect();
    const consumer = system.services.integrations.service.consumer!;
    await waitUntil(() => consumer.stats.duplicates > 0, 30000);
    expect(Object.values(receivers).map((r) => r.requests.length)).toEqual(callsBefore);
    expect(
      smtp.mails.filter((m) => m.attachments.length > 0 && m.to.includes('it@acmenetworks.test')),
    ).toHaveLength(1);
    expect(smtp.mails.length).toBe(mailsBefore);
  }, 300_000);

  it('rejects, edits and resubmits to approval; cancels from the rejected bin; cancels a lead at order entry', async () => {
    const lead = await feasibleLead('Globex Fibre');
    const order = (
      await run('sales', ORDERS.createOrder, {
        input: {
          leadId: lead.id,
          submit: true,
          installationAddress: '2 FC Road',
          productId: world.productId,
          arc: '80000',
          otc: '5000',
          discountPercent: '30',
        },
      })
    ).createOrder.order;
    const request = await openRequest(order.id);
    const reject = await run('approver1', APPROVALS.reject, {
      input: { id: request.id, comment: 'discount too high' },
    });
    expect(Object.values(reject)[0]).toMatchObject({ errors: [] });
    await untilState(order.id, 'REJECTED');
    expect((await orderOf('sales', order.id)).nextActions).toEqual(['EDIT', 'RESUBMIT', 'CANCEL']);
    expect(
      (await run('sales', ORDERS.updateOrder, { input: { id: order.id, discountPercent: '10' } })).updateOrder
        .errors,
    ).toEqual([]);
    expect(
      (await run('sales', ORDERS.submitOrder, { input: { id: order.id } })).submitOrder.order.approvalRound,
    ).toBe(2);
    const round2 = await openRequest(order.id);
    expect(round2.id).not.toBe(request.id);
    expect(
      Object.values(
        await run('approver1', APPROVALS.approve, { input: { id: round2.id, comment: 'ok now' } }),
      )[0],
    ).toMatchObject({
      errors: [],
    });
    await untilState(order.id, 'PROVISIONING');
    // Every decision is on record.
    const { approvalRequests } = await run('approver1', APPROVALS.requestsOfOrder, { orderId: order.id });
    expect(approvalRequests.edges.map((e: { node: { status: string } }) => e.node.status).sort()).toEqual([
      'APPROVED',
      'REJECTED',
    ]);
    // Each by the regional manager, by name too.
    const decisions = approvalRequests.edges.flatMap(
      (e: { node: { decisions: { decidedBy: string; decidedByName: string }[] } }) => e.node.decisions,
    );
    expect(decisions).toHaveLength(2);
    for (const d of decisions)
      expect(d).toMatchObject({
        decidedBy: world.users.approver1.id,
        decidedByName: world.users.approver1.name,
      });

    // Cancel from the rejected bin.
    const other = await feasibleLead('Initech Ltd');
    const doomed = (
      await run('sales', ORDERS.createOrder, {
        input: {
          leadId: other.id,
          submit: true,
          installationAddress: '3 JM Road',
          productId: world.productId,
          arc: '50000',
          otc: '0',
        },
      })
    ).createOrder.order;
    const doomedRequest = await openRequest(doomed.id);
    await run('approver1', APPROVALS.reject, { input: { id: doomedRequest.id, comment: 'no budget' } });
    await untilState(doomed.id, 'REJECTED');
    const cancelled = await run('sales', ORDERS.cancelOrder, {
      input: { id: doomed.id, reason: 'customer withdrew' },
    });
    expect(cancelled.cancelOrder).toEqual({ order: { id: doomed.id, state: 'CANCELLED' }, errors: [] });

    // Lead cancellation at the order-entry step cancels the booked order with it.
    const third = await feasibleLead('Umbrella Corp');
    const booked = (
      await run('sales', ORDERS.createOrder, {
        input: {
          leadId: third.id,
          submit: false,
          installationAddress: '4 SB Road',
          productId: world.productId,
          arc: '1000',
          otc: '0',
        },
      })
    ).createOrder.order;
    const { cancelLead } = await run('sales', ORDERS.cancelLead, {
      input: { id: third.id, reason: 'went elsewhere' },
    });
    expect(cancelLead).toMatchObject({ lead: { state: 'CANCELLED' }, errors: [] });
    expect((await orderOf('sales', booked.id)).state).toBe('CANCELLED');

    // A lead cancelled before any order withdraws the request the second BSO has not answered, telling it.
    const fourth = await feasibleLead('Stark Industries', [world.bsoId, world.otherBsoId]);
    expect(
      (await run('sales', ORDERS.cancelLead, { input: { id: fourth.id, reason: 'budget frozen' } }))
        .cancelLead.errors,
    ).toEqual([]);
    const waiting = fourth.requestNos.find((n) => n !== fourth.requestNo)!;
    await waitUntil(
      () => smtp.to(world.otherBsoMail).some((m) => m.subject.includes(`${waiting} withdrawn`)),
      30000,
    );
    const withdrawal = smtp.to(world.otherBsoMail).find((m) => m.subject.includes(`${waiting} withdrawn`))!;
    expect(withdrawal.text).toContain('was cancelled: budget frozen');
    const { lead: seen } = await run('sales', FEASIBILITY.ofLead, { id: fourth.id });
    expect(
      (seen.feasibilityRequests as { requestNo: string; status: string }[])
        .map((r) => [r.requestNo, r.status])
        .sort(),
    ).toEqual(
      [
        [fourth.requestNo, 'FEASIBLE'],
        [waiting, 'CANCELLED'],
      ].sort(),
    );
  }, 300_000);

  it('answers forbidden transitions and out-of-scope users with typed errors and changes nothing', async () => {
    const lead = await feasibleLead('Wayne Telecom');
    const foreign = await run('salesElsewhere', ORDERS.createOrder, {
      input: {
        leadId: lead.id,
        submit: true,
        installationAddress: '5 Camp Road',
        productId: world.productId,
        arc: '1000',
        otc: '0',
      },
    });
    expect(foreign.createOrder.errors[0].code).toBe('FORBIDDEN');
    const order = (
      await run('sales', ORDERS.createOrder, {
        input: {
          leadId: lead.id,
          submit: false,
          installationAddress: '5 Camp Road',
          productId: world.productId,
          arc: '1000',
          otc: '0',
        },
      })
    ).createOrder.order;
    const before = await orderOf('sales', order.id);
    // Not in the flow from BOOKED, or not theirs to fire:
    expect(
      (await run('installer', ORDERS.activate, { input: { id: order.id, activationDate: today } }))
        .activateOrder.errors[0].code,
    ).toBe('INVALID_STATE');
    expect(
      (await run('installerElsewhere', ORDERS.activate, { input: { id: order.id, activationDate: today } }))
        .activateOrder.errors[0].code,
    ).toBe('FORBIDDEN');
    expect(
      (await run('salesElsewhere', ORDERS.submitOrder, { input: { id: order.id } })).submitOrder.errors[0]
        .code,
    ).toBe('NOT_FOUND');
    expect((await run('salesElsewhere', ORDERS.order, { id: order.id })).order).toBeNull();
    const missingRight = await fetch(system.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...as('partner') },
      body: JSON.stringify({ query: ORDERS.submitOrder, variables: { input: { id: order.id } } }),
    });
    expect(
      ((await missingRight.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions
        .code,
    ).toBe('FORBIDDEN');
    expect(await orderOf('sales', order.id)).toEqual(before);
  }, 120_000);
});
