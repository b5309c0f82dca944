import type { EventConsumer, OutboxRelay } from '@oms/messaging';
import { oncePerScrape, type MetricsRegistrar } from './metrics';

/** The messaging parts of a running service whose state the metrics report. */
export interface MessagingMetricsSources {
  relay: OutboxRelay;
  /** `null` for a service that consumes nothing. */
  consumer: EventConsumer | null;
  /** The consumer's name (its inbox and dead-letter rows are kept under it). */
  consumerName?: string;
  clock?: () => Date;
}

/**
 * Registers what every service reports about its events: the outbox backlog and the age of its oldest
 * unpublished event (read from the database at scrape time), what the relay published, and for its
 * consumer the lag per topic partition, applied and duplicate events, retries, and dead letters.
 */
export function registerMessagingMetrics(
  registrar: MetricsRegistrar,
  sources: MessagingMetricsSources,
): void {
  const { relay, consumer } = sources;
  const clock = sources.clock ?? (() => new Date());
  const backlog = oncePerScrape(() => relay.backlogStatus());
  registrar.gauge({
    name: 'oms_outbox_backlog_events',
    help: 'Events committed to the outbox and not yet published to the broker.',
    collect: async () => (await backlog()).events,
  });
  registrar.gauge({
    name: 'oms_outbox_oldest_unpublished_age_seconds',
    help: 'How long the oldest unpublished outbox event has waited (0 when the outbox is empty).',
    collect: async () => {
      const oldest = (await backlog()).oldestCreatedAt;
      return oldest ? Math.max(0, (clock().getTime() - oldest.getTime()) / 1000) : 0;
    },
  });
  registrar.counter({
    name: 'oms_outbox_published_total',
    help: 'Outbox events this process has published to the broker.',
    collect: () => relay.published,
  });
  if (!consumer) return;
  const name = sources.consumerName ?? consumer.groupId;
  registrar.gauge({
    name: 'oms_consumer_lag_messages',
    help: 'Messages on each partition the consumer group has not processed yet.',
    labelNames: ['consumer', 'topic', 'partition'],
    collect: async () =>
      (await consumer.lag()).map((p) => ({
        labels: { consumer: name, topic: p.topic, partition: p.partition },
        value: p.lag,
      })),
  });
  registrar.counter({
    name: 'oms_consumer_events_total',
    help: 'Events this process consumed, by outcome: applied, or duplicate (already applied, skipped).',
    labelNames: ['consumer', 'outcome'],
    collect: () => [
      { labels: { consumer: name, outcome: 'applied' }, value: consumer.stats.applied },
      { labels: { consumer: name, outcome: 'duplicate' }, value: consumer.stats.duplicates },
    ],
  });
  registrar.counter({
    name: 'oms_consumer_retries_total',
    help: 'Retries of failing events, by reason: the handler failed, or the database was unavailable.',
    labelNames: ['consumer', 'reason'],
    collect: () => [
      { labels: { consumer: name, reason: 'handler_failed' }, value: consumer.stats.retries },
      { labels: { consumer: name, reason: 'database_unavailable' }, value: consumer.stats.outageRetries },
    ],
  });
  registrar.counter({
    name: 'oms_dead_letter_events_total',
    help: 'Events this process moved to a dead-letter topic (malformed, or still failing after the last attempt).',
    labelNames: ['consumer'],
    collect: () => [{ labels: { consumer: name }, value: consumer.stats.deadLettered }],
  });
  registrar.gauge({
    name: 'oms_dead_letters_stored',
    help: 'Dead letters waiting in the service database for inspection or replay (all replicas).',
    labelNames: ['consumer'],
    collect: async () => [{ labels: { consumer: name }, value: await consumer.storedDeadLetters() }],
  });
}
