import type { Database, Page } from '@oms/persistence';
import type { Lead } from '../domain/lead';
import type { LeadListFilter, LeadRepository, ListArgs } from '../persistence/lead.repository';

/** Read side of leads (no transaction needed). */
export class LeadQueries {
  constructor(
    private readonly db: Database,
    private readonly repo: LeadRepository,
  ) {}

  leadsByIds(ids: readonly string[]): Promise<Lead[]> {
    return this.db.read((em) => this.repo.byIds(em, ids));
  }

  /** Leads newest first, narrowed by search text, city and creation window. */
  listLeads(args: ListArgs<LeadListFilter>): Promise<Page<Lead>> {
    return this.db.read((em) => this.repo.list(em, args));
  }
}
