import { In, IsNull, type EntityManager } from 'typeorm';
import { containsPattern, paginate, paginateBy, type Page } from '@oms/persistence';
import type { AccessGroup, GroupMenuRight, Menu, MenuRight, NamedRight } from '../domain/identity';
import { whereActive, type ListArgs } from './geography.repository';
import {
  AccessGroupEntity,
  GroupMenuRightEntity,
  GroupNamedRightEntity,
  MenuEntity,
  NamedRightEntity,
  type AccessGroupRow,
} from './identity.entities';

/** Narrows a list of groups. */
export interface GroupListFilter {
  search?: string | null;
  kind?: string | null;
  dataScope?: string | null;
  active?: boolean | null;
}

/** Narrows a list of menus. */
export interface MenuListFilter {
  search?: string | null;
  /** Only the menus under this one. */
  parentId?: string | null;
  /** Only top-level menus (true). */
  topLevel?: boolean | null;
  active?: boolean | null;
}

/** Narrows a list of named rights. */
export interface NamedRightListFilter {
  search?: string | null;
  active?: boolean | null;
}

const MENU_ORDER = [
  { property: 'sortOrder', direction: 'ASC', type: 'number' },
  { property: 'code', direction: 'ASC', type: 'string' },
  { property: 'id', direction: 'ASC', type: 'string' },
] as const;

/** Reads and writes groups (roles), their menu and named rights, menus and named rights. */
export class AccessRepository {
  // --- groups ---

  async insertGroup(em: EntityManager, group: AccessGroup): Promise<void> {
    const { namedRightIds, ...row } = group;
    await em.getRepository(AccessGroupEntity).insert(row);
    await this.insertGroupNamedRights(em, group.id, namedRightIds);
  }

  /** Writes the editable fields of a group and replaces its named rights (code and kind never change). */
  async saveGroup(em: EntityManager, group: AccessGroup): Promise<void> {
    const { name, dataScope, updatedAt, deactivatedAt } = group;
    await em
      .getRepository(AccessGroupEntity)
      .update({ id: group.id }, { name, dataScope, updatedAt, deactivatedAt });
    await em.getRepository(GroupNamedRightEntity).delete({ groupId: group.id });
    await this.insertGroupNamedRights(em, group.id, group.namedRightIds);
  }

  async groupByCode(em: EntityManager, code: string): Promise<AccessGroup | null> {
    const row = await em.getRepository(AccessGroupEntity).findOneBy({ code });
    return row ? (await this.withNamedRights(em, [row]))[0] : null;
  }

  async groupsByIds(em: EntityManager, ids: readonly string[]): Promise<AccessGroup[]> {
    if (ids.length === 0) return [];
    return this.withNamedRights(em, await em.getRepository(AccessGroupEntity).findBy({ id: In([...ids]) }));
  }

  async listGroups(em: EntityManager, args: ListArgs<GroupListFilter>): Promise<Page<AccessGroup>> {
    const qb = em.getRepository(AccessGroupEntity).createQueryBuilder('g');
    whereActive(qb, args.filter?.active);
    if (args.filter?.search) {
      qb.andWhere("(LOWER(g.code) LIKE :q ESCAPE '!' OR LOWER(g.name) LIKE :q ESCAPE '!')", {
        q: containsPattern(args.filter.search),
      });
    }
    if (args.filter?.kind) qb.andWhere('g.kind = :kind', { kind: args.filter.kind });
    if (args.filter?.dataScope) qb.andWhere('g.dataScope = :scope', { scope: args.filter.dataScope });
    const page = await paginate(qb, args);
    const groups = new Map(
      (
        await this.withNamedRights(
          em,
          page.edges.map((e) => e.node),
        )
      ).map((g) => [g.id, g]),
    );
    return {
      ...page,
      edges: page.edges.map((e) => ({ cursor: e.cursor, node: groups.get(e.node.id) as AccessGroup })),
    };
  }

  /** The menu rights of several groups. */
  async menuRightsOfGroups(em: EntityManager, groupIds: readonly string[]): Promise<GroupMenuRight[]> {
    if (groupIds.length === 0) return [];
    return em.getRepository(GroupMenuRightEntity).findBy({ groupId: In([...groupIds]) });
  }

  /** Sets the rights a group gives on a menu; no rights removes the menu from the group. */
  async setGroupMenuRights(
    em: EntityManager,
    groupId: string,
    menuId: string,
    rights: MenuRight[],
  ): Promise<void> {
    await em.getRepository(GroupMenuRightEntity).delete({ groupId, menuId });
    if (rights.length > 0) await em.getRepository(GroupMenuRightEntity).insert({ groupId, menuId, rights });
  }

  /** The groups that give some right on a menu. */
  async groupIdsWithRightsOn(em: EntityManager, menuId: string): Promise<string[]> {
    const rows = await em.getRepository(GroupMenuRightEntity).findBy({ menuId });
    return rows.map((r) => r.groupId);
  }

  /** The groups that give a named right. */
  async groupIdsWithNamedRight(em: EntityManager, namedRightId: string): Promise<string[]> {
    const rows = await em.getRepository(GroupNamedRightEntity).findBy({ namedRightId });
    return rows.map((r) => r.groupId);
  }

  // --- menus ---

  async insertMenu(em: EntityManager, menu: Menu): Promise<void> {
    await em.getRepository(MenuEntity).insert(menu);
  }

  /** Writes the editable fields of a menu (its code never changes). */
  async saveMenu(em: EntityManager, menu: Menu): Promise<void> {
    const { name, parentId, route, sortOrder, updatedAt, deactivatedAt } = menu;
    await em
      .getRepository(MenuEntity)
      .update({ id: menu.id }, { name, parentId, route, sortOrder, updatedAt, deactivatedAt });
  }

  menuByCode(em: EntityManager, code: string): Promise<Menu | null> {
    return em.getRepository(MenuEntity).findOneBy({ code });
  }

  async menusByIds(em: EntityManager, ids: readonly string[]): Promise<Menu[]> {
    if (ids.length === 0) return [];
    return em.getRepository(MenuEntity).findBy({ id: In([...ids]) });
  }

  /** Every menu, active or not (a navigation tree is small). */
  allMenus(em: EntityManager): Promise<Menu[]> {
    return em.getRepository(MenuEntity).find({ order: { sortOrder: 'ASC', code: 'ASC' } });
  }

  /** The menus directly under several menus, in sort order. */
  childrenOfMenus(em: EntityManager, parentIds: readonly string[]): Promise<Menu[]> {
    if (parentIds.length === 0) return Promise.resolve([]);
    return em
      .getRepository(MenuEntity)
      .find({ where: { parentId: In([...parentIds]) }, order: { sortOrder: 'ASC', code: 'ASC' } });
  }

  /** How many active menus sit directly under a menu. */
  countActiveChildren(em: EntityManager, menuId: string): Promise<number> {
    return em.getRepository(MenuEntity).countBy({ parentId: menuId, deactivatedAt: IsNull() });
  }

  /** Menus in navigation order (sort order, then code) with cursor pagination. */
  listMenus(em: EntityManager, args: ListArgs<MenuListFilter>): Promise<Page<Menu>> {
    const qb = em.getRepository(MenuEntity).createQueryBuilder('m');
    whereActive(qb, args.filter?.active);
    if (args.filter?.search) {
      qb.andWhere("(LOWER(m.code) LIKE :q ESCAPE '!' OR LOWER(m.name) LIKE :q ESCAPE '!')", {
        q: containsPattern(args.filter.search),
      });
    }
    if (args.filter?.parentId) qb.andWhere('m.parentId = :parentId', { parentId: args.filter.parentId });
    if (args.filter?.topLevel === true) qb.andWhere('m.parentId IS NULL');
    if (args.filter?.topLevel === false) qb.andWhere('m.parentId IS NOT NULL');
    return paginateBy(qb, args, MENU_ORDER);
  }

  // --- named rights ---

  async insertNamedRight(em: EntityManager, right: NamedRight): Promise<void> {
    await em.getRepository(NamedRightEntity).insert(right);
  }

  /** Writes the editable fields of a named right (its code never changes). */
  async saveNamedRight(em: EntityManager, right: NamedRight): Promise<void> {
    const { name, description, updatedAt, deactivatedAt } = right;
    await em
      .getRepository(NamedRightEntity)
      .update({ id: right.id }, { name, description, updatedAt, deactivatedAt });
  }

  namedRightByCode(em: EntityManager, code: string): Promise<NamedRight | null> {
    return em.getRepository(NamedRightEntity).findOneBy({ code });
  }

  async namedRightsByCodes(em: EntityManager, codes: readonly string[]): Promise<NamedRight[]> {
    if (codes.length === 0) return [];
    return em.getRepository(NamedRightEntity).findBy({ code: In([...codes]) });
  }

  async namedRightsByIds(em: EntityManager, ids: readonly string[]): Promise<NamedRight[]> {
    if (ids.length === 0) return [];
    return em.getRepository(NamedRightEntity).findBy({ id: In([...ids]) });
  }

  listNamedRights(em: EntityManager, args: ListArgs<NamedRightListFilter>): Promise<Page<NamedRight>> {
    const qb = em.getRepository(NamedRightEntity).createQueryBuilder('r');
    whereActive(qb, args.filter?.active);
    if (args.filter?.search) {
      qb.andWhere("(LOWER(r.code) LIKE :q ESCAPE '!' OR LOWER(r.name) LIKE :q ESCAPE '!')", {
        q: containsPattern(args.filter.search),
      });
    }
    return paginate(qb, args);
  }

  private async insertGroupNamedRights(em: EntityManager, groupId: string, ids: string[]): Promise<void> {
    if (ids.length > 0)
      await em
        .getRepository(GroupNamedRightEntity)
        .insert(ids.map((namedRightId) => ({ groupId, namedRightId })));
  }

  private async withNamedRights(em: EntityManager, rows: AccessGroupRow[]): Promise<AccessGroup[]> {
    if (rows.length === 0) return [];
    const links = await em
      .getRepository(GroupNamedRightEntity)
      .findBy({ groupId: In(rows.map((r) => r.id)) });
    return rows.map((row) => ({
      ...row,
      namedRightIds: links
        .filter((l) => l.groupId === row.id)
        .map((l) => l.namedRightId)
        .sort(),
    }));
  }
}
