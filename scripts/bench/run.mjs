#!/usr/bin/env node
// `npm run bench`: prints figures, asserts nothing. Starts the built system as in production (five service
// processes on MariaDB + Kafka, the gateway process), then measures
//   1. one query straight to a subgraph and the same query through the gateway (requests/s, p50, p99);
//   2. event latency from outbox commit (orders) to consumer effect (integrations' sync record) over Kafka.
// Settings: BENCH_DURATION_S (default 10), BENCH_CONNECTIONS (default 10), BENCH_EVENTS (default 300).
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import os from 'node:os';
import autocannon from 'autocannon';
import { createConnection } from 'mysql2/promise';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const kit = require(join(root, 'packages/testkit/dist/index.js'));

const duration = Number(process.env.BENCH_DURATION_S ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);
const eventCount = Number(process.env.BENCH_EVENTS ?? 300);

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

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
