import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { createTestDatabase, type TestDatabase } from './mysql';
import { testKafkaBrokers } from './kafka';
import { freePort, startProcess, type ServiceProcess } from './processes';
import { TEST_PROOF_PRIVATE_JWK, TEST_PROOF_PUBLIC_JWK, TEST_TOKEN_PRIVATE_JWK } from './access';

/** The five subgraph services, in start order. */
export const SERVICE_NAMES = ['orders', 'approvals', 'feasibility', 'masters', 'integrations'] as const;

/** The system as in production: five service processes on MariaDB + Kafka and the gateway process. */
export interface DistributedSystem {
  gatewayUrl: string;
  /** Direct subgraph URLs, by service name (for comparisons that bypass the gateway). */
  subgraphUrls: Record<string, string>;
  processes: Map<string, ServiceProcess>;
  databases: Map<string, TestDatabase>;
  suffix: string;
  logDir: string;
  restart(name: string): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Starts every built service (`<repoRoot>/services/<name>/dist/main.js`) as its own process on its own
 * fresh test database, with topics suffixed by `suffix`, then the gateway in front of them.
 */
export async function startDistributedSystem(options: {
  repoRoot: string;
  suffix: string;
  extraEnv?: Record<string, string>;
}): Promise<DistributedSystem> {
  const { repoRoot, suffix } = options;
  const logDir = join(tmpdir(), `oms-system${suffix}`);
  const databases = new Map<string, TestDatabase>();
  const processes = new Map<string, ServiceProcess>();
  const env = new Map<string, Record<string, string>>();
  const gatewayUrls: Record<string, string> = {};
  const subgraphUrls: Record<string, string> = {};
  const scripts = new Map<string, { script: string; readyUrl: string }>();
  const cleanUp = async () => {
    await Promise.all([...processes.values()].map((p) => p.stop()));
    await Promise.all([...databases.values()].map((d) => d.drop()));
  };
  const start = async (name: string) => {
    const { script, readyUrl } = scripts.get(name)!;
    processes.set(name, await startProcess({ name, script, env: env.get(name)!, readyUrl, logDir }));
  };
  try {
    for (const name of SERVICE_NAMES) {
      const db = await createTestDatabase(`sys_${name}`, suffix.replace(/\W/g, ''));
      databases.set(name, db);
      const port = await freePort();
      subgraphUrls[name] = `http://127.0.0.1:${port}/graphql`;
      gatewayUrls[`${name.toUpperCase()}_URL`] = subgraphUrls[name];
      env.set(name, {
        NODE_ENV: 'test',
        PORT: String(port),
        DATABASE_URL: db.url,
        KAFKA_BROKERS: testKafkaBrokers().join(','),
        KAFKA_CLIENT_ID: `oms-${name}`,
        TOPIC_SUFFIX: suffix,
        RELAY_POLL_MS: '100',
        LOG_LEVEL: 'info',
        GATEWAY_PROOF_PUBLIC_KEYS: JSON.stringify(TEST_PROOF_PUBLIC_JWK),
        AUTH_SIGNING_KEYS: JSON.stringify([TEST_TOKEN_PRIVATE_JWK]),
        ...options.extraEnv,
      });
      scripts.set(name, {
        script: join(repoRoot, 'services', name, 'dist', 'main.js'),
        readyUrl: `http://127.0.0.1:${port}/readyz`,
      });
    }
    await Promise.all(SERVICE_NAMES.map((name) => start(name)));
    const gatewayPort = await freePort();
    env.set('gateway', {
      ...gatewayUrls,
      GATEWAY_PORT: String(gatewayPort),
      NODE_ENV: 'test',
      LOG_LEVEL: 'info',
      GATEWAY_PROOF_PRIVATE_KEY: JSON.stringify(TEST_PROOF_PRIVATE_JWK),
    });
    scripts.set('gateway', {
      script: join(repoRoot, 'gateway', 'dist', 'main.js'),
      readyUrl: `http://127.0.0.1:${gatewayPort}/readyz`,
    });
    await start('gateway');
  } catch (err) {
    await cleanUp();
    throw err;
  }
  return {
    gatewayUrl: `http://127.0.0.1:${env.get('gateway')!.GATEWAY_PORT}/graphql`,
    subgraphUrls,
    processes,
    databases,
    suffix,
    logDir,
    restart: async (name) => {
      await processes.get(name)?.stop();
      await start(name);
    },
    stop: cleanUp,
  };
}
