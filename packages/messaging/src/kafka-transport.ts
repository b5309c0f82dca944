import {
  Kafka,
  Partitioners,
  logLevel,
  type Admin,
  type Consumer,
  type Producer,
  type LogEntry,
} from 'kafkajs';
import type { Logger } from '@oms/config';
import type {
  MessageTransport,
  PartitionLag,
  SubscribeOptions,
  Subscription,
  TransportMessage,
} from './transport';

/** Settings of the Kafka adapter. */
export interface KafkaTransportOptions {
  brokers: string[];
  clientId: string;
  logger: Logger;
  /** Partitions for topics this adapter creates (keys keep one aggregate on one partition). */
  partitions?: number;
}

const LEVELS: Record<number, 'error' | 'warn' | 'info' | 'debug'> = {
  [logLevel.ERROR]: 'error',
  [logLevel.WARN]: 'warn',
  [logLevel.INFO]: 'info',
  [logLevel.DEBUG]: 'debug',
};

/**
 * The distributed transport on kafkajs: an idempotent producer that waits for all in-sync replicas
 * (`acks=-1`, one request in flight so retries cannot reorder), and consumer groups that commit an offset
 * only after the handler has resolved.
 */
export class KafkaTransport implements MessageTransport {
  readonly kind = 'kafka' as const;
  private readonly kafka: Kafka;
  private readonly producer: Producer;
  private readonly consumers = new Set<Consumer>();
  private readonly crashed = new Set<Consumer>();
  private producerConnected = false;
  /** The admin client that reads offsets for metrics, connected on first use. */
  private metricsAdmin: Promise<Admin> | null = null;
  /** The next offset to process, by group, topic and partition, as this process's consumers handled them. */
  private readonly processed = new Map<string, number>();

  constructor(private readonly options: KafkaTransportOptions) {
    const log = options.logger.child({ component: 'kafkajs' });
    this.kafka = new Kafka({
      clientId: options.clientId,
      brokers: options.brokers,
      logLevel: logLevel.WARN,
      logCreator:
        () =>
        ({ level, log: entry }: LogEntry) => {
          const { message, ...rest } = entry;
          log[LEVELS[level] ?? 'info'](rest, message);
        },
      retry: { initialRetryTime: 200, retries: 8 },
    });
    // Retries are bounded (kafkajs warns that this may weaken exactly-once): delivery here is at-least-once by
    // design, a failed publish is retried by the relay's next pass, and consumers deduplicate by event id.
    this.producer = this.kafka.producer({
      idempotent: true,
      maxInFlightRequests: 1,
      allowAutoTopicCreation: false,
      createPartitioner: Partitioners.DefaultPartitioner,
    });
    this.producer.on(this.producer.events.CONNECT, () => (this.producerConnected = true));
    this.producer.on(this.producer.events.DISCONNECT, () => (this.producerConnected = false));
  }

  async connect(): Promise<void> {
    await this.producer.connect();
    this.producerConnected = true;
  }

  async ensureTopics(topics: string[]): Promise<void> {
    const wanted = [...new Set(topics)];
    const admin = this.kafka.admin();
    await admin.connect();
    try {
      const existing = new Set(await admin.listTopics());
      const missing = wanted.filter((t) => !existing.has(t));
      let createError: unknown = null;
      if (missing.length > 0) {
        try {
          await admin.createTopics({
            waitForLeaders: true,
            topics: missing.map((topic) => ({ topic, numPartitions: this.options.partitions ?? 3 })),
          });
        } catch (err) {
          // Several services start at once and create each other's topics: "already exists" is fine, and any
          // other failure shows up below as topics that never get a leader.
          createError = err;
        }
      }
      await waitForLeaders(admin, wanted, createError);
    } finally {
      await admin.disconnect();
    }
  }

  async publish(messages: TransportMessage[]): Promise<void> {
    if (messages.length === 0) return;
    // Consecutive messages of one topic go in one request; order within each key is preserved.
    const batches: {
      topic: string;
      messages: { key: string; value: string; headers?: Record<string, string> }[];
    }[] = [];
    for (const m of messages) {
      const last = batches[batches.length - 1];
      const entry = { key: m.key, value: m.value, headers: m.headers };
      if (last && last.topic === m.topic) last.messages.push(entry);
      else batches.push({ topic: m.topic, messages: [entry] });
    }
    await this.producer.sendBatch({ acks: -1, topicMessages: batches });
  }

  async subscribe(options: SubscribeOptions): Promise<Subscription> {
    const consumer = this.kafka.consumer({
      groupId: options.groupId,
      allowAutoTopicCreation: false,
      sessionTimeout: 30000,
      heartbeatInterval: 3000,
    });
    consumer.on(consumer.events.CRASH, (e) => {
      if (!e.payload.restart) this.crashed.add(consumer);
    });
    consumer.on(consumer.events.GROUP_JOIN, () => this.crashed.delete(consumer));
    await consumer.connect();
    await consumer.subscribe({ topics: options.topics, fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ topic, partition, message }) => {
        const headers: Record<string, string> = {};
        for (const [k, v] of Object.entries(message.headers ?? {})) {
          if (v !== undefined) headers[k] = Array.isArray(v) ? v.map(String).join(',') : String(v);
        }
        await options.handler({
          topic,
          key: message.key?.toString() ?? '',
          value: message.value?.toString() ?? '',
          headers,
        });
        this.processed.set(offsetKey(options.groupId, topic, partition), Number(message.offset) + 1);
      },
    });
    this.consumers.add(consumer);
    return {
      stop: async () => {
        this.consumers.delete(consumer);
        this.crashed.delete(consumer);
        await consumer.disconnect();
      },
    };
  }

  /**
   * Each partition's high watermark against the group's position: its committed offset, or the offset after
   * the last message this process handled when that is further (offsets are committed after each batch),
   * or the partition's first offset when the group has committed nothing yet (it reads from the beginning).
   */
  async consumerLag(groupId: string, topics: string[]): Promise<PartitionLag[]> {
    const admin = await this.adminForMetrics();
    try {
      const [committed, ends] = await Promise.all([
        admin.fetchOffsets({ groupId, topics }),
        Promise.all(
          topics.map(async (topic) => ({ topic, partitions: await admin.fetchTopicOffsets(topic) })),
        ),
      ]);
      const committedAt = new Map<string, number>();
      for (const t of committed)
        for (const p of t.partitions)
          committedAt.set(offsetKey(groupId, t.topic, p.partition), Number(p.offset));
      return ends.flatMap(({ topic, partitions }) =>
        partitions.map((p) => {
          const key = offsetKey(groupId, topic, p.partition);
          const commit = committedAt.get(key) ?? -1;
          const position = Math.max(commit >= 0 ? commit : Number(p.low), this.processed.get(key) ?? -1);
          return { topic, partition: p.partition, lag: Math.max(0, Number(p.high) - position) };
        }),
      );
    } catch (err) {
      // A broken connection is replaced on the next call rather than kept.
      this.metricsAdmin = null;
      await admin.disconnect().catch(() => undefined);
      throw err;
    }
  }

  private adminForMetrics(): Promise<Admin> {
    if (!this.metricsAdmin) {
      // Few retries: a scrape should report a broker outage quickly rather than wait it out.
      const admin = this.kafka.admin({ retry: { initialRetryTime: 100, retries: 1 } });
      this.metricsAdmin = admin.connect().then(
        () => admin,
        (err: unknown) => {
          this.metricsAdmin = null;
          throw err;
        },
      );
    }
    return this.metricsAdmin;
  }

  isReady(): boolean {
    return this.producerConnected && this.crashed.size === 0;
  }

  async disconnect(): Promise<void> {
    const admin = this.metricsAdmin;
    this.metricsAdmin = null;
    if (admin) await admin.then((a) => a.disconnect()).catch(() => undefined);
    await Promise.all([...this.consumers].map((c) => c.disconnect()));
    this.consumers.clear();
    await this.producer.disconnect();
    this.producerConnected = false;
  }
}

function offsetKey(groupId: string, topic: string, partition: number): string {
  return `${groupId}\u0000${topic}\u0000${partition}`;
}

/** Waits until every topic exists and each of its partitions has a leader (a consumer can then join). */
async function waitForLeaders(
  admin: Admin,
  topics: string[],
  cause: unknown,
  timeoutMs = 30000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown = cause;
  for (;;) {
    try {
      const { topics: metadata } = await admin.fetchTopicMetadata({ topics });
      const ready =
        metadata.length === topics.length &&
        metadata.every((t) => t.partitions.length > 0 && t.partitions.every((p) => p.leader >= 0));
      if (ready) return;
    } catch (err) {
      lastError = err;
    }
    if (Date.now() > deadline) {
      const reason = lastError instanceof Error ? lastError.message : 'no leader elected';
      throw new Error(`Kafka topics ${topics.join(', ')} are not ready: ${reason}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
