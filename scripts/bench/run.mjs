#!/usr/bin/env node
// `npm run bench`: prints figures, asserts nothing. Starts the built system as in production (five service
// processes on MariaDB + Kafka, the gateway process), then measures
//   1. one query straight to a subgraph and the same query through the gateway (requests/s, p50, p99);
//   2. event latency from outbox commit (orders) to consumer effect (integrations' sync record) over Kafka.
//   3. orders per second from createOrder (a created order, sent for approval) to its approval request
//      existing in approvals (order.submitted over Kafka), with the mutation's p50/p99 latency.
// Settings: BENCH_DURATION_S (default 10), BENCH_CONNECTIONS (default 10), BENCH_EVENTS (default 300),
// BENCH_ORDERS (default 200).
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import crypto from 'node:crypto';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import { createConnection } from 'mysql2/promise';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const kit = require(join(root, 'packages/testkit/dist/index.js'));

const duration = Number(process.env.BENCH_DURATION_S ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);
const eventCount = Number(process.env.BENCH_EVENTS ?? 300);
const orderCount = Number(process.env.BENCH_ORDERS ?? 200);

const QUERY = '{ cities(first: 10) { totalCount edges { node { id code name } } } }';
const ADMIN = { email: 'bench-admin@oms.test', password: 'Bench-Admin-Pass-2026' };

async function load(url, title, headers) {
  const result = await autocannon({
    url,
    title,
    method: 'POST',
    connections,
    duration,
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: QUERY }),
  });
  if (result.non2xx > 0 || result.errors > 0) {
    console.log(`  warning: ${result.non2xx} non-2xx responses, ${result.errors} errors`);
  }
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    total: result.requests.total,
  };
}

function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function main() {
  const suffix = `.bench${Date.now().toString(36)}`;
  console.log(
    `machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
  );
  console.log('starting five services (MariaDB + Kafka) and the gateway as separate processes…');
  const system = await kit.startDistributedSystem({
    repoRoot: root,
    suffix,
    extraEnv: {
      LOG_LEVEL: 'warn',
      BOOTSTRAP_ADMIN_EMAIL: ADMIN.email,
      BOOTSTRAP_ADMIN_PASSWORD: ADMIN.password,
    },
  });
  try {
    const gw = system.gatewayUrl;
    // Every call is made as the bootstrapped administrator: through the gateway with its access token,
    // straight to a subgraph with a gateway proof naming it (as the gateway would send).
    const login = await kit.gqlData(
      gw,
      'mutation($i: LoginInput!) { login(input: $i) { tokens { accessToken } errors { code } } }',
      { i: ADMIN },
    );
    const token = login.login.tokens.accessToken;
    const auth = { authorization: `Bearer ${token}` };
    const adminId = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()).sub;
    const proof = () => kit.proofHeaders(adminId);
    await kit.waitUntil(
      async () => !(await kit.gql(gw, '{ leads(first: 1) { totalCount } }', {}, auth)).errors,
      30000,
      100,
    );
    const state = await kit.gqlData(
      gw,
      'mutation { createState(input: { code: "BN", name: "Bench State" }) { state { id } } }',
      {},
      auth,
    );
    const stateId = state.createState.state.id;
    const cityIds = [];
    for (let i = 0; i < 10; i++) {
      const c = await kit.gqlData(
        gw,
        `mutation($i: CreateCityInput!) { createCity(input: $i) { city { id } } }`,
        {
          i: { stateId, code: `BC${i}`, name: `Bench City ${i}` },
        },
        auth,
      );
      cityIds.push(c.createCity.city.id);
    }
    const zone = await kit.gqlData(
      gw,
      'mutation { createZone(input: { code: "BZ", name: "Bench Zone" }) { zone { id } } }',
      {},
      auth,
    );
    const branch = await kit.gqlData(
      gw,
      'mutation($i: CreateBranchInput!) { createBranch(input: $i) { branch { id } } }',
      { i: { code: 'BB', name: 'Bench Branch', zoneId: zone.createZone.zone.id, cityIds } },
      auth,
    );
    const branchId = branch.createBranch.branch.id;

    console.log(`\n1. query ${QUERY}\n   ${connections} connections, ${duration} s each`);
    await load(system.subgraphUrls.masters, 'warm-up', await proof()); // JIT warm-up, not reported
    const direct = await load(system.subgraphUrls.masters, 'direct', await proof());
    const viaGateway = await load(gw, 'gateway', auth);
    const row = (name, r) =>
      `   ${name.padEnd(16)} ${r.rps.toFixed(0).padStart(7)} req/s   p50 ${String(r.p50).padStart(4)} ms   p99 ${String(r.p99).padStart(4)} ms`;
    console.log(row('masters direct', direct));
    console.log(row('through gateway', viaGateway));
    console.log(`   gateway/direct throughput ratio: ${(viaGateway.rps / direct.rps).toFixed(2)}`);

    // Wait until orders knows every city (city.created over Kafka).
    await kit.waitUntil(
      async () => {
        const r = await kit.gqlData(
          system.subgraphUrls.orders,
          'mutation($i: CreateLeadInput!) { createLead(input: $i) { errors { code } } }',
          {
            i: { customerName: 'Warm-up Ltd', cityId: cityIds[9], branchId },
          },
          await proof(),
        );
        return r.createLead.errors.length === 0;
      },
      30000,
      100,
    );
    console.log(
      '\n2a. event latency, unloaded: one lead at a time, each waited for before the next (30 leads)',
    );
    {
      const ordersDb = await createConnection(system.databases.get('orders').url);
      const integrationsDb = await createConnection(system.databases.get('integrations').url);
      const latencies = [];
      try {
        for (let i = 0; i < 30; i++) {
          const r = await kit.gqlData(
            system.subgraphUrls.orders,
            'mutation($i: CreateLeadInput!) { createLead(input: $i) { lead { id } } }',
            {
              i: { customerName: `Solo Customer ${i}`, cityId: cityIds[i % cityIds.length], branchId },
            },
            await proof(),
          );
          const id = r.createLead.lead.id;
          let effect;
          await kit.waitUntil(
            async () => {
              const [rows] = await integrationsDb.query(
                'SELECT created_at AS at FROM sync_record WHERE aggregate_id = ?',
                [id],
              );
              effect = rows[0];
              return !!effect;
            },
            30000,
            2,
          );
          const [[commit]] = await ordersDb.query(
            "SELECT created_at AS at FROM outbox_message WHERE message_key = ? AND event_type = 'lead.created'",
            [id],
          );
          latencies.push(new Date(effect.at).getTime() - new Date(commit.at).getTime());
        }
      } finally {
        await ordersDb.end();
        await integrationsDb.end();
      }
      latencies.sort((a, b) => a - b);
      console.log(
        `   commit → effect   p50 ${percentile(latencies, 50)} ms   p99 ${percentile(latencies, 99)} ms   max ${latencies.at(-1)} ms`,
      );
    }

    console.log(
      `\n2b. event latency under load: createLead (orders outbox commit) → sync record (integrations) over Kafka, ${eventCount} leads`,
    );
    const leadIds = [];
    const loadProof = await proof();
    const started = Date.now();
    const batch = 5;
    for (let i = 0; i < eventCount; i += batch) {
      const results = await Promise.all(
        Array.from({ length: Math.min(batch, eventCount - i) }, (_, j) =>
          kit.gqlData(
            system.subgraphUrls.orders,
            'mutation($i: CreateLeadInput!) { createLead(input: $i) { lead { id } errors { code } } }',
            {
              i: {
                customerName: `Bench Customer ${i + j}`,
                cityId: cityIds[(i + j) % cityIds.length],
                branchId,
              },
            },
            loadProof,
          ),
        ),
      );
      for (const r of results) leadIds.push(r.createLead.lead.id);
    }
    const ordersDb = await createConnection(system.databases.get('orders').url);
    const integrationsDb = await createConnection(system.databases.get('integrations').url);
    try {
      await kit.waitUntil(
        async () => {
          const [rows] = await integrationsDb.query(
            'SELECT COUNT(*) AS n FROM sync_record WHERE aggregate_id IN (?)',
            [leadIds],
          );
          return Number(rows[0].n) === leadIds.length;
        },
        120000,
        200,
      );
      const elapsed = (Date.now() - started) / 1000;
      const [commits] = await ordersDb.query(
        "SELECT message_key AS id, created_at AS at FROM outbox_message WHERE event_type = 'lead.created' AND message_key IN (?)",
        [leadIds],
      );
      const [effects] = await integrationsDb.query(
        'SELECT aggregate_id AS id, created_at AS at FROM sync_record WHERE aggregate_id IN (?)',
        [leadIds],
      );
      const committedAt = new Map(commits.map((r) => [r.id, new Date(r.at).getTime()]));
      const latencies = effects
        .map((r) => new Date(r.at).getTime() - committedAt.get(r.id))
        .sort((a, b) => a - b);
      console.log(
        `   ${leadIds.length} events in ${elapsed.toFixed(1)} s (${(leadIds.length / elapsed).toFixed(0)} leads/s end to end)`,
      );
      console.log(
        `   commit → effect   p50 ${percentile(latencies, 50)} ms   p99 ${percentile(latencies, 99)} ms   max ${latencies.at(-1)} ms`,
      );
    } finally {
      await ordersDb.end();
      await integrationsDb.end();
    }
    await benchOrders({ system, gw, auth, proof, cityIds, branchId, suffix });
  } finally {
    await system.stop();
    const admin = kit.testKafka().admin();
    await admin.connect();
    const topics = (await admin.listTopics()).filter(
      (t) => t.endsWith(suffix) || t.endsWith(`${suffix}.dlq`),
    );
    if (topics.length) await admin.deleteTopics({ topics });
    await admin.disconnect();
  }
}

/**
 * 3. Orders from creation to the approval request existing in approvals. Set-up (not measured): a product,
 * a published DOA matrix routing the product's category, and leads whose technical-feasibility verdict is
 * delivered as feasibility publishes it (feasibility_request.concluded onto its topic, so the set-up needs
 * no BSO partners). Measured: createOrder with submit (order, history, TAT clock, order.submitted and
 * order.state_changed in one transaction), five at a time; each order's latency from its order.submitted
 * outbox commit (orders) to the approvals consumer's committed effect (its inbox row, written with the
 * approval request).
 */
async function benchOrders({ system, gw, auth, proof, cityIds, branchId, suffix }) {
  const cat = await kit.gqlData(
    gw,
    'mutation { createProductCategory(input: { code: "BILL", name: "Bench ILL" }) { productCategory { id } } }',
    {},
    auth,
  );
  const categoryId = cat.createProductCategory.productCategory.id;
  const product = await kit.gqlData(
    gw,
    'mutation($i: CreateProductInput!) { createProduct(input: $i) { product { id } } }',
    { i: { code: 'BILLSTD', name: 'Bench ILL Standard', categoryId } },
    auth,
  );
  const productId = product.createProduct.product.id;
  const matrix = await kit.gqlData(
    gw,
    'mutation { createApprovalMatrix(input: { name: "Bench DOA" }) { approvalMatrix { id } } }',
    {},
    auth,
  );
  const matrixId = matrix.createApprovalMatrix.approvalMatrix.id;
  await kit.gqlData(
    gw,
    'mutation($i: AddApprovalRuleInput!) { addApprovalRule(input: $i) { errors { message } } }',
    {
      i: {
        matrixId,
        priority: 1,
        orderType: 'NEW',
        productCategoryId: categoryId,
        levels: [
          { role: 'RM', limit: '100000', tatHours: 24 },
          { role: 'ZM', limit: '10000000', tatHours: 24 },
        ],
      },
    },
    auth,
  );
  await kit.gqlData(
    gw,
    'mutation($i: PublishApprovalMatrixInput!) { publishApprovalMatrix(input: $i) { errors { message } } }',
    { i: { id: matrixId } },
    auth,
  );
  const leadProof = await proof();
  const leadIds = [];
  for (let i = 0; i < orderCount; i += 10) {
    const batch = await Promise.all(
      Array.from({ length: Math.min(10, orderCount - i) }, (_, j) =>
        kit.gqlData(
          system.subgraphUrls.orders,
          'mutation($i: CreateLeadInput!) { createLead(input: $i) { lead { id } } }',
          {
            i: { customerName: `Order Bench ${i + j}`, cityId: cityIds[(i + j) % cityIds.length], branchId },
          },
          leadProof,
        ),
      ),
    );
    leadIds.push(...batch.map((r) => r.createLead.lead.id));
  }
  const producer = kit.testKafka().producer();
  await producer.connect();
  const now = new Date().toISOString();
  await producer.send({
    topic: `oms.feasibility.v1${suffix}`,
    acks: -1,
    messages: leadIds.map((leadId, i) => {
      const requestId = crypto.randomUUID();
      return {
        key: requestId,
        value: JSON.stringify({
          id: crypto.randomUUID(),
          type: 'feasibility_request.concluded',
          version: 1,
          source: 'feasibility',
          occurredAt: now,
          aggregateType: 'FeasibilityRequest',
          aggregateId: requestId,
          correlationId: crypto.randomUUID(),
          causationId: null,
          actor: { kind: 'USER', id: 'bench-technical' },
          payload: {
            requestId,
            requestNo: `FR-2026-${String(i + 1).padStart(6, '0')}`,
            leadId,
            cityId: cityIds[i % cityIds.length],
            branchId,
            bsoId: crypto.randomUUID(),
            verdict: 'FEASIBLE',
            otcCost: '10000.00',
            mrcCost: '2000.00',
            currency: 'INR',
            expectedDeliveryDays: 10,
            remarks: null,
            decidedAt: now,
            decidedBy: 'bench-technical',
            notify: [],
          },
        }),
      };
    }),
  });
  await producer.disconnect();
  const ordersDb = await createConnection(system.databases.get('orders').url);
  const approvalsDb = await createConnection(system.databases.get('approvals').url);
  try {
    await kit.waitUntil(
      async () => {
        const [rows] = await ordersDb.query(
          'SELECT COUNT(*) AS n FROM lead_feasibility WHERE lead_id IN (?)',
          [leadIds],
        );
        return Number(rows[0].n) === leadIds.length;
      },
      60000,
      200,
    );
    console.log(
      `\n3. orders: createOrder (created, sent for approval) → approval request in approvals over Kafka, ${orderCount} orders, 5 at a time`,
    );
    const orderProof = await proof();
    const mutationMs = [];
    const orderIds = [];
    const started = Date.now();
    for (let i = 0; i < leadIds.length; i += 5) {
      const results = await Promise.all(
        leadIds.slice(i, i + 5).map(async (leadId) => {
          const t0 = performance.now();
          const r = await kit.gqlData(
            system.subgraphUrls.orders,
            'mutation($i: CreateOrderInput!) { createOrder(input: $i) { order { id } errors { code message } } }',
            {
              i: {
                leadId,
                submit: true,
                installationAddress: '1 Bench Road',
                productId,
                arc: '250000',
                otc: '10000',
              },
            },
            orderProof,
          );
          mutationMs.push(performance.now() - t0);
          if (r.createOrder.errors.length) throw new Error(JSON.stringify(r.createOrder.errors));
          return r.createOrder.order.id;
        }),
      );
      orderIds.push(...results);
    }
    const accepted = (Date.now() - started) / 1000;
    await kit.waitUntil(
      async () => {
        const [rows] = await approvalsDb.query(
          'SELECT COUNT(*) AS n FROM approval_request WHERE order_id IN (?)',
          [orderIds],
        );
        return Number(rows[0].n) === orderIds.length;
      },
      120000,
      100,
    );
    const elapsed = (Date.now() - started) / 1000;
    const [commits] = await ordersDb.query(
      "SELECT id, created_at AS at FROM outbox_message WHERE event_type = 'order.submitted' AND message_key IN (?)",
      [orderIds],
    );
    const ids = commits.map((c) => c.id);
    const [effects] = await approvalsDb.query(
      "SELECT event_id AS id, processed_at AS at FROM inbox_message WHERE event_type = 'order.submitted' AND event_id IN (?)",
      [ids],
    );
    const committedAt = new Map(commits.map((r) => [r.id, new Date(r.at).getTime()]));
    const latencies = effects
      .map((r) => new Date(r.at).getTime() - committedAt.get(r.id))
      .sort((a, b) => a - b);
    mutationMs.sort((a, b) => a - b);
    console.log(
      `   ${orderIds.length} orders accepted in ${accepted.toFixed(1)} s (${(orderIds.length / accepted).toFixed(0)} createOrder/s); all approval requests existed after ${elapsed.toFixed(1)} s (${(orderIds.length / elapsed).toFixed(0)} orders/s end to end)`,
    );
    console.log(
      `   createOrder latency   p50 ${percentile(mutationMs, 50).toFixed(0)} ms   p99 ${percentile(mutationMs, 99).toFixed(0)} ms`,
    );
    console.log(
      `   order.submitted commit → approval request   p50 ${percentile(latencies, 50)} ms   p99 ${percentile(latencies, 99)} ms   max ${latencies.at(-1)} ms`,
    );
  } finally {
    await ordersDb.end();
    await approvalsDb.end();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
