import { deleteTopics, testKafka, uniqueSuffix } from '@oms/testkit';
import { kafkaTransport } from './support/fixtures';

/**
 * Services start together and create each other's topics (a consumer ensures the topics it reads). Every one
 * of them must come up, whoever wins the creation race, and only once every partition has a leader.
 */
describe('KafkaTransport.ensureTopics', () => {
  const suffix = `.${uniqueSuffix()}`;
  const topics = ['alpha', 'beta', 'gamma'].map((t) => `oms.test-${t}.v1${suffix}`);

  afterAll(() => deleteTopics(topics));

  it('succeeds for every process when several create the same topics at once', async () => {
    const transports = Array.from({ length: 4 }, (_, i) => kafkaTransport(`topics-race-${i}`));
    await Promise.all(transports.map((t) => t.ensureTopics(i(topics, transports.indexOf(t)))));
    const admin = testKafka().admin();
    await admin.connect();
    try {
      const { topics: metadata } = await admin.fetchTopicMetadata({ topics });
      expect(metadata.map((t) => t.name).sort()).toEqual([...topics].sort());
      for (const topic of metadata) {
        expect(topic.partitions.length).toBe(3);
        expect(topic.partitions.every((p) => p.leader >= 0)).toBe(true);
      }
    } finally {
      await admin.disconnect();
    }
  });
});

/** Each racer asks for the topics in a different order, as different services do. */
function i(list: string[], shift: number): string[] {
  return [...list.slice(shift % list.length), ...list.slice(0, shift % list.length)];
}
