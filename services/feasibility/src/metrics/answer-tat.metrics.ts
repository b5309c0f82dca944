import type { MetricsRegistrar } from '@oms/server';
import type { FeasibilityRequestQueries } from '../application/feasibility-request-queries';
import type { RemindLateBsos } from '../application/remind-late-bsos';

/**
 * The feasibility service's TAT metrics: requests whose BSO is late with its answer (OPEN past
 * `answerDueAt`), by BSO code, read from the database at scrape time (a BSO with nothing late has no series);
 * and the reminders this process sent.
 */
export function registerAnswerTatMetrics(
  registrar: MetricsRegistrar,
  queries: FeasibilityRequestQueries,
  reminders: RemindLateBsos,
): void {
  registrar.gauge({
    name: 'oms_feasibility_answers_overdue',
    help: 'Feasibility requests whose BSO has not answered by answerDueAt, by BSO code.',
    labelNames: ['bso'],
    collect: async () =>
      (await queries.overdueAnswersByBso()).map(({ bso, count }) => ({ labels: { bso }, value: count })),
  });
  registrar.counter({
    name: 'oms_feasibility_reminders_total',
    help: 'Late-answer reminders this process sent to BSOs (sweeps and remindLateFeasibilityAnswers).',
    collect: () => reminders.stats.reminded,
  });
}
