import type { MetricsRegistrar } from '@oms/server';
import type { FeasibilityRequestQueries } from '../application/feasibility-request-queries';

/**
 * The feasibility service's TAT metric, read at scrape time: requests whose BSO is late with its answer
 * (OPEN past `answerDueAt`), by BSO code. A BSO with nothing late has no series.
 */
export function registerAnswerTatMetrics(
  registrar: MetricsRegistrar,
  queries: FeasibilityRequestQueries,
): void {
  registrar.gauge({
    name: 'oms_feasibility_answers_overdue',
    help: 'Feasibility requests whose BSO has not answered by answerDueAt, by BSO code.',
    labelNames: ['bso'],
    collect: async () =>
      (await queries.overdueAnswersByBso()).map(({ bso, count }) => ({ labels: { bso }, value: count })),
  });
}
