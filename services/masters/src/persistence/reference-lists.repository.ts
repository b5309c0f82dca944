import { In, type EntityManager } from 'typeorm';
import { containsPattern, paginateBy, type OrderKey, type Page } from '@oms/persistence';
import type { ReferenceItem, ReferenceListKind } from '../domain/reference-lists';
import { whereActive, type ListArgs } from './geography.repository';
import { ReferenceItemEntity } from './reference-lists.entities';

/** Narrows one reference list. */
export interface ReferenceItemListFilter {
  search?: string | null;
  active?: boolean | null;
}

/** Listing arguments of one reference list: which list, then the usual filter and page. */
export interface ReferenceItemListArgs extends ListArgs<ReferenceItemListFilter> {
  list: ReferenceListKind;
}

/** Dropdown order: sort order (lowest first), then code; the id makes it total. */
const LIST_ORDER: OrderKey<ReferenceItem>[] = [
  { property: 'sortOrder', direction: 'ASC', type: 'number' },
  { property: 'code', direction: 'ASC', type: 'string' },
  { property: 'id', direction: 'ASC', type: 'string' },
];

/** Reads and writes the items of every reference list. */
export class ReferenceListRepository {
  async insertItem(em: EntityManager, item: ReferenceItem): Promise<void> {
    await em.getRepository(ReferenceItemEntity).insert(item);
  }

  /** Writes the editable fields of an existing item (its list and code never change). */
  async saveItem(em: EntityManager, item: ReferenceItem): Promise<void> {
    const { name, description, sortOrder, days, months, charge, updatedAt, deactivatedAt } = item;
    await em
      .getRepository(ReferenceItemEntity)
      .update(
        { id: item.id },
        { name, description, sortOrder, days, months, charge, updatedAt, deactivatedAt },
      );
  }

  itemByCode(em: EntityManager, list: ReferenceListKind, code: string): Promise<ReferenceItem | null> {
    return em.getRepository(ReferenceItemEntity).findOneBy({ list, code });
  }

  itemsByIds(em: EntityManager, ids: readonly string[]): Promise<ReferenceItem[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return em.getRepository(ReferenceItemEntity).findBy({ id: In([...ids]) });
  }

  /** One list in dropdown order (sort order, then code), with cursors in that order. */
  listItems(em: EntityManager, args: ReferenceItemListArgs): Promise<Page<ReferenceItem>> {
    const qb = em.getRepository(ReferenceItemEntity).createQueryBuilder('ri');
    qb.where('ri.list = :list', { list: args.list });
    whereActive(qb, args.filter?.active);
    if (args.filter?.search) {
      qb.andWhere("(LOWER(ri.code) LIKE :q ESCAPE '!' OR LOWER(ri.name) LIKE :q ESCAPE '!')", {
        q: containsPattern(args.filter.search),
      });
    }
    return paginateBy(qb, args, LIST_ORDER);
  }
}
