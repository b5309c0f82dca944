import type { Producer } from 'kafkajs';
import type { EventEnvelope, ServiceName } from '@oms/contracts';
import { InboxEntity } from '@oms/messaging';
import { testKafka, waitUntil, type ServiceUnderTest } from '@oms/testkit';
import { In } from 'typeorm';

/** Publishes a source service's events onto the run's topic of that service, as its relay would. */
export interface MastersFeed {
  /** Publishes the events (keyed by aggregate id, like masters) without waiting for feasibility. */
  publish(...events: EventEnvelope[]): Promise<void>;
  /** Publishes the events and waits until feasibility's consumer has applied every one of them. */
  deliver(...events: EventEnvelope[]): Promise<void>;
  stop(): Promise<void>;
}

/** A Kafka producer feeding `underTest` (feasibility) the events of `source` (masters by default) a spec builds. */
export async function mastersFeed(
  underTest: ServiceUnderTest,
  source: ServiceName = 'masters',
): Promise<MastersFeed> {
  const producer: Producer = testKafka().producer({ allowAutoTopicCreation: false });
  await producer.connect();
  const topic = underTest.topic(source);
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
