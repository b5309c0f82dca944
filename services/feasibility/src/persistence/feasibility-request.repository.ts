import { In, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { KnownBsoEntity } from './known-masters.entities';
import { paginate, type Page } from '@oms/persistence';
import type {
  FeasibilityRequest,
  FeasibilityRequestStatus,
  FeasibilityRequestStatusChange,
} from '../domain/feasibility-request';
import type { BsoAnswer } from '../domain/bso-answer';
import type { FeasibilityBatch } from '../domain/feasibility-batch';
import type { RequestVisibility } from '../domain/request-visibility';
import {
  BsoAnswerEntity,
  FeasibilityBatchEntity,
  FeasibilityRequestEntity,
  FeasibilityRequestStatusChangeEntity,
} from './feasibility-request.entities';

/** Listing arguments shared by the list queries. */
export interface ListArgs<F> {
  filter?: F | null;
  first?: number | null;
  after?: string | null;
}

/** What a list of feasibility requests can be narrowed by. */
export interface FeasibilityRequestFilter {
  leadId?: string | null;
  cityId?: string | null;
  branchId?: string | null;
  bsoId?: string | null;
  batchId?: string | null;
  status?: FeasibilityRequestStatus | null;
  /** true: only requests whose BSO is late with its answer (see `isAnswerOverdue`); false: only the others. */
  answerOverdue?: boolean | null;
}

/** Reads and writes feasibility requests, their history and their BSO answers. */
export class FeasibilityRequestRepository {
  /** Stores a new request together with its first history entry. */
  async insert(
    em: EntityManager,
    request: FeasibilityRequest,
    change: FeasibilityRequestStatusChange,
  ): Promise<void> {
    await em.getRepository(FeasibilityRequestEntity).insert(request);
    await em.getRepository(FeasibilityRequestStatusChangeEntity).insert(change);
  }

  /**
   * Records the BSO's answer with the status change it makes and its history entry. The unique request id of
   * `feasibility_answer` makes a second, concurrent answer fail (its transaction is then rerun and refused).
   */
  async recordAnswer(
    em: EntityManager,
    request: FeasibilityRequest,
    change: FeasibilityRequestStatusChange,
    answer: BsoAnswer,
  ): Promise<void> {
    await em.getRepository(BsoAnswerEntity).insert(answer);
    await em.getRepository(FeasibilityRequestEntity).update({ id: request.id }, { status: request.status });
    await em.getRepository(FeasibilityRequestStatusChangeEntity).insert(change);
  }

  /**
   * Records a move made after a read (a verdict, a withdrawal): the request's new status with `changes`, and
   * its history entry, only if the request is still in the status the move left. False (and nothing written)
   * when a concurrent move changed it first.
   */
  async recordMove(
    em: EntityManager,
    request: FeasibilityRequest,
    change: FeasibilityRequestStatusChange,
    changes: Partial<Pick<FeasibilityRequest, 'verdict' | 'verdictRemarks' | 'decidedAt' | 'decidedBy'>> = {},
  ): Promise<boolean> {
    const result = await em
      .getRepository(FeasibilityRequestEntity)
      .update({ id: request.id, status: change.fromStatus! }, { status: request.status, ...changes });
    if ((result.affected ?? 0) !== 1) return false;
    await em.getRepository(FeasibilityRequestStatusChangeEntity).insert(change);
    return true;
  }

  /** Stores a send for feasibility (its requests are inserted one by one with `insert`). */
  async insertBatch(em: EntityManager, batch: FeasibilityBatch): Promise<void> {
    await em.getRepository(FeasibilityBatchEntity).insert(batch);
  }

  /** The send an actor made under an idempotency key, if any. */
  batchByClientMutationId(
    em: EntityManager,
    createdBy: string,
    clientMutationId: string,
  ): Promise<FeasibilityBatch | null> {
    return em.getRepository(FeasibilityBatchEntity).findOneBy({ createdBy, clientMutationId });
  }

  /** The requests of one send, in the order they were raised (their numbers). */
  ofBatch(em: EntityManager, batchId: string): Promise<FeasibilityRequest[]> {
    return em
      .getRepository(FeasibilityRequestEntity)
      .find({ where: { batchId }, order: { requestNo: 'ASC' } });
  }

  /** The requests of many leads, newest first, within what `visibility` lets the caller see. */
  ofLeads(
    em: EntityManager,
    visibility: RequestVisibility,
    leadIds: readonly string[],
  ): Promise<FeasibilityRequest[]> {
    const qb = em.getRepository(FeasibilityRequestEntity).createQueryBuilder('r');
    applyVisibility(qb, visibility);
    return qb
      .andWhere('r.leadId IN (:...leadIds)', { leadIds: [...leadIds] })
      .orderBy('r.createdAt', 'DESC')
      .addOrderBy('r.id', 'DESC')
      .getMany();
  }

  /** Every request of one lead, whatever its status, oldest number first (no caller's visibility applies). */
  ofLead(em: EntityManager, leadId: string): Promise<FeasibilityRequest[]> {
    return em
      .getRepository(FeasibilityRequestEntity)
      .find({ where: { leadId }, order: { requestNo: 'ASC' } });
  }

  byIds(em: EntityManager, ids: readonly string[]): Promise<FeasibilityRequest[]> {
    return em.getRepository(FeasibilityRequestEntity).findBy({ id: In([...ids]) });
  }

  byId(em: EntityManager, id: string): Promise<FeasibilityRequest | null> {
    return em.getRepository(FeasibilityRequestEntity).findOneBy({ id });
  }

  /** The request an actor created under an idempotency key, if any. */
  byClientMutationId(
    em: EntityManager,
    createdBy: string,
    clientMutationId: string,
  ): Promise<FeasibilityRequest | null> {
    return em.getRepository(FeasibilityRequestEntity).findOneBy({ createdBy, clientMutationId });
  }

  /** The history entries of many requests, oldest first. */
  historyOf(em: EntityManager, requestIds: readonly string[]): Promise<FeasibilityRequestStatusChange[]> {
    return em.getRepository(FeasibilityRequestStatusChangeEntity).find({
      where: { requestId: In([...requestIds]) },
      order: { changedAt: 'ASC', id: 'ASC' },
    });
  }

  /** The BSO answers of many requests (at most one each). */
  answersOf(em: EntityManager, requestIds: readonly string[]): Promise<BsoAnswer[]> {
    return em.getRepository(BsoAnswerEntity).findBy({ requestId: In([...requestIds]) });
  }

  /** A page of the requests `visibility` lets the caller see, narrowed by `filter`, newest first. */
  list(
    em: EntityManager,
    visibility: RequestVisibility,
    args: ListArgs<FeasibilityRequestFilter>,
    now: Date,
  ): Promise<Page<FeasibilityRequest>> {
    const qb = em.getRepository(FeasibilityRequestEntity).createQueryBuilder('r');
    applyVisibility(qb, visibility);
    const filter = args.filter;
    if (filter?.leadId) qb.andWhere('r.leadId = :leadId', { leadId: filter.leadId });
    if (filter?.cityId) qb.andWhere('r.cityId = :cityId', { cityId: filter.cityId });
    if (filter?.branchId) qb.andWhere('r.branchId = :branchId', { branchId: filter.branchId });
    if (filter?.bsoId) qb.andWhere('r.bsoId = :bsoId', { bsoId: filter.bsoId });
    if (filter?.batchId) qb.andWhere('r.batchId = :batchId', { batchId: filter.batchId });
    if (filter?.status) qb.andWhere('r.status = :status', { status: filter.status });
    if (typeof filter?.answerOverdue === 'boolean') whereAnswerOverdue(qb, filter.answerOverdue, now);
    return paginate(qb, args);
  }

  /** The requests whose BSO is late with its answer at `now` and was not reminded yet, oldest due first. */
  lateUnreminded(em: EntityManager, now: Date, limit: number): Promise<FeasibilityRequest[]> {
    const qb = em.getRepository(FeasibilityRequestEntity).createQueryBuilder('r');
    whereAnswerOverdue(qb, true, now);
    return qb
      .andWhere('r.remindedAt IS NULL')
      .orderBy('r.answerDueAt', 'ASC')
      .addOrderBy('r.id', 'ASC')
      .take(limit)
      .getMany();
  }

  /**
   * Marks a request reminded at `at`, only while it is still OPEN and not reminded: false when a concurrent
   * sweep or answer got there first (then the caller sends nothing).
   */
  async markReminded(em: EntityManager, id: string, at: Date): Promise<boolean> {
    const result = await em
      .createQueryBuilder()
      .update(FeasibilityRequestEntity)
      .set({ remindedAt: at })
      .where('id = :id AND status = :open AND reminded_at IS NULL', { id, open: 'OPEN' })
      .execute();
    return (result.affected ?? 0) === 1;
  }

  /**
   * The requests whose BSO is late with its answer at `now`, counted by BSO code (the BSO's id when the copy
   * does not know the BSO), for the metrics.
   */
  async overdueAnswersByBso(em: EntityManager, now: Date): Promise<{ bso: string; count: number }[]> {
    const qb = em
      .getRepository(FeasibilityRequestEntity)
      .createQueryBuilder('r')
      .leftJoin(KnownBsoEntity.options.name, 'b', 'b.id = r.bsoId')
      .select('COALESCE(b.code, r.bsoId)', 'bso')
      .addSelect('COUNT(*)', 'count')
      .groupBy('COALESCE(b.code, r.bsoId)');
    whereAnswerOverdue(qb, true, now);
    const rows = await qb.getRawMany<{ bso: string; count: string | number }>();
    return rows.map((row) => ({ bso: row.bso, count: Number(row.count) }));
  }
}

/** Narrows a query of requests (alias `r`) to those whose BSO is late with its answer at `now`, or not. */
function whereAnswerOverdue(qb: SelectQueryBuilder<FeasibilityRequest>, overdue: boolean, now: Date): void {
  const late = "r.status = 'OPEN' AND r.answerDueAt IS NOT NULL AND r.answerDueAt < :overdueAt";
  qb.andWhere(overdue ? `(${late})` : `NOT (${late})`, { overdueAt: now });
}

/** Narrows a query of requests (alias `r`) to what `visibility` lets the caller see. */
function applyVisibility(qb: SelectQueryBuilder<FeasibilityRequest>, visibility: RequestVisibility): void {
  switch (visibility.kind) {
    case 'ALL':
      break;
    case 'BSO':
      qb.andWhere('r.bsoId = :visibleBso', { visibleBso: visibility.bsoId });
      break;
    case 'BRANCHES':
      qb.andWhere('r.branchId IN (:...visibleBranches)', { visibleBranches: [...visibility.branchIds] });
      break;
    case 'NONE':
      qb.andWhere('1 = 0');
      break;
  }
}
