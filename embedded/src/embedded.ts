import { createLogger, loadServiceEnv, type Logger, type ServiceEnv } from '@oms/config';
import type { EmbeddedEnv } from './embedded-env';
import { InProcessTransport } from '@oms/messaging';
import {
  startService,
  type RequestContext,
  type RunningService,
  type ServiceModule,
  type StartOptions,
} from '@oms/server';
import type { ServiceName } from '@oms/contracts';
import { startGateway } from '@oms/gateway';
import { generateSigningKey } from '@oms/auth/lite';
import { ordersService } from '@oms/orders';
import { approvalsService } from '@oms/approvals';
import { feasibilityService } from '@oms/feasibility';
import { mastersService } from '@oms/masters';
import { integrationsService } from '@oms/integrations';
import { holdRunLock, type DailyBackups } from '@oms/backup';
import { startDailyBackups } from './backup-schedule';

/** Starts one subgraph service; keeps each module's own context type without casts. */
interface Launcher {
  name: ServiceName;
  start: (env: ServiceEnv, options: StartOptions) => Promise<RunningService>;
}

function launcher<C extends RequestContext>(module: ServiceModule<C>): Launcher {
  return { name: module.name, start: (env, options) => startService(module, env, options) };
}

/** The five subgraphs in start order (every consumer subscribes before any relay publishes). */
export const LAUNCHERS: readonly Launcher[] = [
  launcher(ordersService),
  launcher(approvalsService),
  launcher(feasibilityService),
  launcher(mastersService),
  launcher(integrationsService),
];

const PORT_VARIABLE: Record<ServiceName, keyof EmbeddedEnv> = {
  orders: 'ORDERS_PORT',
  approvals: 'APPROVALS_PORT',
  feasibility: 'FEASIBILITY_PORT',
  masters: 'MASTERS_PORT',
  integrations: 'INTEGRATIONS_PORT',
};

/** The running embedded system. */
export interface EmbeddedSystem {
  gatewayUrl: string;
  services: RunningService[];
  /** The daily backup of the SQLite files (null when BACKUP_DAILY_AT=off). */
  backups: DailyBackups | null;
  stop(): Promise<void>;
}

/**
 * Starts the gateway and all five subgraphs in this process: each subgraph on its own port with its own
 * SQLite file under `DATA_DIR`, all sharing one in-process event bus. Relays start only after every
 * consumer has subscribed, so no event is published before its consumers listen.
 */
export async function startEmbedded(
  env: EmbeddedEnv,
  logger: Logger = createLogger('embedded', env.LOG_LEVEL),
): Promise<EmbeddedSystem> {
  // One process per DATA_DIR: sql.js writes each whole database file from memory after every change.
  const releaseLock = holdRunLock(env.DATA_DIR);
  const transport = new InProcessTransport(`embedded-${process.pid}-${Date.now()}`);
  const services: RunningService[] = [];
  const stopAll = async () => {
    for (const s of [...services].reverse()) await s.stop();
  };
  try {
    await transport.connect();
    // The gateway proof key lives only as long as this process: both halves stay in memory.
    const proofKey = await generateSigningKey(`embedded-gateway-${Date.now()}`);
    for (const { name, start } of LAUNCHERS) {
      const serviceEnv = loadServiceEnv({
        // Auth settings (bootstrap admin, signing keys, token lifetimes) pass through; storage and
        // transport are the embedded ones.
        ...authSettingsOf(process.env),
        GATEWAY_PROOF_PUBLIC_KEYS: JSON.stringify(proofKey.publicJwk),
        NODE_ENV: process.env.NODE_ENV,
        PORT: String(env[PORT_VARIABLE[name]]),
        HOST: '127.0.0.1',
        DATA_DIR: env.DATA_DIR,
        LOG_LEVEL: env.LOG_LEVEL,
      });
      services.push(
        await start(serviceEnv, { transport, deferRelay: true, logger: createLogger(name, env.LOG_LEVEL) }),
      );
    }
    for (const s of services) s.startRelay();
    const gateway = await startGateway({
      host: env.GATEWAY_HOST,
      port: env.GATEWAY_PORT,
      subgraphUrls: Object.fromEntries(services.map((s) => [s.name, s.url])),
      production: process.env.NODE_ENV === 'production',
      logger: createLogger('gateway', env.LOG_LEVEL),
      proofPrivateKey: proofKey.privateJwk,
    });
    logger.info({ url: gateway.url, dataDir: env.DATA_DIR }, 'OMS is up (embedded mode)');
    const backups = startDailyBackups(env, services, logger);
    return {
      gatewayUrl: gateway.url,
      services,
      backups,
      stop: async () => {
        // A backup in progress finishes while the databases are still open.
        await backups?.stop();
        await gateway.stop();
        await stopAll();
        await transport.disconnect();
        releaseLock();
      },
    };
  } catch (err) {
    await stopAll();
    releaseLock();
    throw err;
  }
}

/** The authentication settings of the environment (AUTH_*, BOOTSTRAP_ADMIN_*, token and login limits). */
function authSettingsOf(env: NodeJS.ProcessEnv): Record<string, string> {
  const prefixes = ['AUTH_', 'BOOTSTRAP_ADMIN_', 'ACCESS_TOKEN_', 'REFRESH_TOKEN_', 'LOGIN_'];
  return Object.fromEntries(
    Object.entries(env).filter(
      (entry): entry is [string, string] =>
        entry[1] !== undefined && prefixes.some((prefix) => entry[0].startsWith(prefix)),
    ),
  );
}
