import type {
  MessageTransport,
  PartitionLag,
  SubscribeOptions,
  Subscription,
  TransportMessage,
} from '../../src';

/**
 * An in-memory stand-in for the messaging port, for unit specs: it records what is published, lets a spec
 * make the next publish fail, and delivers messages to subscribers only when the spec says so.
 */
export class FakeTransport implements MessageTransport {
  readonly kind = 'in-process' as const;
  readonly published: TransportMessage[] = [];
  readonly subscriptions: SubscribeOptions[] = [];
  /** Calls to `publish`, one entry per call (a relay batch is one call). */
  readonly publishCalls: TransportMessage[][] = [];
  private failures: Error[] = [];
  private connected = false;

  async connect(): Promise<void> {
    this.connected = true;
  }

  async ensureTopics(): Promise<void> {}

  /** Makes the next `publish` call fail with `error` (publishing nothing). */
  failNextPublish(error = new Error('broker unavailable')): void {
    this.failures.push(error);
  }

  async publish(messages: TransportMessage[]): Promise<void> {
    const failure = this.failures.shift();
    if (failure) throw failure;
    this.publishCalls.push(messages);
    this.published.push(...messages);
  }

  async subscribe(options: SubscribeOptions): Promise<Subscription> {
    this.subscriptions.push(options);
    return {
      stop: async () => {
        const i = this.subscriptions.indexOf(options);
        if (i >= 0) this.subscriptions.splice(i, 1);
      },
    };
  }

  /** Delivers one message to every subscriber of its topic, as the broker would, and waits for them. */
  async deliver(message: TransportMessage): Promise<void> {
    for (const s of this.subscriptions.filter((x) => x.topics.includes(message.topic)))
      await s.handler(message);
  }

  async consumerLag(_groupId: string, topics: string[]): Promise<PartitionLag[]> {
    return topics.map((topic) => ({ topic, partition: 0, lag: 0 }));
  }

  isReady(): boolean {
    return this.connected;
  }

  async disconnect(): Promise<void> {
    this.connected = false;
  }
}
