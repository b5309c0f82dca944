import { In, type EntityManager } from 'typeorm';
import { paginate, type Page } from '@oms/persistence';
import type { SyncRecord, SyncStatus, SyncSystem } from '../domain/sync-record';
import { SyncRecordEntity } from './sync-record.entities';

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

  list(em: EntityManager, args: ListArgs<SyncRecordFilter>): Promise<Page<SyncRecord>> {
    const qb = em.getRepository(SyncRecordEntity).createQueryBuilder('r');
    const f = args.filter;
    if (f?.system) qb.andWhere('r.system = :system', { system: f.system });
    if (f?.status) qb.andWhere('r.status = :status', { status: f.status });
    if (f?.aggregateId) qb.andWhere('r.aggregateId = :aggregateId', { aggregateId: f.aggregateId });
    if (f?.eventType) qb.andWhere('r.eventType = :eventType', { eventType: f.eventType });
    return paginate(qb, args);
  }
}
