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
});

/** A subgraph service's validated settings. */
export type ServiceEnv = z.infer<typeof serviceEnvSchema>;

/** Reads a service's settings, stopping start-up with a message naming each bad variable. */
export function loadServiceEnv(env: NodeJS.ProcessEnv = process.env): ServiceEnv {
  return loadConfig(serviceEnvSchema, env);
}
