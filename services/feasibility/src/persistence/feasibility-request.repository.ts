import { In, type EntityManager } from 'typeorm';
import { paginate, type Page } from '@oms/persistence';
import type {
  FeasibilityRequest,
  FeasibilityRequestStatus,
  FeasibilityRequestStatusChange,
} from '../domain/feasibility-request';
import {
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
  status?: FeasibilityRequestStatus | null;
}

/** Reads and writes feasibility requests and their history. */
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

  byIds(em: EntityManager, ids: readonly string[]): Promise<FeasibilityRequest[]> {
    return em.getRepository(FeasibilityRequestEntity).findBy({ id: In([...ids]) });
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

  list(em: EntityManager, args: ListArgs<FeasibilityRequestFilter>): Promise<Page<FeasibilityRequest>> {
    const qb = em.getRepository(FeasibilityRequestEntity).createQueryBuilder('r');
    const filter = args.filter;
    if (filter?.leadId) qb.andWhere('r.leadId = :leadId', { leadId: filter.leadId });
    if (filter?.cityId) qb.andWhere('r.cityId = :cityId', { cityId: filter.cityId });
    if (filter?.status) qb.andWhere('r.status = :status', { status: filter.status });
    return paginate(qb, args);
  }
}
