import type { Database, Page } from '@oms/persistence';
import type { ReferenceItem } from '../domain/reference-lists';
import type {
  ReferenceItemListArgs,
  ReferenceListRepository,
} from '../persistence/reference-lists.repository';

/** Read side of the reference lists (no transaction needed). */
export class ReferenceListQueries {
  constructor(
    private readonly db: Database,
    private readonly repo: ReferenceListRepository,
  ) {}

  itemsByIds(ids: readonly string[]): Promise<ReferenceItem[]> {
    return this.db.read((em) => this.repo.itemsByIds(em, ids));
  }

  listItems(args: ReferenceItemListArgs): Promise<Page<ReferenceItem>> {
    return this.db.read((em) => this.repo.listItems(em, args));
  }
}
