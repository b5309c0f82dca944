/** A message as a transport carries it: bytes with a topic, a key that keeps one aggregate ordered, headers. */
export interface TransportMessage {
  topic: string;
  key: string;
  value: string;
  headers?: Record<string, string>;
}

/** Handles one delivered message. The transport acknowledges it only after the returned promise resolves. */
export type MessageHandler = (message: TransportMessage) => Promise<void>;

/** What a subscriber asks for. */
export interface SubscribeOptions {
  /** Consumers in one group share the work; each group receives every message. */
  groupId: string;
  topics: string[];
  handler: MessageHandler;
}

/** A running subscription. */
export interface Subscription {
  stop(): Promise<void>;
}

/** How far one consumer group is behind on one partition of a topic. */
export interface PartitionLag {
  topic: string;
  partition: number;
  /** Messages on the partition the group has not yet processed. */
  lag: number;
}

/**
 * The messaging port. Two adapters implement it: Kafka (distributed mode) and in-process (embedded mode).
 * Delivery is at-least-once and in order per key; consumers deduplicate by event id.
 */
export interface MessageTransport {
  readonly kind: 'kafka' | 'in-process';
  connect(): Promise<void>;
  /** Creates the topics when missing (idempotent). */
  ensureTopics(topics: string[]): Promise<void>;
  /** Publishes in the given order; resolves once the broker has acknowledged every message. */
  publish(messages: TransportMessage[]): Promise<void>;
  subscribe(options: SubscribeOptions): Promise<Subscription>;
  /**
   * How far `groupId` is behind on each partition of `topics`, read when asked (for metrics): Kafka's high
   * watermark against the group's committed (or this process's processed) offset; in-process, the messages
   * delivered to the group but not yet handled.
   */
  consumerLag(groupId: string, topics: string[]): Promise<PartitionLag[]>;
  /** True while connected and able to publish and consume. */
  isReady(): boolean;
  disconnect(): Promise<void>;
}
