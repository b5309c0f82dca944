import { join } from 'node:path';
import { tmpdir } from 'node:os';
import {
  createTestDatabase,
  freePort,
  gqlData,
  startProcess,
  testKafkaBrokers,
  type ServiceProcess,
  type TestDatabase,
} from '@oms/testkit';

/** The repository root (the built services live under it). */
export const repoRoot = join(__dirname, '..', '..');

export const SERVICES = ['orders', 'approvals', 'feasibility', 'masters', 'integrations'] as const;

/** The distributed system under test: five service processes on MariaDB + Kafka and the gateway process. */
export interface DistributedSystem {
  gatewayUrl: string;
  processes: Map<string, ServiceProcess>;
  databases: TestDatabase[];
  suffix: string;
  logDir: string;
  env: Map<string, Record<string, string>>;
  restart(name: string): Promise<void>;
  stop(): Promise<void>;
}

/** Starts every service as its own process (built `dist/main.js`), each on its own test database. */
export async function startDistributed(suffix: string): Promise<DistributedSystem> {
  const logDir = join(tmpdir(), `oms-e2e${suffix}`);
  const databases: TestDatabase[] = [];
  const processes = new Map<string, ServiceProcess>();
  const env = new Map<string, Record<string, string>>();
  const urls: Record<string, string> = {};
  const scripts = new Map<string, { script: string; readyUrl: string }>();
  for (const name of SERVICES) {
    const db = await createTestDatabase(`e2e_${name}`, suffix.replace(/\W/g, ''));
    databases.push(db);
    const port = await freePort();
    urls[`${name.toUpperCase()}_URL`] = `http://127.0.0.1:${port}/graphql`;
    env.set(name, {
      NODE_ENV: 'test',
      PORT: String(port),
      DATABASE_URL: db.url,
      KAFKA_BROKERS: testKafkaBrokers().join(','),
      KAFKA_CLIENT_ID: `oms-${name}-e2e`,
      TOPIC_SUFFIX: suffix,
      RELAY_POLL_MS: '100',
      LOG_LEVEL: 'info',
    });
    scripts.set(name, {
      script: join(repoRoot, 'services', name, 'dist', 'main.js'),
      readyUrl: `http://127.0.0.1:${port}/readyz`,
    });
  }
  const start = async (name: string) => {
    const { script, readyUrl } = scripts.get(name)!;
    processes.set(name, await startProcess({ name, script, env: env.get(name)!, readyUrl, logDir }));
  };
  try {
    await Promise.all(SERVICES.map((name) => start(name)));
    const gatewayPort = await freePort();
    env.set('gateway', { ...urls, GATEWAY_PORT: String(gatewayPort), NODE_ENV: 'test', LOG_LEVEL: 'info' });
    scripts.set('gateway', {
      script: join(repoRoot, 'gateway', 'dist', 'main.js'),
      readyUrl: `http://127.0.0.1:${gatewayPort}/readyz`,
    });
    await start('gateway');
    return {
      gatewayUrl: `http://127.0.0.1:${gatewayPort}/graphql`,
      processes,
      databases,
      suffix,
      logDir,
      env,
      restart: async (name) => {
        await processes.get(name)?.stop();
        await start(name);
      },
      stop: async () => {
        await Promise.all([...processes.values()].map((p) => p.stop()));
        await Promise.all(databases.map((d) => d.drop()));
      },
    };
  } catch (err) {
    await Promise.all([...processes.values()].map((p) => p.stop()));
    await Promise.all(databases.map((d) => d.drop()));
    throw err;
  }
}

/** GraphQL operations a frontend would send. */
export const ops = {
  createState: `mutation($input: CreateStateInput!) { createState(input: $input) { state { id code } errors { code field message } } }`,
  createCity: `mutation($input: CreateCityInput!) { createCity(input: $input) { city { id code } errors { code field message } } }`,
  createLead: `mutation($input: CreateLeadInput!) { createLead(input: $input) { lead { id leadNo } errors { code field message } } }`,
};

/** Creates a state and a city through the gateway and returns the city id. */
export async function createCity(gatewayUrl: string, code: string): Promise<string> {
  const { createState } = await gqlData(gatewayUrl, ops.createState, { input: { code: `S${code}`.slice(0, 10), name: `State ${code}` } });
  expect(createState.errors).toEqual([]);
  const { createCity } = await gqlData(gatewayUrl, ops.createCity, {
    input: { stateId: createState.state.id, code, name: `City ${code}` },
  });
  expect(createCity.errors).toEqual([]);
  return createCity.city.id as string;
}
