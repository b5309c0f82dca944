import { loadServiceEnv, type ServiceEnv } from '@oms/config';
import { TEST_PROOF_PUBLIC_JWK, TEST_TOKEN_PRIVATE_JWK } from './access';

/**
 * The environment of a service under test: a free port, the given database (MySQL URL, or a SQLite
 * folder), the given topic suffix, Kafka when brokers are given, and fast retries.
 */
export function testServiceEnv(options: {
  databaseUrl?: string;
  dataDir?: string;
  kafkaBrokers?: string[];
  topicSuffix: string;
  extra?: Record<string, string>;
}): ServiceEnv {
  return loadServiceEnv({
    NODE_ENV: 'test',
    PORT: '0',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'warn',
    DATABASE_URL: options.databaseUrl,
    DATA_DIR: options.dataDir,
    KAFKA_BROKERS: options.kafkaBrokers?.join(','),
    TOPIC_SUFFIX: options.topicSuffix,
    RELAY_POLL_MS: '100',
    CONSUMER_RETRY_BASE_MS: '50',
    CONSUMER_MAX_ATTEMPTS: '3',
    GATEWAY_PROOF_PUBLIC_KEYS: JSON.stringify(TEST_PROOF_PUBLIC_JWK),
    AUTH_SIGNING_KEYS: JSON.stringify([TEST_TOKEN_PRIVATE_JWK]),
    ...options.extra,
  });
}
