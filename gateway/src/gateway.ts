import { existsSync, readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import express from 'express';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import type { GraphQLFormattedError } from 'graphql';
import { createLogger, withLogContext, type Logger } from '@oms/config';
import { ServiceMetrics, operationObserver } from '@oms/server/lite';
import { AccessTokenVerifier, ProofSigner, type JWK, type TokenAudience } from '@oms/auth/lite';
import { correlationIdMiddleware, gatewayContextOf, type GatewayContext } from './gateway-context';
import { fileProxy } from './file-proxy';
import { queryLimitsPlugin } from './query-limits.plugin';
import { SubgraphDataSource } from './subgraph-data-source';
import { SubgraphHttpClient } from './subgraph-http-client';
import { SUPERGRAPH_FILE, findRepoRoot } from './subgraph-plan';
import { checkSubgraphs } from './subgraph-readiness';

/** How to start the gateway; everything has a default suitable for a developer machine. */
export interface GatewayOptions {
  /** The composed supergraph SDL; when absent it is read from `supergraphPath`. */
  supergraphSdl?: string;
  /** Default: `supergraph/supergraph.graphql` below the repository root. */
  supergraphPath?: string;
  /** Subgraph name → GraphQL URL, overriding the URL composed into the supergraph (the port plan). */
  subgraphUrls?: Readonly<Record<string, string>>;
  /** Default 127.0.0.1. */
  host?: string;
  /** Default 4000; 0 picks a free port. */
  port?: number;
  /** Production: no introspection, no landing page, no stack traces, internal error messages masked. */
  production?: boolean;
  /** Default 10. */
  maxQueryDepth?: number;
  /** Default 5000. */
  maxQueryCost?: number;
  /** How many distinct operation names the latency histogram labels before folding into `(other)`. */
  maxOperationNames?: number;
  /** How long `/readyz` waits for each subgraph's `/readyz`; default 2000 ms. */
  readinessTimeoutMs?: number;
  logger?: Logger;
  /** The private JWK the gateway signs its proofs to the subgraphs with. */
  proofPrivateKey: JWK;
  /** Access tokens: who issues them and for whom (default `oms-masters` → `oms-api`). */
  tokenAudience?: TokenAudience;
  /** Where masters publishes its token-signing keys; default `/.well-known/jwks.json` on masters' host. */
  jwksUrl?: string;
  /** Fixed token-verification keys instead of fetching them (tests, tools). */
  tokenKeys?: { keys: JWK[] };
}

/** A listening gateway. */
export interface RunningGateway {
  /** The GraphQL endpoint, e.g. `http://127.0.0.1:4000/graphql`. */
  url: string;
  port: number;
  /** What `GET /metrics` serves. */
  metrics: ServiceMetrics;
  /** Stops taking requests, lets in-flight ones finish, then closes subgraph connections. */
  stop(): Promise<void>;
}

/** Where the gateway reads the supergraph from when told nothing: the composed, committed file. */
export function defaultSupergraphPath(): string {
  return path.join(findRepoRoot(__dirname), SUPERGRAPH_FILE);
}

/**
 * Serves the composed supergraph: Apollo Gateway behind Apollo Server 5 on Express 5, with `/graphql`,
 * `/healthz` (the process is alive), `/readyz` (every subgraph's `/readyz` answers 200) and `/metrics`
 * (Prometheus; each operation is also logged once, with its correlation id). Each request
 * gets one correlation id; its access token is verified against masters' published keys and the caller is
 * vouched for to every subgraph with a signed proof; operations deeper or costlier than the limits are
 * refused before any subgraph is called.
 */
export async function startGateway(options: GatewayOptions): Promise<RunningGateway> {
  const production = options.production ?? false;
  const host = options.host ?? '127.0.0.1';
  const logger = options.logger ?? createLogger('gateway');
  const supergraphSdl =
    options.supergraphSdl ?? readSupergraph(options.supergraphPath ?? defaultSupergraphPath());
  const overrides = options.subgraphUrls ?? {};
  const readinessTimeoutMs = options.readinessTimeoutMs ?? 2000;

  const client = new SubgraphHttpClient();
  const subgraphs = new Map<string, string>();
  const gateway = new ApolloGateway({
    supergraphSdl,
    logger: logger.child({ component: 'apollo-gateway' }),
    buildService: ({ name, url }) => {
      const target = overrides[name] ?? url;
      if (!target) throw new Error(`subgraph "${name}" has no URL in the supergraph and no override`);
      subgraphs.set(name, target);
      return new SubgraphDataSource(target, client);
    },
  });

  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);
  const metrics = new ServiceMetrics('gateway', { logger: logger.child({ component: 'metrics' }) });
  // One access-log line per operation (`graphql operation`) with its correlation id, and the histogram.
  const operations = operationObserver({
    metrics,
    logger,
    maxOperationNames: options.maxOperationNames,
    correlationIdOf: (_req, res) => res.locals.correlationId as string,
  });
  const plugins: ApolloServerPlugin<GatewayContext>[] = [
    ApolloServerPluginDrainHttpServer({ httpServer }),
    operations.plugin,
    queryLimitsPlugin({ maxDepth: options.maxQueryDepth ?? 10, maxCost: options.maxQueryCost ?? 5000 }),
  ];
  if (production) plugins.push(ApolloServerPluginLandingPageDisabled());
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    introspection: !production,
    includeStacktraceInErrorResponses: !production,
    // The process's own shutdown stops the gateway; Apollo's SIGTERM handler would race it (see subgraphs).
    stopOnTerminationSignals: false,
    plugins,
    logger: logger.child({ component: 'apollo-server' }),
    formatError: (formatted, error) => maskInternalError(formatted, error, production, logger),
  });
  try {
    await apollo.start();
    const unknown = Object.keys(overrides).filter((name) => !subgraphs.has(name));
    if (unknown.length > 0) {
      throw new Error(
        `subgraph URL override for ${unknown.join(', ')}: not in the supergraph (it has ${[...subgraphs.keys()].join(', ')})`,
      );
    }
  } catch (err) {
    await apollo.stop().catch(() => undefined);
    client.destroy();
    throw err;
  }

  const auth = {
    tokens: tokenVerifier(options, subgraphs.get('masters')),
    proofs: await ProofSigner.fromJwk(options.proofPrivateKey),
  };

  let stopping = false;
  app.use(correlationIdMiddleware);
  app.use((_req, res, next) => withLogContext({ correlationId: res.locals.correlationId as string }, next));
  app.get('/metrics', metrics.handler());
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok', service: 'gateway' });
  });
  app.get('/readyz', async (_req, res) => {
    if (stopping) {
      res.status(503).json({ status: 'not ready', service: 'gateway', subgraphs: {} });
      return;
    }
    const report = await checkSubgraphs(subgraphs, client, readinessTimeoutMs);
    res.status(report.ready ? 200 : 503).json({
      status: report.ready ? 'ready' : 'not ready',
      service: 'gateway',
      subgraphs: report.subgraphs,
    });
  });
  app.all('/files/:service/:token', fileProxy(subgraphs, logger));
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    operations.middleware,
    expressMiddleware(apollo, { context: ({ req, res }) => gatewayContextOf(req, res, auth, logger) }),
  );

  try {
    await new Promise<void>((resolve, reject) => {
      httpServer.once('error', reject);
      httpServer.listen(options.port ?? 4000, host, () => {
        httpServer.off('error', reject);
        resolve();
      });
    });
  } catch (err) {
    await apollo.stop().catch(() => undefined);
    client.destroy();
    throw err;
  }
  const port = (httpServer.address() as AddressInfo).port;
  logger.info({ port, subgraphs: Object.fromEntries(subgraphs) }, 'gateway listening');

  let stopped: Promise<void> | null = null;
  return {
    url: `http://${host}:${port}/graphql`,
    port,
    metrics,
    stop: () =>
      (stopped ??= (async () => {
        stopping = true;
        // The drain plugin closes the HTTP server and waits for in-flight requests; then the gateway stops.
        await apollo.stop();
        client.destroy();
      })()),
  };
}

/** Verifies tokens with the fixed keys given, or with the JWK set masters publishes. */
function tokenVerifier(options: GatewayOptions, mastersUrl: string | undefined): AccessTokenVerifier {
  const audience = options.tokenAudience ?? { issuer: 'oms-masters', audience: 'oms-api' };
  if (options.tokenKeys) return AccessTokenVerifier.local(options.tokenKeys, audience);
  const jwksUrl = options.jwksUrl ?? (mastersUrl ? new URL('/.well-known/jwks.json', mastersUrl).href : null);
  if (!jwksUrl) throw new Error('no masters subgraph to fetch token keys from: set AUTH_JWKS_URL');
  return AccessTokenVerifier.remote(jwksUrl, audience);
}

function readSupergraph(file: string): string {
  if (!existsSync(file)) {
    throw new Error(
      `supergraph file not found: ${file}. Compose it with \`npm run supergraph:compose\` or set SUPERGRAPH_PATH.`,
    );
  }
  return readFileSync(file, 'utf8');
}

/** Unexpected errors are logged; in production their message (which may name internal hosts) is hidden. */
function maskInternalError(
  formatted: GraphQLFormattedError,
  error: unknown,
  production: boolean,
  logger: Logger,
): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (code !== 'INTERNAL_SERVER_ERROR' && code !== undefined) return formatted;
  logger.error({ err: error }, 'unexpected gateway error');
  if (!production) return formatted;
  return {
    message: 'Internal server error',
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
