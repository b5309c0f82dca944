import { SYSTEM_ACTOR } from '@oms/contracts';
import type { Infrastructure, RequestContext, ServiceWiring } from '@oms/server';
import { byIdLoader, userNameLoader } from '@oms/server';
import { ApprovalDesk } from './application/approval-desk';
import { ApprovalMatrixQueries } from './application/approval-matrix-queries';
import { ApprovalRequestQueries } from './application/approval-request-queries';
import { CreateApprovalMatrix } from './application/create-approval-matrix';
import { DoaAdministration } from './application/doa-administration';
import { approvalsHandlers } from './events/handlers';
import type { ApprovalsContext, ApprovalsUseCases } from './graphql/context';
import { resolvers } from './graphql/resolvers';
import { ApprovalMatrixRepository } from './persistence/approval-matrix.repository';
import { ApprovalRequestRepository } from './persistence/approval-request.repository';
import { registerApprovalMetrics } from './metrics/approval.metrics';

/** How often the desk looks for levels past their TAT. */
export const ESCALATION_SWEEP_MS = 60_000;

/** The composition root of the approvals service: the one place adapters and use cases are wired. */
export function wireApprovals(infra: Infrastructure): ServiceWiring<ApprovalsContext> {
  const matrices = new ApprovalMatrixRepository();
  const requests = new ApprovalRequestRepository();
  const desk = new ApprovalDesk(infra.uow, requests);
  const useCases: ApprovalsUseCases = {
    createApprovalMatrix: new CreateApprovalMatrix(infra.uow, matrices),
    approvalMatrices: new ApprovalMatrixQueries(infra.db, matrices),
    doa: new DoaAdministration(infra.uow, requests, desk),
    desk,
    requests: new ApprovalRequestQueries(infra.db, requests),
  };
  let sweep: NodeJS.Timeout | null = null;
  const escalate = () =>
    desk
      .escalateOverdue({ correlationId: `escalation-${Date.now()}`, causationId: null, actor: SYSTEM_ACTOR })
      .catch((err: unknown) => infra.logger.warn({ err }, 'escalation sweep failed; the next one retries'));
  return {
    resolvers: resolvers as ServiceWiring<ApprovalsContext>['resolvers'],
    handlers: approvalsHandlers(desk),
    onStart: async () => {
      sweep = setInterval(() => void escalate(), ESCALATION_SWEEP_MS);
      sweep.unref();
    },
    onStop: async () => {
      if (sweep) clearInterval(sweep);
    },
    metrics: (registrar) => registerApprovalMetrics(registrar, desk, useCases.requests),
    context: (base: RequestContext): ApprovalsContext => ({
      ...base,
      useCases,
      loaders: {
        approvalMatrix: byIdLoader((ids) => useCases.approvalMatrices.byIds(ids)),
        approvalRequest: byIdLoader((ids) => useCases.requests.byIds(ids)),
        userName: userNameLoader(infra.db),
      },
    }),
  };
}
