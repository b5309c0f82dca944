import type { Database, Page } from '@oms/persistence';
import type { ApprovalDecision, ApprovalRequest } from '../domain/approval-request';
import type { ApprovalRule } from '../domain/doa';
import type { ListArgs } from '../persistence/approval-matrix.repository';
import type {
  ApprovalRequestFilter,
  ApprovalRequestRepository,
} from '../persistence/approval-request.repository';

/** Read side of rules, approval requests and decisions. */
export class ApprovalRequestQueries {
  constructor(
    private readonly db: Database,
    private readonly repo: ApprovalRequestRepository,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  now(): Date {
    return this.clock();
  }

  /** How many PENDING requests wait on a level past its TAT (the approvals' TAT breaches). */
  overdueCount(): Promise<number> {
    return this.db.read((em) => this.repo.countOverdue(em, this.clock()));
  }

  byIds(ids: readonly string[]): Promise<ApprovalRequest[]> {
    return this.db.read((em) => this.repo.requestsByIds(em, ids));
  }

  ofOrder(orderId: string): Promise<ApprovalRequest[]> {
    return this.db.read((em) => this.repo.requestsOfOrder(em, orderId));
  }

  list(
    args: ListArgs<ApprovalRequestFilter>,
    branchScope: readonly string[] | null,
  ): Promise<Page<ApprovalRequest>> {
    return this.db.read((em) => this.repo.list(em, args, branchScope, this.clock()));
  }

  decisions(requestId: string): Promise<ApprovalDecision[]> {
    return this.db.read((em) => this.repo.decisionsOf(em, requestId));
  }

  rules(matrixId: string): Promise<ApprovalRule[]> {
    return this.db.read((em) => this.repo.rulesOf(em, [matrixId]));
  }
}
