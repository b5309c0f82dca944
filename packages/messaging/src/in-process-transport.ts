import type {
  MessageTransport,
  PartitionLag,
  SubscribeOptions,
  Subscription,
  TransportMessage,
} from './transport';

interface Group {
  id: string;
  topics: Set<string>;
  handler: SubscribeOptions['handler'];
  /** Deliveries to one group run one at a time, in publish order, like one Kafka partition. */
  tail: Promise<void>;
  /** Messages delivered to the group and not yet handled, by topic (its lag). */
  pending: Map<string, number>;
}

/**
 * The embedded transport: all services of one process share a bus. `publish` resolves only after every
 * subscribed group has handled the message, so the outbox relay marks a row published only once its
 * consumers have committed their effects; a crash before that republishes it after restart (at-least-once,
 * deduplicated by the consumers' inbox). Messages to topics nobody subscribes to are dropped, so embedded
 * start-up subscribes every consumer before any relay starts.
 */
export class InProcessTransport implements MessageTransport {
  readonly kind = 'in-process' as const;
  private static readonly buses = new Map<string, Map<string, Group>>();
  private readonly groups: Map<string, Group>;
  private connected = false;

  /** Services created with the same bus name in one process talk to each other. */
  constructor(busName = 'default') {
    let bus = InProcessTransport.buses.get(busName);
    if (!bus) {
      bus = new Map<string, Group>();
      InProcessTransport.buses.set(busName, bus);
    }
    this.groups = bus;
  }

  async connect(): Promise<void> {
    this.connected = true;
  }

  async ensureTopics(): Promise<void> {
    // Topics need no creation in-process.
  }

  async publish(messages: TransportMessage[]): Promise<void> {
    if (!this.connected) throw new Error('in-process transport is not connected');
    for (const message of messages) {
      const deliveries = [...this.groups.values()]
        .filter((g) => g.topics.has(message.topic))
        .map((group) => {
          group.pending.set(message.topic, (group.pending.get(message.topic) ?? 0) + 1);
          const delivery = group.tail
            .then(() => group.handler(message))
            .finally(() => group.pending.set(message.topic, (group.pending.get(message.topic) ?? 1) - 1));
          group.tail = delivery.catch(() => undefined);
          return delivery;
        });
      await Promise.all(deliveries);
    }
  }

  async subscribe(options: SubscribeOptions): Promise<Subscription> {
    const group: Group = {
      id: options.groupId,
      topics: new Set(options.topics),
      handler: options.handler,
      tail: Promise.resolve(),
      pending: new Map(),
    };
    this.groups.set(options.groupId, group);
    return {
      stop: async () => {
        if (this.groups.get(options.groupId) === group) this.groups.delete(options.groupId);
        await group.tail;
      },
    };
  }

  /** One partition per topic; the lag is what the group has been handed and not yet handled. */
  async consumerLag(groupId: string, topics: string[]): Promise<PartitionLag[]> {
    const group = this.groups.get(groupId);
    return topics.map((topic) => ({ topic, partition: 0, lag: group?.pending.get(topic) ?? 0 }));
  }

  isReady(): boolean {
    return this.connected;
  }

  async disconnect(): Promise<void> {
    this.connected = false;
  }
}
