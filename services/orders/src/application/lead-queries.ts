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

  /**
   * Leads newest first, narrowed by search text, city, branch and creation window, and by the caller's
   * branch scope (`null`: every branch; a list: those branches only; empty: none).
   */
  listLeads(args: ListArgs<LeadListFilter>, branchScope: readonly string[] | null): Promise<Page<Lead>> {
    return this.db.read((em) => this.repo.list(em, args, branchScope));
  }
}
