import type { Database, Page } from '@oms/persistence';
import type { SyncRecord } from '../domain/sync-record';
import type { ListArgs, SyncRecordFilter, SyncRecordRepository } from '../persistence/sync-record.repository';

/** Read side of sync records (no transaction needed). */
export class SyncRecordQueries {
  constructor(
    private readonly db: Database,
    private readonly repo: SyncRecordRepository,
  ) {}

  byIds(ids: readonly string[]): Promise<SyncRecord[]> {
    return this.repo.byIds(this.db.manager, ids);
  }

  /** The records about some leads, newest first. */
  ofLeads(leadIds: readonly string[]): Promise<SyncRecord[]> {
    return this.repo.ofAggregates(this.db.manager, 'Lead', leadIds);
  }

  list(args: ListArgs<SyncRecordFilter>): Promise<Page<SyncRecord>> {
    return this.repo.list(this.db.manager, args);
  }
}
