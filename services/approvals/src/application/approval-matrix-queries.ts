import type { Database, Page } from '@oms/persistence';
import type { ApprovalMatrix } from '../domain/approval-matrix';
import type {
  ApprovalMatrixFilter,
  ApprovalMatrixRepository,
  ListArgs,
} from '../persistence/approval-matrix.repository';

/** Read side of approval matrices (no transaction needed). */
export class ApprovalMatrixQueries {
  constructor(
    private readonly db: Database,
    private readonly repo: ApprovalMatrixRepository,
  ) {}

  byIds(ids: readonly string[]): Promise<ApprovalMatrix[]> {
    return this.repo.byIds(this.db.manager, ids);
  }

  list(args: ListArgs<ApprovalMatrixFilter>): Promise<Page<ApprovalMatrix>> {
    return this.repo.list(this.db.manager, args);
  }
}
