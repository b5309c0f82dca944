import { In, type EntityManager } from 'typeorm';
import { paginate, type Page } from '@oms/persistence';
import { claimRow, dueRows } from './delivery-queue';
import type { SyncRecord, SyncStatus, SyncSystem } from '../domain/sync-record';
import type { SyncAttempt } from '../domain/sync-attempt';
import { DUE_SYNC_STATUSES } from '../domain/sync-job';
import { SyncAttemptEntity, SyncRecordEntity } from './sync-record.entities';

/** Listing arguments shared by the list queries. */
export interface ListArgs<F> {
  filter?: F | null;
  first?: number | null;
  after?: string | null;
}

/** The conditions a list of sync records can be narrowed by. */
export interface SyncRecordFilter {
  system?: SyncSystem | null;
  status?: SyncStatus | null;
  aggregateId?: string | null;
  eventType?: string | null;
}

/** Reads and writes sync records. */
export class SyncRecordRepository {
  async insert(em: EntityManager, record: SyncRecord): Promise<void> {
    await em.getRepository(SyncRecordEntity).insert(record);
  }

  /** Writes a sync job's delivery state. */
  async save(em: EntityManager, record: SyncRecord): Promise<void> {
    await em.getRepository(SyncRecordEntity).save(record);
  }

  /** Sync jobs due for an attempt, oldest due first. */
  due(em: EntityManager, now: Date, limit: number): Promise<SyncRecord[]> {
    return dueRows(em.getRepository(SyncRecordEntity), DUE_SYNC_STATUSES, now, limit);
  }

  /** Takes a due row for one attempt (see `claimRow`). */
  claim(em: EntityManager, row: SyncRecord, leaseUntil: Date): Promise<boolean> {
    return claimRow(em.getRepository(SyncRecordEntity), row, leaseUntil);
  }

  async insertAttempt(em: EntityManager, attempt: SyncAttempt): Promise<void> {
    await em.getRepository(SyncAttemptEntity).insert(attempt);
  }

  /** The attempts of some jobs, oldest first. */
  attemptsOf(em: EntityManager, recordIds: readonly string[]): Promise<SyncAttempt[]> {
    return em.getRepository(SyncAttemptEntity).find({
      where: { syncRecordId: In([...recordIds]) },
      order: { attemptedAt: 'ASC', attempt: 'ASC' },
    });
  }

  /** The record an event already produced for a system, if any. */
  bySystemAndEvent(em: EntityManager, system: SyncSystem, eventId: string): Promise<SyncRecord | null> {
    return em.getRepository(SyncRecordEntity).findOneBy({ system, eventId });
  }

  byIds(em: EntityManager, ids: readonly string[]): Promise<SyncRecord[]> {
    return em.getRepository(SyncRecordEntity).findBy({ id: In([...ids]) });
  }

  /** The records about some entities of one type, newest first. */
  ofAggregates(
    em: EntityManager,
    aggregateType: string,
    aggregateIds: readonly string[],
  ): Promise<SyncRecord[]> {
    return em.getRepository(SyncRecordEntity).find({
      where: { aggregateType, aggregateId: In([...aggregateIds]) },
      order: { createdAt: 'DESC', id: 'DESC' },
    });
  }

  /**
   * The branch of each of some entities of one type, as their records know it: one row per entity that has a
   * record, with the branch its records carry (null when none of them names one).
   */
  async branchesOfAggregates(
    em: EntityManager,
    aggregateType: string,
    aggregateIds: readonly string[],
  ): Promise<{ aggregateId: string; branchId: string | null }[]> {
    if (aggregateIds.length === 0) return [];
    return (
      em
        .getRepository(SyncRecordEntity)
        .createQueryBuilder('r')
        .select('r.aggregateId', 'aggregateId')
        // Every record of a lead carries the lead's branch; MAX skips the nulls of records that carry none.
        .addSelect('MAX(r.branchId)', 'branchId')
        .where('r.aggregateType = :aggregateType', { aggregateType })
        .andWhere('r.aggregateId IN (:...aggregateIds)', { aggregateIds: [...aggregateIds] })
        .groupBy('r.aggregateId')
        .getRawMany<{ aggregateId: string; branchId: string | null }>()
    );
  }

  /**
   * Sync records newest first, narrowed by the filter and by the caller's branch scope: `null` means every
   * branch (and the records that have none), a list means only records of those branches, and an empty list
   * means none at all. The scope is part of the query, so pages and `totalCount` only see reachable records.
   */
  list(
    em: EntityManager,
    args: ListArgs<SyncRecordFilter>,
    branchScope: readonly string[] | null,
  ): Promise<Page<SyncRecord>> {
    const qb = em.getRepository(SyncRecordEntity).createQueryBuilder('r');
    if (branchScope !== null) {
      if (branchScope.length === 0) qb.andWhere('1 = 0');
      else qb.andWhere('r.branchId IN (:...branchScope)', { branchScope: [...branchScope] });
    }
    const f = args.filter;
    if (f?.system) qb.andWhere('r.system = :system', { system: f.system });
    if (f?.status) qb.andWhere('r.status = :status', { status: f.status });
    if (f?.aggregateId) qb.andWhere('r.aggregateId = :aggregateId', { aggregateId: f.aggregateId });
    if (f?.eventType) qb.andWhere('r.eventType = :eventType', { eventType: f.eventType });
    return paginate(qb, args);
  }
}
