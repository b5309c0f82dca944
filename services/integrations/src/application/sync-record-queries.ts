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
    return this.db.read((em) => this.repo.byIds(em, ids));
  }

  /** The records about some leads, newest first. */
  ofLeads(leadIds: readonly string[]): Promise<SyncRecord[]> {
    return this.db.read((em) => this.repo.ofAggregates(em, 'Lead', leadIds));
  }

  list(args: ListArgs<SyncRecordFilter>): Promise<Page<SyncRecord>> {
    return this.db.read((em) => this.repo.list(em, args));
  }
}
