import { deleteTopics, uniqueSuffix, waitUntil } from '@oms/testkit';
import type { PartitionLag } from '../src';
import { kafkaTransport } from './support/fixtures';

const total = (lags: PartitionLag[]) => lags.reduce((sum, p) => sum + p.lag, 0);

/**
 * Consumer lag as the metrics read it from Kafka: the high watermark of every partition against how far the
 * group got, for a group that has not started, one that is stuck on a message, and one that caught up.
 */
describe('KafkaTransport.consumerLag', () => {
  const suffix = `.${uniqueSuffix()}`;
  const topic = `oms.test-lag.v1${suffix}`;
  const groupId = `lag-group${suffix}`;
  const transport = kafkaTransport('lag-spec');
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));

  beforeAll(async () => {
    await transport.connect();
    await transport.ensureTopics([topic]);
  });
  afterAll(async () => {
    release();
    await transport.disconnect();
    await deleteTopics([topic]);
  });

  it('counts what the group has not processed, partition by partition, until it caught up', async () => {
    // One key: all five messages on one partition, in order.
    await transport.publish(
      Array.from({ length: 5 }, (_, n) => ({ topic, key: 'one-aggregate', value: `m${n}` })),
    );
    const before = await transport.consumerLag(groupId, [topic]);
    expect(before.map((p) => p.partition).sort()).toEqual([0, 1, 2]);
    expect(before.every((p) => p.topic === topic)).toBe(true);
    expect(total(before)).toBe(5);

    const seen: string[] = [];
    const subscription = await transport.subscribe({
      groupId,
      topics: [topic],
      handler: async (message) => {
        seen.push(message.value);
        if (message.value === 'm1') await gate;
      },
    });
    try {
      // m0 is done, m1 is held: four to go, all on the partition of the key.
      await waitUntil(() => seen.includes('m1'), 30000);
      const stuck = await transport.consumerLag(groupId, [topic]);
      expect(total(stuck)).toBe(4);
      expect(stuck.filter((p) => p.lag > 0)).toHaveLength(1);

      release();
      await waitUntil(() => seen.length === 5, 30000);
      await waitUntil(async () => total(await transport.consumerLag(groupId, [topic])) === 0, 30000);
    } finally {
      await subscription.stop();
    }
  });
});
