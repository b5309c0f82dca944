import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import type { DocumentNode, GraphQLFormattedError } from 'graphql';
import { withLogContext, type Logger } from '@oms/config';
import type { Principal } from '@oms/auth';
import { actorOf, correlationIdFrom, type RequestContext } from './request-context';
import { ServiceMetrics } from './metrics';
import { operationObserver } from './operation-metrics';

/** How to serve one subgraph over HTTP. */
export interface SubgraphServerOptions<C extends RequestContext> {
  name: string;
  typeDefs: DocumentNode;
  resolvers: GraphQLResolverMap<C>;
  host: string;
  port: number;
  production: boolean;
  logger: Logger;
  /** Ready only when the database and the transport are. */
  ready: () => Promise<boolean>;
  /** Extends the base request context (loaders, services). */
  context?: (base: RequestContext) => C;
  /**
   * Establishes the caller from the request headers (the gateway's proof); throws a GraphQL error with an
   * HTTP status to refuse the request before anything runs.
   */
  authenticate: (headers: http.IncomingHttpHeaders) => Promise<Principal>;
  /** Further HTTP routes beside `/graphql` (e.g. masters' JWK set). */
  routes?: (app: express.Express) => void;
  /** The service's metrics, served on `/metrics`; a registry of its own when not given. */
  metrics?: ServiceMetrics;
  /** How many distinct operation names the latency histogram labels (see `OperationLabels`). */
  maxOperationNames?: number;
}

/** A listening subgraph HTTP server. */
export interface SubgraphServer {
  url: string;
  port: number;
  /** Stops taking requests, lets in-flight ones finish, then closes. */
  stop(): Promise<void>;
}

/**
 * Serves a Federation 2 subgraph with Apollo Server 5 on Express: `/graphql`, `/healthz` (the process is
 * alive), `/readyz` (database and transport answer) and `/metrics` (Prometheus). Every GraphQL request is
 * timed and logged, and every log line written while it runs carries its correlation id. In production
 * there is no introspection, no landing page and no stack trace in errors.
 */
export async function startSubgraphServer<C extends RequestContext>(
  options: SubgraphServerOptions<C>,
): Promise<SubgraphServer> {
  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);
  const metrics = options.metrics ?? new ServiceMetrics(options.name, { logger: options.logger });
  const operations = operationObserver({
    metrics,
    logger: options.logger,
    subgraph: options.name,
    maxOperationNames: options.maxOperationNames,
    correlationIdOf: (_req, res) => res.locals.correlationId as string,
  });
  const plugins: ApolloServerPlugin<C>[] = [
    ApolloServerPluginDrainHttpServer({ httpServer }),
    ApolloServerPluginInlineTraceDisabled(),
    operations.plugin,
  ];
  if (options.production) plugins.push(ApolloServerPluginLandingPageDisabled());
  const apollo = new ApolloServer<C>({
    schema: buildSubgraphSchema({
      typeDefs: options.typeDefs,
      resolvers: options.resolvers as GraphQLResolverMap<unknown>,
    }),
    introspection: !options.production,
    includeStacktraceInErrorResponses: !options.production,
    // The process's own shutdown (installShutdown) stops every server in order; Apollo's default SIGTERM
    // handlers would stop each server on their own and re-raise the signal, racing it.
    stopOnTerminationSignals: false,
    plugins,
    formatError: (formatted, error) => maskError(formatted, error, options),
  });
  await apollo.start();

  let stopping = false;
  // Settled once per request: its log lines (file routes included), the access log and the events the
  // request causes share it.
  app.use((req, res, next) => {
    const correlationId = correlationIdFrom(req.headers);
    res.locals.correlationId = correlationId;
    withLogContext({ correlationId }, next);
  });
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok', service: options.name });
  });
  app.get('/readyz', async (_req, res) => {
    const ready = !stopping && (await options.ready().catch(() => false));
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'not ready', service: options.name });
  });
  app.get('/metrics', metrics.handler());
  options.routes?.(app);
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    operations.middleware,
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const principal = await options.authenticate(req.headers);
        const base: RequestContext = {
          correlationId: res.locals.correlationId as string,
          causationId: null,
          actor: actorOf(principal),
          principal,
        };
        return options.context ? options.context(base) : (base as C);
      },
    }),
  );

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port, options.host, () => resolve());
  });
  const port = (httpServer.address() as AddressInfo).port;
  return {
    port,
    url: `http://${options.host}:${port}/graphql`,
    stop: async () => {
      stopping = true;
      await apollo.stop();
    },
  };
}

function maskError<C extends RequestContext>(
  formatted: GraphQLFormattedError,
  error: unknown,
  options: SubgraphServerOptions<C>,
): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (code === 'INTERNAL_SERVER_ERROR' || code === undefined) {
    options.logger.error({ err: error }, 'unexpected resolver error');
    if (options.production)
      return { message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  }
  return formatted;
}
