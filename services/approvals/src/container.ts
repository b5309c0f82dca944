import type { Infrastructure, RequestContext, ServiceWiring } from '@oms/server';
import { byIdLoader } from '@oms/server';
import { ApprovalMatrixQueries } from './application/approval-matrix-queries';
import { CreateApprovalMatrix } from './application/create-approval-matrix';
import type { ApprovalsContext, ApprovalsUseCases } from './graphql/context';
import { resolvers } from './graphql/resolvers';
import { ApprovalMatrixRepository } from './persistence/approval-matrix.repository';

/** The composition root of the approvals service: the one place adapters and use cases are wired. */
export function wireApprovals(infra: Infrastructure): ServiceWiring<ApprovalsContext> {
  const matrices = new ApprovalMatrixRepository();
  const useCases: ApprovalsUseCases = {
    createApprovalMatrix: new CreateApprovalMatrix(infra.uow, matrices),
    approvalMatrices: new ApprovalMatrixQueries(infra.db, matrices),
  };
  return {
    resolvers: resolvers as ServiceWiring<ApprovalsContext>['resolvers'],
    context: (base: RequestContext): ApprovalsContext => ({
      ...base,
      useCases,
      loaders: {
        approvalMatrix: byIdLoader((ids) => useCases.approvalMatrices.byIds(ids)),
      },
    }),
  };
}
