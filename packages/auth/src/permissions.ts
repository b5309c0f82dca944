/**
 * The permission vocabulary. Menus and named rights are admin-editable data in masters; the codes below are
 * the ones the subgraphs' policies refer to, and masters seeds them. A permission is `MENU:RIGHT` for a menu
 * right (e.g. `LEADS:CREATE`) or the bare code of a named user right (e.g. `FEASIBILITY_RESPOND`).
 */
export const MENUS = [
  'MASTERS',
  'USERS',
  'AUDIT',
  'LEADS',
  'FEASIBILITY',
  'ORDERS',
  'APPROVALS',
  'PROVISIONING',
  'INSTALLATION',
  'BILLING',
  'INTEGRATIONS',
  'REPORTS',
] as const;
export type MenuCode = (typeof MENUS)[number];

/** What a menu right allows, in increasing power. */
export const MENU_RIGHTS = ['VIEW', 'CREATE', 'EDIT', 'APPROVE', 'ADMIN'] as const;
export type MenuRight = (typeof MENU_RIGHTS)[number];

/** Named user rights the code checks (further ones may exist as data, for frontends). */
export const NAMED_RIGHTS = [
  /** A BSO partner answers its own BSO's feasibility requests. */
  'FEASIBILITY_RESPOND',
  /** The technical team records technical feasibility on a BSO's answer. */
  'TECHNICAL_FEASIBILITY',
  /** Replays dead letters and failed syncs. */
  'DEAD_LETTER_REPLAY',
] as const;
export type NamedRight = (typeof NAMED_RIGHTS)[number];

/** A permission string as carried in access snapshots. */
export type Permission = `${MenuCode}:${MenuRight}` | NamedRight;

/** The permission for one right on one menu. */
export function menuPermission(menu: MenuCode, right: MenuRight): Permission {
  return `${menu}:${right}`;
}

/** Every permission the code knows: what a superuser holds. */
export function allPermissions(): Permission[] {
  return [...MENUS.flatMap((m) => MENU_RIGHTS.map((r) => menuPermission(m, r))), ...NAMED_RIGHTS];
}
