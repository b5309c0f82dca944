import type { AccessSnapshot } from '@oms/contracts';
import { MENU_RIGHTS, menuPermission, type MenuCode, type MenuRight } from '@oms/auth/lite';
import type { AccessGroup, GroupMenuRight, Menu, NamedRight, User, UserMenuOverride } from './identity';

/** Everything a user's effective access is computed from. Records that do not concern the user are ignored. */
export interface AccessFacts {
  user: User;
  /** The user's groups (active or not). */
  groups: readonly AccessGroup[];
  /** The menu rights of those groups. */
  groupMenuRights: readonly GroupMenuRight[];
  /** The user's own menu overrides. */
  overrides: readonly UserMenuOverride[];
  /** Every menu the rights and overrides refer to (active or not). */
  menus: readonly Menu[];
  /** Every named right the user and their groups refer to (active or not). */
  namedRights: readonly NamedRight[];
}

const active = (record: { deactivatedAt: Date | null }) => record.deactivatedAt === null;
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** `MENU:RIGHT` of a menu code that is data (admins may add menus beyond the ones the code knows). */
function permissionOf(menuCode: string, right: MenuRight): string {
  return menuPermission(menuCode as MenuCode, right);
}

/**
 * A user's effective access, as every service authorizes with it:
 * - only the user's active groups count; a group with the ALL data scope gives every branch (staff only:
 *   a partner never sees beyond its BSO);
 * - on each active menu the user has the union of what their groups give, unless the user has an override
 *   for that menu, which replaces it (an empty override removes the menu);
 * - named rights are the user's own plus their groups', active ones only;
 * - branches are the home branch and the further branches;
 * - a deactivated user gets `active: false` and no grants at all.
 * Permissions are sorted (menus by code, rights in VIEW…ADMIN order, then named rights) so equal access gives
 * equal snapshots.
 */
export function effectiveAccess(facts: AccessFacts): AccessSnapshot {
  const { user } = facts;
  const identity = {
    userId: user.id,
    version: user.accessVersion,
    kind: user.kind,
    bsoId: user.bsoId,
    email: user.email,
    name: user.name,
    homeBranchId: user.homeBranchId,
  };
  if (!active(user)) {
    return {
      ...identity,
      active: false,
      branchIds: [],
      allBranches: false,
      installationCityIds: [],
      groups: [],
      permissions: [],
    };
  }
  const memberOf = new Set(user.groupIds);
  const groups = facts.groups.filter((g) => memberOf.has(g.id) && active(g));
  const groupIds = new Set(groups.map((g) => g.id));

  const rightsByMenu = new Map<string, Set<MenuRight>>();
  for (const grant of facts.groupMenuRights) {
    if (!groupIds.has(grant.groupId)) continue;
    const rights = rightsByMenu.get(grant.menuId) ?? new Set<MenuRight>();
    grant.rights.forEach((r) => rights.add(r));
    rightsByMenu.set(grant.menuId, rights);
  }
  for (const override of facts.overrides) {
    if (override.userId === user.id) rightsByMenu.set(override.menuId, new Set(override.rights));
  }
  const menus = facts.menus.filter(active).sort((a, b) => byText(a.code, b.code));
  const menuPermissions = menus.flatMap((menu) => {
    const rights = rightsByMenu.get(menu.id);
    return rights ? MENU_RIGHTS.filter((r) => rights.has(r)).map((r) => permissionOf(menu.code, r)) : [];
  });

  const namedRightIds = new Set([...user.namedRightIds, ...groups.flatMap((g) => g.namedRightIds)]);
  const namedPermissions = [
    ...new Set(facts.namedRights.filter((r) => namedRightIds.has(r.id) && active(r)).map((r) => r.code)),
  ].sort(byText);

  const branchIds = user.homeBranchId ? [user.homeBranchId, ...user.branchIds] : [...user.branchIds];
  return {
    ...identity,
    active: true,
    branchIds: [...new Set(branchIds)],
    allBranches: user.kind === 'STAFF' && groups.some((g) => g.dataScope === 'ALL'),
    installationCityIds: [...new Set(user.installationCityIds)],
    groups: groups.map((g) => g.code).sort(byText),
    permissions: [...menuPermissions, ...namedPermissions],
  };
}

/** One menu of a user's navigation, with the user's rights on it and the visible menus under it. */
export interface MenuNode {
  menu: Menu;
  rights: MenuRight[];
  children: MenuNode[];
}

/**
 * The navigation a user sees: every active menu on which their permissions give at least VIEW, each with
 * the user's rights on it, nested under its nearest visible ancestor (a menu whose parent the user cannot see
 * moves up to the next visible one, or to the top), siblings in sort order, then by code.
 */
export function menuTree(menus: readonly Menu[], permissions: readonly string[]): MenuNode[] {
  const granted = new Set(permissions);
  const byId = new Map(menus.map((m) => [m.id, m]));
  const nodes = new Map<string, MenuNode>();
  for (const menu of menus) {
    if (!active(menu)) continue;
    const rights = MENU_RIGHTS.filter((r) => granted.has(permissionOf(menu.code, r)));
    if (rights.includes('VIEW')) nodes.set(menu.id, { menu, rights, children: [] });
  }
  const visibleAncestor = (menu: Menu): MenuNode | null => {
    const seen = new Set<string>([menu.id]);
    for (let at = menu.parentId; at !== null && !seen.has(at); at = byId.get(at)?.parentId ?? null) {
      seen.add(at);
      const node = nodes.get(at);
      if (node) return node;
    }
    return null;
  };
  const roots: MenuNode[] = [];
  for (const node of nodes.values()) (visibleAncestor(node.menu)?.children ?? roots).push(node);
  const sort = (list: MenuNode[]) => {
    list.sort((a, b) => a.menu.sortOrder - b.menu.sortOrder || byText(a.menu.code, b.menu.code));
    list.forEach((n) => sort(n.children));
  };
  sort(roots);
  return roots;
}
