import type { AccessSnapshot, EventEnvelope } from '@oms/contracts';
import type { RunningService } from '@oms/server';
import {
  TEST_ADMIN,
  gql,
  gqlData,
  proofHeaders,
  seedAccess,
  startServiceUnderTest,
  type ServiceUnderTest,
  type TopicRecorder,
} from '@oms/testkit';
import { feasibilityService } from '../src/service';
import { mastersFeed, type MastersFeed } from './masters-feed';

/** The data of a response, as loosely typed as testkit's `gqlData`: specs read the shapes they asked for. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Data = Record<string, any>;

/** feasibility running on MariaDB + Kafka for a spec, with its users' access and the masters data it knows. */
export interface FeasibilityUnderTest {
  underTest: ServiceUnderTest;
  service: RunningService;
  recorder: TopicRecorder;
  masters: MastersFeed;
  /** A GraphQL call as `userId` (the test superuser when null), GraphQL errors included. */
  call(userId: string | null, query: string, variables?: Record<string, unknown>): ReturnType<typeof gql>;
  /** The data of a GraphQL call as `userId` that must not fail. */
  data(userId: string | null, query: string, variables?: Record<string, unknown>): Promise<Data>;
  /** The events published with `key` (a request id) of one `type`, as read off the topic so far. */
  eventsOf(key: string, type: string): EventEnvelope[];
  stop(): Promise<void>;
}

/** Starts feasibility, seeds the users' access and delivers masters' events through its masters topic. */
export async function startFeasibility(
  access: AccessSnapshot[],
  mastersEvents: EventEnvelope[],
): Promise<FeasibilityUnderTest> {
  const underTest = await startServiceUnderTest(feasibilityService);
  const { service, recorder } = underTest;
  await seedAccess(service.db, ...access);
  const masters = await mastersFeed(underTest);
  await masters.deliver(...mastersEvents);
  const headersOf = (userId: string | null) => proofHeaders(userId ?? TEST_ADMIN.userId);
  return {
    underTest,
    service,
    recorder,
    masters,
    call: async (userId, query, variables = {}) =>
      gql(service.url, query, variables, await headersOf(userId)),
    data: async (userId, query, variables = {}) =>
      gqlData(service.url, query, variables, await headersOf(userId)),
    eventsOf: (key, type) =>
      recorder.messages
        .filter((m) => m.key === key)
        .map((m) => JSON.parse(m.value) as EventEnvelope)
        .filter((event) => event.type === type),
    stop: async () => {
      await masters.stop();
      await underTest.stop();
    },
  };
}
