import { In, type EntityManager } from 'typeorm';
import { containsPattern, paginate, type Page } from '@oms/persistence';
import type { Lead } from '../domain/lead';
import type { Customer } from '../domain/customer';
import { LeadEntity, type LeadRow } from './lead.entity';
import { CustomerEntity } from './order.entities';

/** Listing arguments shared by the list queries. */
export interface ListArgs<F> {
  filter?: F | null;
  first?: number | null;
  after?: string | null;
}

/** What a list of leads can be narrowed by. */
export interface LeadListFilter {
  search?: string | null;
  cityId?: string | null;
  branchId?: string | null;
  /** Inclusive lower bound of `createdAt`. */
  createdFrom?: Date | null;
  /** Exclusive upper bound of `createdAt`. */
  createdTo?: Date | null;
}

/** Reads and writes leads. */
export class LeadRepository {
  async insert(em: EntityManager, lead: LeadRow): Promise<void> {
    await em.getRepository(LeadEntity).insert(lead);
  }

  /** The lead an actor created with an idempotency key, if any. */
  byClientMutationId(
    em: EntityManager,
    createdBy: string,
    clientMutationId: string,
  ): Promise<LeadRow | null> {
    return em.getRepository(LeadEntity).findOneBy({ createdBy, clientMutationId });
  }

  async update(em: EntityManager, id: string, changes: Partial<Omit<Lead, 'id'>>): Promise<void> {
    await em.getRepository(LeadEntity).update({ id }, changes);
  }

  /** The customer an existing-customer lead is for (customers live in orders too). */
  customerById(em: EntityManager, id: string): Promise<Customer | null> {
    return em.getRepository(CustomerEntity).findOneBy({ id });
  }

  byIds(em: EntityManager, ids: readonly string[]): Promise<Lead[]> {
    return em.getRepository(LeadEntity).findBy({ id: In([...ids]) });
  }

  /**
   * Leads newest first, narrowed by the filter and by the caller's branch scope: `null` means every branch
   * (and the leads that have none), a list means only leads of those branches, and an empty list means no
   * lead at all. The scope is part of the query, so pages and `totalCount` only ever see reachable leads.
   */
  list(
    em: EntityManager,
    args: ListArgs<LeadListFilter>,
    branchScope: readonly string[] | null,
  ): Promise<Page<Lead>> {
    const qb = em.getRepository(LeadEntity).createQueryBuilder('l');
    if (branchScope !== null) {
      if (branchScope.length === 0) qb.andWhere('1 = 0');
      else qb.andWhere('l.branchId IN (:...branchScope)', { branchScope: [...branchScope] });
    }
    const filter = args.filter;
    if (filter?.cityId) qb.andWhere('l.cityId = :cityId', { cityId: filter.cityId });
    if (filter?.branchId) qb.andWhere('l.branchId = :branchId', { branchId: filter.branchId });
    if (filter?.createdFrom) qb.andWhere('l.createdAt >= :createdFrom', { createdFrom: filter.createdFrom });
    if (filter?.createdTo) qb.andWhere('l.createdAt < :createdTo', { createdTo: filter.createdTo });
    if (filter?.search?.trim()) {
      qb.andWhere("(LOWER(l.customerName) LIKE :q ESCAPE '!' OR LOWER(l.leadNo) LIKE :q ESCAPE '!')", {
        q: containsPattern(filter.search),
      });
    }
    return paginate(qb, args);
  }
}
