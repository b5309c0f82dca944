import type { DocumentNode } from 'graphql';
import type { EntitySchema, MixedList } from 'typeorm';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { createLogger, type Logger, type ServiceEnv } from '@oms/config';
import { Database, type DatabaseOptions } from '@oms/persistence';
import { deadLetterTopicOf, topicOf, type ServiceName } from '@oms/contracts';
import {
  CreateMessagingTables1763700000000,
  EventConsumer,
  InProcessTransport,
  KafkaTransport,
  OutboxRelay,
  UnitOfWork,
  messagingEntities,
  type ConsumerOptions,
  type EventHandler,
  type MessageTransport,
} from '@oms/messaging';
import type { IncomingHttpHeaders } from 'node:http';
import type express from 'express';
import {
  AccessDirectory,
  CreateAccessCopy1763700000600,
  GATEWAY_PROOF_HEADER,
  Principal,
  ProofVerifier,
  accessCopyEntities,
  accessCopyHandlers,
  secureResolvers,
  unauthenticated,
  type Policy,
} from '@oms/auth';
import { startSubgraphServer, type SubgraphServer } from './subgraph-server';
import { ServiceMetrics, type MetricsRegistrar } from './metrics';
import { registerMessagingMetrics } from './messaging-metrics';
import type { RequestContext } from './request-context';

/** The wired infrastructure a service's composition root builds its use cases from. */
export interface Infrastructure {
  db: Database;
  uow: UnitOfWork;
  env: ServiceEnv;
  logger: Logger;
}

/** What a service's composition root hands back: its resolvers and the event handlers it consumes with. */
export interface ServiceWiring<C extends RequestContext> {
  resolvers: GraphQLResolverMap<C>;
  /** Handlers by event type, for the topics in `consumes`. */
  handlers?: Record<string, EventHandler>;
  context?: (base: RequestContext) => C;
  /** Further HTTP routes beside `/graphql`. */
  routes?: (app: express.Express) => void;
  /** Runs once the database is open and before the server listens (e.g. bootstrapping the first admin). */
  onStart?: () => Promise<void>;
  /**
   * Runs when the service stops (and when start-up fails after `onStart`), before the consumer and relay
   * drain: stops what `onStart` started (background loops such as mail senders or TAT sweeps).
   */
  onStop?: () => Promise<void>;
  /**
   * Registers the service's own metrics beside the shared ones (requests, outbox, consumer), read at
   * scrape time from `GET /metrics` (e.g. orders' overdue orders and tasks).
   */
  metrics?: (registrar: MetricsRegistrar) => void;
}

/** The static description of a subgraph service. */
export interface ServiceModule<C extends RequestContext = RequestContext> {
  name: ServiceName;
  typeDefs: DocumentNode;
  entities: EntitySchema[];
  migrations: MixedList<new () => unknown>;
  /** The services whose topics this one consumes (every service but masters also consumes masters' topic). */
  consumes: ServiceName[];
  /** Who may call what: enforced on every query, mutation, entity reference and foreign-entity field. */
  policy: Policy;
  wire(infra: Infrastructure): ServiceWiring<C>;
}

/** A started service. */
export interface RunningService {
  name: ServiceName;
  url: string;
  port: number;
  db: Database;
  transport: MessageTransport;
  relay: OutboxRelay;
  consumer: EventConsumer | null;
  logger: Logger;
  /** What `GET /metrics` serves. */
  metrics: ServiceMetrics;
  /** Starts the outbox relay when it was deferred. */
  startRelay(): void;
  /** Graceful stop: no new requests, in-flight ones finish, relay and consumer drain, connections close. */
  stop(): Promise<void>;
}

/** Options for starting a service inside a larger process (embedded mode, tests). */
export interface StartOptions {
  transport?: MessageTransport;
  /** Do not start the relay yet (embedded mode starts every consumer before any relay). */
  deferRelay?: boolean;
  logger?: Logger;
}

/** Picks the transport from the environment: Kafka when `KAFKA_BROKERS` is set, in-process otherwise. */
export function createTransport(name: ServiceName, env: ServiceEnv, logger: Logger): MessageTransport {
  if (env.KAFKA_BROKERS) {
    return new KafkaTransport({
      brokers: env.KAFKA_BROKERS,
      clientId: env.KAFKA_CLIENT_ID ?? `oms-${name}`,
      logger,
    });
  }
  return new InProcessTransport();
}

/**
 * Opens a service's database with its own entities and the shared messaging and access-copy tables, and
 * brings its schema up to date by running the pending migrations.
 */
export function openServiceDatabase<C extends RequestContext>(
  module: ServiceModule<C>,
  env: ServiceEnv,
): Promise<Database> {
  return Database.open(serviceDatabaseOptions(module, env));
}

/**
 * How a service's database is opened: its own entities and migrations beside the shared messaging and
 * access-copy ones (also what the `migrate` command runs).
 */
export function serviceDatabaseOptions<C extends RequestContext>(
  module: Pick<ServiceModule<C>, 'name' | 'entities' | 'migrations'>,
  env: ServiceEnv,
): DatabaseOptions {
  return {
    service: module.name,
    url: env.DATABASE_URL,
    dataDir: env.DATA_DIR,
    entities: [...module.entities, ...messagingEntities, ...accessCopyEntities],
    migrations: [
      CreateMessagingTables1763700000000,
      CreateAccessCopy1763700000600,
      ...(module.migrations as (new () => unknown)[]),
    ],
    createDatabase: env.DB_CREATE,
  };
}

/** The services whose topics a service consumes: every service but masters also keeps users' access copy. */
function consumedServices(module: Pick<ServiceModule, 'name' | 'consumes'>): ServiceName[] {
  return module.name === 'masters'
    ? module.consumes
    : [...new Set<ServiceName>([...module.consumes, 'masters'])];
}

/**
 * How a service consumes: its consumer group, topics and handlers (masters writes its own access copy; the
 * others apply masters' access events beside their own handlers). Null when it consumes nothing.
 */
export function consumerOptionsOf<C extends RequestContext>(
  module: ServiceModule<C>,
  wiring: ServiceWiring<C>,
  env: ServiceEnv,
  logger: Logger,
  onEventsWritten?: () => void,
): ConsumerOptions | null {
  const consumes = consumedServices(module);
  const handlers =
    module.name === 'masters' ? wiring.handlers : { ...accessCopyHandlers, ...wiring.handlers };
  if (!handlers || consumes.length === 0) return null;
  return {
    name: `oms-${module.name}`,
    topics: consumes.map((s) => topicOf(s, env.TOPIC_SUFFIX)),
    handlers,
    topicSuffix: env.TOPIC_SUFFIX,
    maxAttempts: env.CONSUMER_MAX_ATTEMPTS,
    retryBaseMs: env.CONSUMER_RETRY_BASE_MS,
    logger: logger.child({ component: 'consumer' }),
    onEventsWritten,
  };
}

/** Opens the database, connects the transport, starts consumer, relay and HTTP server, in that order. */
export async function startService<C extends RequestContext>(
  module: ServiceModule<C>,
  env: ServiceEnv,
  options: StartOptions = {},
): Promise<RunningService> {
  const logger = options.logger ?? createLogger(module.name, env.LOG_LEVEL);
  const db = await openServiceDatabase(module, env);
  const transport = options.transport ?? createTransport(module.name, env, logger);
  const relay = new OutboxRelay(db, transport, {
    service: module.name,
    pollMs: env.RELAY_POLL_MS,
    batchSize: env.RELAY_BATCH_SIZE,
    logger: logger.child({ component: 'relay' }),
  });
  const uow = new UnitOfWork(db, env.TOPIC_SUFFIX, () => relay.nudge());
  let wiring: ServiceWiring<C>;
  let proof: ProofVerifier;
  try {
    proof = await ProofVerifier.fromSetting(env.GATEWAY_PROOF_PUBLIC_KEYS, 'GATEWAY_PROOF_PUBLIC_KEYS');
    wiring = module.wire({ db, uow, env, logger });
    wiring = { ...wiring, resolvers: secureResolvers(module.typeDefs, wiring.resolvers, module.policy) };
  } catch (err) {
    await db.close();
    throw err;
  }
  const consumes = consumedServices(module);
  const consumerOptions = consumerOptionsOf(module, wiring, env, logger, () => relay.nudge());
  const authenticate = principalResolver(proof, new AccessDirectory(db), logger);

  try {
    await transport.connect();
    const own = topicOf(module.name, env.TOPIC_SUFFIX);
    const consumed = consumes.map((s) => topicOf(s, env.TOPIC_SUFFIX));
    await transport.ensureTopics([
      own,
      deadLetterTopicOf(own),
      ...consumed,
      ...consumed.map(deadLetterTopicOf),
    ]);
  } catch (err) {
    await db.close();
    throw err;
  }

  let consumer: EventConsumer | null = null;
  if (consumerOptions) {
    consumer = new EventConsumer(db, transport, consumerOptions);
    await consumer.start();
  }
  if (!options.deferRelay) relay.start();
  const metrics = new ServiceMetrics(module.name, { logger: logger.child({ component: 'metrics' }) });
  let server: SubgraphServer;
  try {
    registerMessagingMetrics(metrics, { relay, consumer, consumerName: `oms-${module.name}` });
    wiring.metrics?.(metrics);
    await wiring.onStart?.();
    server = await startSubgraphServer<C>({
      name: module.name,
      typeDefs: module.typeDefs,
      resolvers: wiring.resolvers,
      host: env.HOST,
      port: env.PORT,
      production: env.NODE_ENV === 'production',
      logger,
      ready: async () => transport.isReady() && (await db.ping()),
      context: wiring.context,
      authenticate,
      routes: wiring.routes,
      metrics,
    });
  } catch (err) {
    // A failed start-up (e.g. a refused bootstrap setting) releases what it started: consumer, relay,
    // transport and database, so no relay keeps polling and the process can exit.
    await wiring.onStop?.().catch(() => undefined);
    await consumer?.stop().catch(() => undefined);
    await relay.stop().catch(() => undefined);
    if (!options.transport) await transport.disconnect().catch(() => undefined);
    await db.close().catch(() => undefined);
    throw err;
  }
  logger.info({ url: server.url, database: db.dialect, transport: transport.kind }, 'service started');

  let stopped: Promise<void> | null = null;
  return {
    name: module.name,
    url: server.url,
    port: server.port,
    db,
    transport,
    relay,
    consumer,
    logger,
    metrics,
    startRelay: () => relay.start(),
    stop: () =>
      (stopped ??= (async () => {
        await server.stop();
        await wiring.onStop?.();
        await consumer?.stop();
        await relay.stop();
        if (!options.transport) await transport.disconnect();
        await db.close();
        logger.info('service stopped');
      })()),
  };
}

/**
 * Establishes who calls: the gateway's proof must verify (otherwise the call did not come through the
 * gateway and is refused whole); an anonymous proof gives the anonymous principal; a user's proof gives the
 * user's access as this service's copy knows it, unless the user is unknown here, deactivated, or the
 * session was revoked.
 */
function principalResolver(
  proof: ProofVerifier,
  directory: AccessDirectory,
  logger: Logger,
): (headers: IncomingHttpHeaders) => Promise<Principal> {
  return async (headers) => {
    const header = headers[GATEWAY_PROOF_HEADER];
    let caller;
    try {
      caller = await proof.verify(Array.isArray(header) ? header[0] : header);
    } catch (err) {
      logger.warn({ reason: (err as Error).message }, 'refused a call without a valid gateway proof');
      throw unauthenticated('This service answers only calls that come through the gateway.', 401);
    }
    if (!caller.userId) return Principal.anonymous();
    const [snapshot, revoked] = await Promise.all([
      directory.snapshotOf(caller.userId),
      caller.sessionId ? directory.isRevoked(caller.sessionId) : Promise.resolve(false),
    ]);
    if (!snapshot || !snapshot.active || revoked)
      throw unauthenticated('Your session is no longer valid. Sign in again.', 200);
    return Principal.of(snapshot, caller.sessionId);
  };
}
