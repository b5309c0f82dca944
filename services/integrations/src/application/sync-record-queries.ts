import type { Database, Page } from '@oms/persistence';
import type { SyncRecord } from '../domain/sync-record';
import type { SyncAttempt } from '../domain/sync-attempt';
import type { ListArgs, SyncRecordFilter, SyncRecordRepository } from '../persistence/sync-record.repository';

/** A lead's branch as integrations' own records know it. */
export interface LeadBranch {
  /** The lead id. */
  id: string;
  branchId: string | null;
}

/** Read side of sync records (no transaction needed). */
export class SyncRecordQueries {
  constructor(
    private readonly db: Database,
    private readonly repo: SyncRecordRepository,
  ) {}

  byIds(ids: readonly string[]): Promise<SyncRecord[]> {
    return this.db.read((em) => this.repo.byIds(em, ids));
  }

  /** The records about some orders, newest first. */
  ofOrders(orderIds: readonly string[]): Promise<SyncRecord[]> {
    return this.db.read((em) => this.repo.ofAggregates(em, 'Order', orderIds));
  }

  /** The branch of each order integrations has sync jobs of; orders without any are left out. */
  async orderBranches(orderIds: readonly string[]): Promise<LeadBranch[]> {
    const rows = await this.db.read((em) => this.repo.branchesOfAggregates(em, 'Order', orderIds));
    return rows.map((row) => ({ id: row.aggregateId, branchId: row.branchId }));
  }

  /** The delivery attempts of some jobs, oldest first. */
  attemptsOf(ids: readonly string[]): Promise<SyncAttempt[]> {
    return this.db.read((em) => this.repo.attemptsOf(em, ids));
  }

  /** The records about some leads, newest first. */
  ofLeads(leadIds: readonly string[]): Promise<SyncRecord[]> {
    return this.db.read((em) => this.repo.ofAggregates(em, 'Lead', leadIds));
  }

  /**
   * The branch of each lead integrations has records of (null when its records name none); a lead without
   * records is left out.
   */
  async leadBranches(leadIds: readonly string[]): Promise<LeadBranch[]> {
    const rows = await this.db.read((em) => this.repo.branchesOfAggregates(em, 'Lead', leadIds));
    return rows.map((row) => ({ id: row.aggregateId, branchId: row.branchId }));
  }

  /** Sync records newest first, narrowed by the filter and the caller's branch scope (null: every branch). */
  list(args: ListArgs<SyncRecordFilter>, branchScope: readonly string[] | null): Promise<Page<SyncRecord>> {
    return this.db.read((em) => this.repo.list(em, args, branchScope));
  }
}
