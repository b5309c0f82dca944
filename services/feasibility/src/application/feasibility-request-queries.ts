import type { Database, Page } from '@oms/persistence';
import type { FeasibilityRequest, FeasibilityRequestStatusChange } from '../domain/feasibility-request';
import type {
  FeasibilityRequestFilter,
  FeasibilityRequestRepository,
  ListArgs,
} from '../persistence/feasibility-request.repository';

/** Read side of feasibility requests (no transaction needed). */
export class FeasibilityRequestQueries {
  constructor(
    private readonly db: Database,
    private readonly repo: FeasibilityRequestRepository,
  ) {}

  byIds(ids: readonly string[]): Promise<FeasibilityRequest[]> {
    return this.repo.byIds(this.db.manager, ids);
  }

  historyOf(requestIds: readonly string[]): Promise<FeasibilityRequestStatusChange[]> {
    return this.repo.historyOf(this.db.manager, requestIds);
  }

  list(args: ListArgs<FeasibilityRequestFilter>): Promise<Page<FeasibilityRequest>> {
    return this.repo.list(this.db.manager, args);
  }
}
