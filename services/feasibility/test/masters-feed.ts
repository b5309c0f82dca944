import type { Producer } from 'kafkajs';
import type { EventEnvelope } from '@oms/contracts';
import { InboxEntity } from '@oms/messaging';
import { testKafka, waitUntil, type ServiceUnderTest } from '@oms/testkit';
import { In } from 'typeorm';

/** Publishes masters events onto the run's masters topic, as the masters relay would. */
export interface MastersFeed {
  /** Publishes the events (keyed by aggregate id, like masters) without waiting for feasibility. */
  publish(...events: EventEnvelope[]): Promise<void>;
  /** Publishes the events and waits until feasibility's consumer has applied every one of them. */
  deliver(...events: EventEnvelope[]): Promise<void>;
  stop(): Promise<void>;
}

/** A Kafka producer feeding `underTest` (feasibility) the masters events a spec builds. */
export async function mastersFeed(underTest: ServiceUnderTest): Promise<MastersFeed> {
  const producer: Producer = testKafka().producer({ allowAutoTopicCreation: false });
  await producer.connect();
  const topic = underTest.topic('masters');
  const publish = async (...events: EventEnvelope[]) => {
    await producer.send({
      topic,
      acks: -1,
      messages: events.map((event) => ({ key: event.aggregateId, value: JSON.stringify(event) })),
    });
  };
  return {
    publish,
    deliver: async (...events) => {
      await publish(...events);
      const ids = [...new Set(events.map((e) => e.id))];
      const inbox = underTest.service.db.manager.getRepository(InboxEntity);
      await waitUntil(
        async () => (await inbox.countBy({ consumer: 'oms-feasibility', eventId: In(ids) })) === ids.length,
      );
    },
    stop: () => producer.disconnect(),
  };
}
