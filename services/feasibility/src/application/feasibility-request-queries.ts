import type { Principal } from '@oms/auth';
import type { Database, Page } from '@oms/persistence';
import type { FeasibilityRequest, FeasibilityRequestStatusChange } from '../domain/feasibility-request';
import type { BsoAnswer } from '../domain/bso-answer';
import { nextActionsFor, type FeasibilityRequestAction } from '../domain/next-actions';
import { requestVisibility } from '../domain/request-visibility';
import type {
  FeasibilityRequestFilter,
  FeasibilityRequestRepository,
  ListArgs,
} from '../persistence/feasibility-request.repository';

/**
 * Read side of feasibility requests (no transaction needed). Single requests are scoped by the policy's
 * entity rule; lists are scoped here, in SQL, so that pages and totals count only what the caller reaches.
 */
export class FeasibilityRequestQueries {
  constructor(
    private readonly db: Database,
    private readonly repo: FeasibilityRequestRepository,
    readonly now: () => Date = () => new Date(),
  ) {}

  byIds(ids: readonly string[]): Promise<FeasibilityRequest[]> {
    return this.db.read((em) => this.repo.byIds(em, ids));
  }

  historyOf(requestIds: readonly string[]): Promise<FeasibilityRequestStatusChange[]> {
    return this.db.read((em) => this.repo.historyOf(em, requestIds));
  }

  answersOf(requestIds: readonly string[]): Promise<BsoAnswer[]> {
    return this.db.read((em) => this.repo.answersOf(em, requestIds));
  }

  /** A page of the requests `principal` may see: a partner its BSO's, staff their branches' (or all). */
  list(principal: Principal, args: ListArgs<FeasibilityRequestFilter>): Promise<Page<FeasibilityRequest>> {
    const visibility = requestVisibility(principal);
    return this.db.read((em) => this.repo.list(em, visibility, args, this.now()));
  }

  /** The requests of these leads that `principal` may see, newest first (for `Lead.feasibilityRequests`). */
  ofLeads(principal: Principal, leadIds: readonly string[]): Promise<FeasibilityRequest[]> {
    const visibility = requestVisibility(principal);
    return this.db.read((em) => this.repo.ofLeads(em, visibility, leadIds));
  }

  /** The requests whose BSO is late with its answer, counted by BSO code (every request, for the metrics). */
  overdueAnswersByBso(): Promise<{ bso: string; count: number }[]> {
    return this.db.read((em) => this.repo.overdueAnswersByBso(em, this.now()));
  }

  /** What `principal` can do next with `request`. */
  nextActions(principal: Principal, request: FeasibilityRequest): FeasibilityRequestAction[] {
    return nextActionsFor(request, {
      isPartner: principal.isPartner,
      bsoId: principal.bsoId,
      canRespond: principal.can('FEASIBILITY_RESPOND'),
      canDecide: principal.can('TECHNICAL_FEASIBILITY'),
      canWithdraw: principal.can('FEASIBILITY:CREATE'),
      reachesBranch: principal.reaches({ branchId: request.branchId }),
    });
  }
}
