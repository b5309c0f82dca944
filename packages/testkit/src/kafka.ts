import { Kafka, logLevel, type Consumer, type KafkaMessage } from 'kafkajs';

/**
 * The brokers integration tests use: `KAFKA_BROKERS`, which the test command sets after starting (or
 * reusing) the local broker. Tests fail loudly when it is missing rather than silently skipping.
 */
export function testKafkaBrokers(): string[] {
  const brokers = process.env.KAFKA_BROKERS;
  if (!brokers) {
    throw new Error(
      'KAFKA_BROKERS is not set: run integration tests through `npm run test:integration` (it starts Kafka)',
    );
  }
  return brokers.split(',').map((b) => b.trim());
}

/** A kafkajs client for test assertions (reading topics, creating topics). */
export function testKafka(clientId = 'oms-test'): Kafka {
  return new Kafka({ clientId, brokers: testKafkaBrokers(), logLevel: logLevel.NOTHING });
}

/** Everything a test consumer has read, with a way to wait for a condition on it. */
export interface TopicRecorder {
  messages: { topic: string; key: string; value: string; headers: Record<string, string> }[];
  waitFor(predicate: (messages: TopicRecorder['messages']) => boolean, timeoutMs?: number): Promise<void>;
  stop(): Promise<void>;
}

/** Reads the given topics from the beginning into memory (for asserting what a service published). */
export async function recordTopics(topics: string[], groupSuffix: string): Promise<TopicRecorder> {
  const consumer: Consumer = testKafka().consumer({ groupId: `test-recorder-${groupSuffix}` });
  const messages: TopicRecorder['messages'] = [];
  await consumer.connect();
  await consumer.subscribe({ topics, fromBeginning: true });
  await consumer.run({
    eachMessage: async ({ topic, message }: { topic: string; message: KafkaMessage }) => {
      const headers: Record<string, string> = {};
      for (const [k, v] of Object.entries(message.headers ?? {})) if (v !== undefined) headers[k] = String(v);
      messages.push({
        topic,
        key: message.key?.toString() ?? '',
        value: message.value?.toString() ?? '',
        headers,
      });
    },
  });
  return {
    messages,
    waitFor: (predicate, timeoutMs = 20000) => waitUntil(() => predicate(messages), timeoutMs),
    stop: () => consumer.disconnect(),
  };
}

/** Deletes the topics a test run created. */
export async function deleteTopics(topics: string[]): Promise<void> {
  const admin = testKafka().admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const mine = topics.filter((t) => existing.has(t));
    if (mine.length > 0) await admin.deleteTopics({ topics: mine });
  } finally {
    await admin.disconnect();
  }
}

/** Polls `condition` until it holds, or fails after `timeoutMs` with the last error. */
export async function waitUntil(
  condition: () => boolean | Promise<boolean>,
  timeoutMs = 20000,
  stepMs = 50,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      if (await condition()) return;
    } catch (err) {
      lastError = err;
    }
    if (Date.now() > deadline) {
      const reason = lastError instanceof Error ? String(lastError) : JSON.stringify(lastError);
      throw new Error(`condition not met within ${timeoutMs} ms${lastError ? `: ${reason}` : ''}`);
    }
    await new Promise((r) => setTimeout(r, stepMs));
  }
}
