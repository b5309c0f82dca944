import { deadLetterTopicOf, topicOf, type ServiceName } from '@oms/contracts';
import type { Logger } from '@oms/config';
import { startService, type RequestContext, type RunningService, type ServiceModule } from '@oms/server';
import { deleteTopics, recordTopics, testKafkaBrokers, waitUntil, type TopicRecorder } from './kafka';
import { createTestDatabase, type TestDatabase } from './mysql';
import { testServiceEnv } from './service-env';
import { TEST_ADMIN, registerTestSubgraph, seedAccess } from './access';
import { uniqueSuffix } from './unique';

/** A topic an integration spec reads: a service's topic (`'orders'`) or its dead-letter topic (`'orders.dlq'`). */
export type RecordedTopic = ServiceName | `${ServiceName}.dlq`;

/** How to start a service for an integration spec. */
export interface ServiceUnderTestOptions {
  /** Names the test database (`t_<label>_<random>`); the service's name by default. */
  label?: string;
  /** The topics to record from the beginning; the service's own topic by default, none with `[]`. */
  record?: RecordedTopic[];
  /** The topic suffix (with its leading dot), to share one with the other services of a spec; fresh by default. */
  suffix?: string;
  /** Settings beyond the test defaults of `testServiceEnv`. */
  extraEnv?: Record<string, string>;
  /** The service's logger (e.g. one writing to a stream the spec reads); its own at `LOG_LEVEL` otherwise. */
  logger?: Logger;
}

/** A service running in the test process on its own MariaDB database and the test Kafka broker. */
export interface ServiceUnderTest {
  service: RunningService;
  database: TestDatabase;
  /** The suffix (`.<random>`) that makes this run's topics its own. */
  suffix: string;
  /** The topic of `service` in this run. */
  topic(service: ServiceName): string;
  /** What has arrived on the recorded topics. */
  recorder: TopicRecorder;
  /**
   * Stops the recorder and the service, drops the database and deletes the topics the service created
   * (its own, the ones it consumes, their dead-letter topics) and the recorded ones.
   */
  stop(): Promise<void>;
}

/**
 * Starts `module` as an integration spec needs it: a fresh test database, Kafka with a topic suffix of its
 * own, and a recorder on the topics the spec asserts. `stop` undoes all of it; when start-up fails, what was
 * already made is undone before the error is rethrown.
 */
export async function startServiceUnderTest<C extends RequestContext>(
  module: ServiceModule<C>,
  options: ServiceUnderTestOptions = {},
): Promise<ServiceUnderTest> {
  const suffix = options.suffix ?? `.${uniqueSuffix()}`;
  const topic = (service: ServiceName) => topicOf(service, suffix);
  const recorded = (options.record ?? [module.name]).map((name) =>
    name.endsWith('.dlq')
      ? deadLetterTopicOf(topic(name.slice(0, -4) as ServiceName))
      : topic(name as ServiceName),
  );
  // Every service but masters also consumes masters' topic (users' access), so it is created too.
  const consumed: ServiceName[] =
    module.name === 'masters' ? module.consumes : [...module.consumes, 'masters'];
  const created = [module.name, ...consumed].map(topic).flatMap((t) => [t, deadLetterTopicOf(t)]);
  const topics = [...new Set([...created, ...recorded])];

  let database: TestDatabase | undefined;
  let service: RunningService | undefined;
  let recorder: TopicRecorder | undefined;
  const stop = async () => {
    await recorder?.stop();
    await service?.stop();
    await database?.drop();
    await deleteTopics(topics);
  };
  try {
    database = await createTestDatabase(options.label ?? module.name);
    service = await startService(
      module,
      testServiceEnv({
        databaseUrl: database.url,
        kafkaBrokers: testKafkaBrokers(),
        topicSuffix: suffix,
        extra: options.extraEnv,
      }),
      { logger: options.logger },
    );
    // Specs call the subgraph directly as the test superuser unless they sign a proof of their own.
    await seedAccess(service.db, TEST_ADMIN);
    registerTestSubgraph(service.url);
    // The group is the service's own, so that services sharing a suffix do not share a recorder group.
    recorder =
      recorded.length > 0 ? await recordTopics(recorded, `${module.name}${suffix}`) : nothingRecorded();
  } catch (err) {
    await stop().catch(() => undefined);
    throw err;
  }
  let stopped: Promise<void> | undefined;
  return { service, database, suffix, topic, recorder, stop: () => (stopped ??= stop()) };
}

/** The recorder of a service started with `record: []`: it never receives anything. */
function nothingRecorded(): TopicRecorder {
  const messages: TopicRecorder['messages'] = [];
  return {
    messages,
    waitFor: (predicate, timeoutMs = 20000) => waitUntil(() => predicate(messages), timeoutMs),
    stop: async () => undefined,
  };
}
