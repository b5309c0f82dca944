import { oncePerScrape, type MetricSample, type MetricsRegistrar } from '@oms/server';
import type { OrderQueries, TatBreaches } from '../application/order-queries';
import { TEAM_KINDS } from '../domain/known-team';
import { FLOWS } from '../domain/order-flow';

/** Every state that runs a TAT clock in some flow: their series read 0 rather than being absent. */
const CLOCKED_STATES = [
  ...new Set(
    [...FLOWS.values()].flatMap((flow) =>
      Object.entries(flow.states)
        .filter(([, state]) => state.tatHours !== null)
        .map(([name]) => name),
    ),
  ),
];

/** One sample per expected label value (0 where nothing is overdue) and per value counted besides. */
function samplesOf(
  label: string,
  expected: readonly string[],
  counts: TatBreaches['orders'],
): MetricSample[] {
  const byValue = new Map(expected.map((value) => [value, 0]));
  for (const { key, count } of counts) byValue.set(key, count);
  return [...byValue].map(([value, count]) => ({ labels: { [label]: value }, value: count }));
}

/**
 * The orders service's TAT metrics, read at scrape time: orders past their state's TAT budget by state, and
 * open or claimed work-queue tasks past their due time by queue. Both come from one read per scrape.
 */
export function registerTatBreachMetrics(registrar: MetricsRegistrar, queries: OrderQueries): void {
  const breaches = oncePerScrape(() => queries.tatBreaches());
  registrar.gauge({
    name: 'oms_orders_overdue',
    help: "Orders past their current state's TAT budget, by state.",
    labelNames: ['state'],
    collect: async () => samplesOf('state', CLOCKED_STATES, (await breaches()).orders),
  });
  registrar.gauge({
    name: 'oms_work_tasks_overdue',
    help: 'Open or claimed work-queue tasks past their due time, by queue.',
    labelNames: ['queue'],
    collect: async () => samplesOf('queue', TEAM_KINDS, (await breaches()).tasks),
  });
}
