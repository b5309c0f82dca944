import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { topicOf } from '@oms/contracts';
import { InProcessTransport } from '@oms/messaging';
import { startService, type RunningService } from '@oms/server';
import {
  TEST_ADMIN,
  gqlData,
  registerTestSubgraph,
  seedAccess,
  testServiceEnv,
  waitUntil,
} from '@oms/testkit';
import { createIntegrationsService, loadIntegrationsSettings } from '../src/service';
import { anOrderActivated, anOrderStateChanged } from './envelopes';

/**
 * The embedded default: SQLite (sql.js) under DATA_DIR, the in-process bus, no SMTP server and no connector
 * URLs. Mails land as .eml files under DATA_DIR/integrations-mail, connector calls are recorded locally.
 */
describe('integrations in the embedded default (SQLite, no SMTP, no URLs)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'integrations-embedded-'));
  const transport = new InProcessTransport(`integrations-embedded-${Date.now()}`);
  let service: RunningService;

  beforeAll(async () => {
    const settings = loadIntegrationsSettings({ DELIVERY_POLL_MS: '50' });
    service = await startService(
      createIntegrationsService(settings),
      testServiceEnv({ dataDir, topicSuffix: '' }),
      {
        transport,
      },
    );
    await seedAccess(service.db, TEST_ADMIN);
    registerTestSubgraph(service.url);
  });

  afterAll(async () => {
    await service?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('records the three connector calls locally and writes the welcome mail with its PDF to a file', async () => {
    const event = anOrderActivated();
    const { orderId, orderNo } = event.payload;
    await transport.publish([
      { topic: topicOf('orders'), key: orderId, value: JSON.stringify(event) },
      {
        topic: topicOf('orders'),
        key: orderId,
        value: JSON.stringify(
          anOrderStateChanged(orderId, 'LIVE', [{ email: 'Team@Oms.example', name: 'Team' }]),
        ),
      },
    ]);

    const ORDER = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Order {
      syncJobs { system status payload attempts { outcome statusCode } }
      mails { template status messageId to { email } }
    } } }`;
    interface OrderView {
      syncJobs: { status: string; payload: string; attempts: unknown[] }[];
      mails: { template: string; status: string }[];
    }
    const read = async (): Promise<OrderView> =>
      (
        await gqlData<{ _entities: OrderView[] }>(service.url, ORDER, {
          reps: [{ __typename: 'Order', id: orderId }],
        })
      )._entities[0];
    await waitUntil(async () => {
      const order = await read();
      return (
        order.syncJobs.length === 3 &&
        order.syncJobs.every((j) => j.status === 'RECORDED') &&
        order.mails.length === 2 &&
        order.mails.every((m) => m.status === 'SENT')
      );
    });
    const order = await read();
    for (const job of order.syncJobs) {
      expect(job.attempts).toEqual([{ outcome: 'RECORDED', statusCode: null }]);
      expect(JSON.parse(job.payload).orderNo).toBe(orderNo);
    }

    const files = readdirSync(join(dataDir, 'integrations-mail'));
    expect(files).toHaveLength(2);
    const emls = files.map((f) => readFileSync(join(dataDir, 'integrations-mail', f), 'utf8'));
    const { email } = event.payload.customer;
    const welcome = emls.filter((eml) => eml.includes(`To: Acme Ltd <${email}>`));
    expect(welcome).toHaveLength(1);
    expect(welcome[0]).toContain(`Content-Type: application/pdf; name=welcome-letter-${orderNo}.pdf`);
    expect(order.mails.map((m) => m.template).sort()).toEqual([
      'order.activated',
      'order.state_changed/LIVE',
    ]);

    const { welcomeLetter } = await gqlData(
      service.url,
      `query($orderId: ID!) { welcomeLetter(orderId: $orderId) { sizeBytes contentBase64 } }`,
      { orderId },
    );
    const pdf = Buffer.from(welcomeLetter.contentBase64, 'base64');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBe(welcomeLetter.sizeBytes);

    const { mailMessages } = await gqlData(
      service.url,
      `query { mailMessages(filter: { recipient: "team@OMS.example" }) { totalCount edges { node { template } } } }`,
    );
    expect(mailMessages).toEqual({
      totalCount: 1,
      edges: [{ node: { template: 'order.state_changed/LIVE' } }],
    });
  });
});
