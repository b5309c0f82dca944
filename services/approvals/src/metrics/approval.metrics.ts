import type { MetricsRegistrar } from '@oms/server';
import type { ApprovalDesk } from '../application/approval-desk';
import type { ApprovalRequestQueries } from '../application/approval-request-queries';

/**
 * The approvals service's TAT metrics: PENDING requests whose open level is past its TAT (read from the
 * database at scrape time), and the levels this process escalated.
 */
export function registerApprovalMetrics(
  registrar: MetricsRegistrar,
  desk: ApprovalDesk,
  requests: ApprovalRequestQueries,
): void {
  registrar.gauge({
    name: 'oms_approvals_overdue',
    help: 'PENDING approval requests whose open level is past its TAT.',
    collect: () => requests.overdueCount(),
  });
  registrar.counter({
    name: 'oms_approval_escalations_total',
    help: 'Approval levels this process escalated past their TAT (sweeps and escalateOverdueApprovals).',
    collect: () => desk.stats.escalated,
  });
}
