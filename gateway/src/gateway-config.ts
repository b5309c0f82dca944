import { z } from 'zod';
import { loadConfig, port, positiveInt } from '@oms/config';
import { SUBGRAPH_NAMES, type SubgraphName } from './subgraph-plan';
import { parseJwks } from '@oms/auth/lite';
import type { GatewayOptions } from './gateway';

/** The environment variable that overrides each subgraph's URL (default: the port plan). */
export const SUBGRAPH_URL_VARIABLES: Readonly<Record<SubgraphName, string>> = {
  orders: 'ORDERS_URL',
  approvals: 'APPROVALS_URL',
  feasibility: 'FEASIBILITY_URL',
  masters: 'MASTERS_URL',
  integrations: 'INTEGRATIONS_URL',
};

const httpUrl = z.string().refine((value) => {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}, 'must be an http:// or https:// URL, e.g. http://localhost:4001/graphql');

/** The gateway's settings (see the table in gateway/README.md). */
export const gatewayEnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  GATEWAY_HOST: z.string().default('127.0.0.1'),
  GATEWAY_PORT: port(4000),
  SUPERGRAPH_PATH: z.string().optional(),
  ORDERS_URL: httpUrl.optional(),
  APPROVALS_URL: httpUrl.optional(),
  FEASIBILITY_URL: httpUrl.optional(),
  MASTERS_URL: httpUrl.optional(),
  INTEGRATIONS_URL: httpUrl.optional(),
  MAX_QUERY_DEPTH: positiveInt(10),
  MAX_QUERY_COST: positiveInt(5000),
  READINESS_TIMEOUT_MS: positiveInt(2000),
  SHUTDOWN_TIMEOUT_MS: positiveInt(10000),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
  /** The private JWK (JSON) of the key the gateway signs its proofs to the subgraphs with. */
  GATEWAY_PROOF_PRIVATE_KEY: z.string().min(1, 'is required: the private JWK of the gateway proof key'),
  /** Where masters publishes its token-signing keys (default: /.well-known/jwks.json on MASTERS_URL's host). */
  AUTH_JWKS_URL: httpUrl.optional(),
  AUTH_ISSUER: z.string().min(1).default('oms-masters'),
  AUTH_AUDIENCE: z.string().min(1).default('oms-api'),
});

/** The gateway's validated settings. */
export type GatewayEnv = z.infer<typeof gatewayEnvSchema>;

/** Reads the gateway's settings, stopping start-up with a message naming each bad variable. */
export function loadGatewayEnv(env: NodeJS.ProcessEnv = process.env): GatewayEnv {
  return loadConfig(gatewayEnvSchema, env);
}

/** Turns the settings into `startGateway` options; only the subgraph URLs actually set are overrides. */
export function gatewayOptionsFrom(env: GatewayEnv): Omit<GatewayOptions, 'logger'> {
  const subgraphUrls: Partial<Record<SubgraphName, string>> = {};
  for (const name of SUBGRAPH_NAMES) {
    const url = env[SUBGRAPH_URL_VARIABLES[name] as keyof GatewayEnv];
    if (typeof url === 'string') subgraphUrls[name] = url;
  }
  return {
    host: env.GATEWAY_HOST,
    port: env.GATEWAY_PORT,
    production: env.NODE_ENV === 'production',
    supergraphPath: env.SUPERGRAPH_PATH,
    subgraphUrls,
    maxQueryDepth: env.MAX_QUERY_DEPTH,
    maxQueryCost: env.MAX_QUERY_COST,
    readinessTimeoutMs: env.READINESS_TIMEOUT_MS,
    proofPrivateKey: parseJwks(env.GATEWAY_PROOF_PRIVATE_KEY, 'GATEWAY_PROOF_PRIVATE_KEY')[0],
    jwksUrl: env.AUTH_JWKS_URL,
    tokenAudience: { issuer: env.AUTH_ISSUER, audience: env.AUTH_AUDIENCE },
  };
}
