import { createLogger, type Logger } from '@oms/config';
import { startGateway, type RunningGateway } from '@oms/gateway';
import { ordersService } from '@oms/orders';
import { approvalsService } from '@oms/approvals';
import { feasibilityService } from '@oms/feasibility';
import { mastersService } from '@oms/masters';
import { createIntegrationsService, loadIntegrationsSettings } from '@oms/integrations';
import type { ServiceName } from '@oms/contracts';
import { startService, type RequestContext, type RunningService, type ServiceModule } from '@oms/server';
import {
  TEST_PROOF_PRIVATE_JWK,
  gql,
  startServiceUnderTest,
  testKafkaBrokers,
  testServiceEnv,
  uniqueSuffix,
  waitUntil,
  type ServiceUnderTest,
} from '@oms/testkit';

/** The administrator masters bootstraps in a secured system. */
export const ADMIN = { email: 'root@oms.test', password: 'Bootstrap-Admin-2026!' };

/** The five subgraphs on MariaDB + Kafka in this process, and the real gateway in front of them. */
export interface SecuredSystem {
  gatewayUrl: string;
  services: Record<ServiceName, ServiceUnderTest>;
  gateway: RunningGateway;
  /**
   * Rolls masters alone: stops it and starts it again on the same database, topics and port (so the gateway,
   * which knows masters by URL, needs nothing new) with `extraEnv` on top of the system's settings.
   * `services.masters` then names the new instance; the gateway and the other subgraphs keep running.
   */
  restartMasters(extraEnv: Record<string, string>): Promise<RunningService>;
  /**
   * Stops one subgraph and starts it again on the same database, topics and port, with `extraEnv` on top of
   * the system's settings: what it missed while it was down reaches it from Kafka and its outbox.
   */
  restart(name: ServiceName, extraEnv?: Record<string, string>): Promise<RunningService>;
  /** Stops one subgraph (to start it again with `start`). */
  halt(name: ServiceName): Promise<void>;
  /** Starts a subgraph `halt` stopped, on the same database, topics and port. */
  start(name: ServiceName, extraEnv?: Record<string, string>): Promise<RunningService>;
  stop(): Promise<void>;
}

/** How to start a secured system beyond its settings. */
export interface SecuredSystemOptions {
  /** The logger of each subgraph and of the gateway (default: the service's own; the gateway's silent). */
  loggerOf?: (name: ServiceName | 'gateway') => Logger | undefined;
}

const SERVICE_ORDER: ServiceName[] = ['masters', 'orders', 'approvals', 'feasibility', 'integrations'];

/**
 * Each subgraph's module for one start. integrations reads its own settings (SMTP, connector URLs and
 * secrets) from the environment the system is started with rather than from this process's variables.
 */
function moduleOf(name: ServiceName, env: Record<string, string>): ServiceModule<RequestContext> {
  const modules: Record<ServiceName, () => unknown> = {
    masters: () => mastersService,
    orders: () => ordersService,
    approvals: () => approvalsService,
    feasibility: () => feasibilityService,
    integrations: () => createIntegrationsService(loadIntegrationsSettings(env)),
  };
  return modules[name]() as ServiceModule<RequestContext>;
}

/**
 * Starts the system as a client meets it: every request goes through the gateway, which verifies tokens
 * against masters' published keys and signs its proof for the subgraphs. masters bootstraps `ADMIN`.
 */
export async function startSecuredSystem(
  extraEnv: Record<string, string> = {},
  options: SecuredSystemOptions = {},
): Promise<SecuredSystem> {
  const suffix = `.${uniqueSuffix()}`;
  const services = {} as Record<ServiceName, ServiceUnderTest>;
  const env = { BOOTSTRAP_ADMIN_EMAIL: ADMIN.email, BOOTSTRAP_ADMIN_PASSWORD: ADMIN.password, ...extraEnv };
  let gateway: RunningGateway | undefined;
  // masters instances started by restartMasters: the ServiceUnderTest's own stop only knows the first one.
  const restarted: RunningService[] = [];
  const stop = async () => {
    await gateway?.stop();
    for (const r of restarted) await r.stop();
    for (const s of Object.values(services).reverse()) await s.stop();
  };
  const halt = async (name: ServiceName) => {
    await services[name].service.stop();
  };
  const start = async (name: ServiceName, serviceEnv: Record<string, string> = {}) => {
    const current = services[name];
    const next = await startService(
      moduleOf(name, { ...env, ...serviceEnv }),
      testServiceEnv({
        databaseUrl: current.database.url,
        kafkaBrokers: testKafkaBrokers(),
        topicSuffix: suffix,
        extra: { ...env, ...serviceEnv, PORT: String(current.service.port) },
      }),
      { logger: options.loggerOf?.(name) },
    );
    restarted.push(next);
    // Its stop still stops the first instance (already stopped), drops the database and deletes the topics.
    services[name] = { ...current, service: next };
    return next;
  };
  const restart = async (name: ServiceName, serviceEnv: Record<string, string> = {}) => {
    await halt(name);
    return start(name, serviceEnv);
  };
  const restartMasters = (mastersEnv: Record<string, string>) => restart('masters', mastersEnv);
  try {
    for (const name of SERVICE_ORDER) {
      services[name] = await startServiceUnderTest(moduleOf(name, env), {
        label: `sec_${name}`,
        suffix,
        record: [],
        extraEnv: env,
        logger: options.loggerOf?.(name),
      });
    }
    gateway = await startGateway({
      port: 0,
      subgraphUrls: Object.fromEntries(Object.values(services).map((s) => [s.service.name, s.service.url])),
      proofPrivateKey: TEST_PROOF_PRIVATE_JWK,
      logger: options.loggerOf?.('gateway') ?? createLogger('gateway', 'silent'),
    });
  } catch (err) {
    await stop().catch(() => undefined);
    throw err;
  }
  return { gatewayUrl: gateway.url, services, gateway, restartMasters, restart, halt, start, stop };
}

export const LOGIN = `mutation($input: LoginInput!) {
  login(input: $input) { tokens { accessToken refreshToken accessTokenExpiresAt refreshTokenExpiresAt tokenType } errors { code field message } }
}`;
export const REFRESH = `mutation($input: RefreshSessionInput!) {
  refreshSession(input: $input) { tokens { accessToken refreshToken } errors { code field message } }
}`;

/** A signed-in client: its tokens and the header to send. */
export interface Session {
  accessToken: string;
  refreshToken: string;
  headers: Record<string, string>;
}

/** Signs in through the gateway; fails the test when it does not work. */
export async function signIn(gatewayUrl: string, email: string, password: string): Promise<Session> {
  const res = await gql(gatewayUrl, LOGIN, { input: { email, password } });
  const login = res.data?.login as { tokens: Session | null; errors: unknown[] } | undefined;
  if (!login?.tokens) throw new Error(`login of ${email} failed: ${JSON.stringify(res)}`);
  const { accessToken, refreshToken } = login.tokens;
  return { accessToken, refreshToken, headers: { authorization: `Bearer ${accessToken}` } };
}

/** Waits until every subgraph knows the user (its access snapshot arrived through Kafka). */
export async function untilKnownEverywhere(gatewayUrl: string, session: Session): Promise<void> {
  const probe = `{ leads(first: 1) { totalCount } approvalMatrices(first: 1) { totalCount }
    feasibilityRequests(first: 1) { totalCount } syncRecords(first: 1) { totalCount } states(first: 1) { totalCount } }`;
  await waitUntil(async () => {
    const res = await gql(gatewayUrl, probe, {}, session.headers);
    return !res.errors?.some((e) => e.extensions?.code === 'UNAUTHENTICATED');
  }, 30000);
}
