/** The services that publish events; each owns exactly one topic. */
export const SERVICES = ['orders', 'approvals', 'feasibility', 'masters', 'integrations'] as const;
export type ServiceName = (typeof SERVICES)[number];

/**
 * The topic a service publishes to: `oms.<service>.v1`, plus an optional suffix that isolates one test run
 * (or one environment) from another on a shared broker.
 */
export function topicOf(service: ServiceName, suffix = ''): string {
  return `oms.${service}.v1${suffix}`;
}

/** The dead-letter topic paired with a topic. */
export function deadLetterTopicOf(topic: string): string {
  return `${topic}.dlq`;
}
