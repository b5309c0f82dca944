import { z } from 'zod';
import { bool, brokerList, mysqlUrl, port, positiveInt } from './fields';
import { loadConfig } from './load-config';

/** The settings every subgraph service reads (see the configuration table in the README). */
export const serviceEnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().default('127.0.0.1'),
  PORT: port(0),
  DATABASE_URL: mysqlUrl.optional(),
  DATA_DIR: z.string().default('./data'),
  KAFKA_BROKERS: brokerList.optional(),
  KAFKA_CLIENT_ID: z.string().optional(),
  TOPIC_SUFFIX: z
    .string()
    .regex(/^[A-Za-z0-9._-]*$/, 'may contain letters, digits, . _ -')
    .default(''),
  RELAY_POLL_MS: positiveInt(250),
  RELAY_BATCH_SIZE: positiveInt(100),
  CONSUMER_MAX_ATTEMPTS: positiveInt(5),
  CONSUMER_RETRY_BASE_MS: positiveInt(200),
  SHUTDOWN_TIMEOUT_MS: positiveInt(10000),
  DB_CREATE: bool(false),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
  /** The gateway's public key(s) (JWK, JWK array or JWK set JSON): a call without a proof they verify is refused. */
  GATEWAY_PROOF_PUBLIC_KEYS: z.string().min(1, 'is required: the public JWK of the gateway proof key'),
  /** Issuer and audience of access tokens (masters issues them, the gateway checks them). */
  AUTH_ISSUER: z.string().min(1).default('oms-masters'),
  AUTH_AUDIENCE: z.string().min(1).default('oms-api'),
  /** masters: the private signing JWKs (array or set JSON, each with a `kid`); generated per start when unset outside production. */
  AUTH_SIGNING_KEYS: z.string().optional(),
  /** masters: the `kid` tokens are signed with (default: the last key of AUTH_SIGNING_KEYS). */
  AUTH_ACTIVE_KEY_ID: z.string().optional(),
  /** masters: access-token lifetime, at most 15 minutes. */
  ACCESS_TOKEN_TTL_SECONDS: z.coerce
    .number()
    .int()
    .positive()
    .max(900, 'must be at most 900 (15 minutes)')
    .default(900),
  /** masters: how long a login session (refresh-token family) lasts without a new login. */
  REFRESH_TOKEN_TTL_HOURS: positiveInt(24 * 14),
  /** masters: failed logins in a row before an email is locked, and for how long. */
  LOGIN_MAX_FAILURES: positiveInt(5),
  LOGIN_LOCK_MINUTES: positiveInt(15),
  /** masters: the first admin, created on an empty user table only. */
  BOOTSTRAP_ADMIN_EMAIL: z.email().optional(),
  BOOTSTRAP_ADMIN_PASSWORD: z.string().optional(),
  BOOTSTRAP_ADMIN_NAME: z.string().default('Administrator'),
});

/** A subgraph service's validated settings. */
export type ServiceEnv = z.infer<typeof serviceEnvSchema>;

/** Reads a service's settings, stopping start-up with a message naming each bad variable. */
export function loadServiceEnv(env: NodeJS.ProcessEnv = process.env): ServiceEnv {
  return loadConfig(serviceEnvSchema, env);
}
