import { MENU_RIGHTS, type MenuRight } from '@oms/auth/lite';

/** STAFF works in branches; PARTNER is a BSO's account and sees only that BSO's work. */
export const USER_KINDS = ['STAFF', 'PARTNER'] as const;
export type UserKind = (typeof USER_KINDS)[number];

/** ALL: every branch and city (e.g. HEAD_OFFICE, ADMIN); ASSIGNED: the member's own branches and cities. */
export const DATA_SCOPES = ['ALL', 'ASSIGNED'] as const;
export type DataScope = (typeof DATA_SCOPES)[number];

/** What a team works on; other services pick recipients and work queues by it. */
export const TEAM_KINDS = ['PROVISIONING', 'INSTALLATION', 'BILLING', 'TECHNICAL', 'LOGISTICS'] as const;
export type TeamKind = (typeof TEAM_KINDS)[number];

export { MENU_RIGHTS, type MenuRight };

/**
 * A person who signs in: staff of a branch (or of head office) or a BSO partner's account. Never deleted:
 * deactivated instead. The password hash is not part of it: only the users' repository and login see it.
 */
export interface User {
  id: string;
  /** Unique, stored lower-cased; never changes. */
  email: string;
  name: string;
  phone: string | null;
  kind: UserKind;
  /** The BSO a PARTNER account belongs to; null for STAFF. */
  bsoId: string | null;
  /** The branch a STAFF user belongs to; null for PARTNER, and optional for staff with an ALL-scope group. */
  homeBranchId: string | null;
  /** Further branches the user works in, beyond the home branch, without repeats. */
  branchIds: string[];
  /** The user's groups (roles): at least one. */
  groupIds: string[];
  /** Named rights given to the user directly (beyond what the groups give). */
  namedRightIds: string[];
  /** The cities the user may act on for installations. */
  installationCityIds: string[];
  /** Increases with every change of the user's access; the version of the published access snapshot. */
  accessVersion: number;
  passwordChangedAt: Date;
  createdAt: Date;
  /** When the user was last edited; null when never. */
  updatedAt: Date | null;
  /** When the user was deactivated; null while active. */
  deactivatedAt: Date | null;
}

/** A group (role): the menu rights and named rights its members get, and how far their data reaches. */
export interface AccessGroup {
  id: string;
  /** Unique, upper case, never changes (e.g. SALES, HEAD_OFFICE). */
  code: string;
  name: string;
  dataScope: DataScope;
  /** Which users it is for; never changes. A PARTNER group always has the ASSIGNED scope. */
  kind: UserKind;
  /** The named rights every member gets. */
  namedRightIds: string[];
  createdAt: Date;
  updatedAt: Date | null;
  deactivatedAt: Date | null;
}

/** A menu of the frontend's navigation; rights are given per menu. */
export interface Menu {
  id: string;
  /** Unique, upper case, never changes; the `MENU` of `MENU:RIGHT` permissions. */
  code: string;
  name: string;
  /** The menu it sits under; null at the top level. */
  parentId: string | null;
  /** Where the frontend routes to (e.g. `/orders`); null for a heading that only groups other menus. */
  route: string | null;
  /** Position among its siblings (lowest first). */
  sortOrder: number;
  createdAt: Date;
  updatedAt: Date | null;
  deactivatedAt: Date | null;
}

/** A right that is not about a menu (e.g. FEASIBILITY_RESPOND), given to users or groups. */
export interface NamedRight {
  id: string;
  /** Unique, upper case, never changes; the permission string itself. */
  code: string;
  name: string;
  description: string | null;
  createdAt: Date;
  updatedAt: Date | null;
  deactivatedAt: Date | null;
}

/** The rights a group gives on one menu (never empty: no rights is no row). */
export interface GroupMenuRight {
  groupId: string;
  menuId: string;
  rights: MenuRight[];
}

/** What one user gets on one menu instead of what their groups give; empty rights remove the menu. */
export interface UserMenuOverride {
  userId: string;
  menuId: string;
  rights: MenuRight[];
}

/** A team that does one kind of work for a branch (and some of its cities); never deleted. */
export interface Team {
  id: string;
  /** Unique, upper case, never changes. */
  code: string;
  name: string;
  kind: TeamKind;
  /** The branch it works for. */
  branchId: string;
  /** The cities it covers; empty: all of the branch's. */
  cityIds: string[];
  /** Its members: active users, without repeats. */
  memberIds: string[];
  /** The team's shared mail address, if it has one. */
  mailAddress: string | null;
  createdAt: Date;
  updatedAt: Date | null;
  deactivatedAt: Date | null;
}

/** E-mail addresses are compared and stored lower case, without surrounding spaces. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** The distinct rights of a list, in the canonical order VIEW, CREATE, EDIT, APPROVE, ADMIN. */
export function orderedRights(rights: readonly string[]): MenuRight[] {
  const given = new Set(rights);
  return MENU_RIGHTS.filter((right) => given.has(right));
}

/** Why a menu's rights list is not acceptable (a right other than VIEW without VIEW), or null. */
export function menuRightsProblem(rights: readonly MenuRight[]): string | null {
  if (rights.length > 0 && !rights.includes('VIEW')) {
    return 'rights on a menu must include VIEW (without it the menu is not shown)';
  }
  return null;
}

/** A problem with one field of a user, as `[field, message]`. */
export type FieldProblem = [field: string, message: string];

/** What the shape rules of a user look at. */
export interface UserShape {
  kind: UserKind;
  bsoId: string | null;
  homeBranchId: string | null;
  branchIds: readonly string[];
  installationCityIds: readonly string[];
  /** Whether one of the user's active groups has the ALL data scope (so no home branch is needed). */
  allScope: boolean;
}

/**
 * The rules of who a user is: STAFF belongs to no BSO and has a home branch (unless a group gives it the ALL
 * scope); a PARTNER account belongs to a BSO and has no branches and no installation cities (partners only
 * ever see their own BSO's work).
 */
export function userShapeProblems(user: UserShape): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (user.kind === 'STAFF') {
    if (user.bsoId !== null) problems.push(['bsoId', 'a STAFF user belongs to no BSO']);
    if (user.homeBranchId === null && !user.allScope) {
      problems.push([
        'homeBranchId',
        'a STAFF user needs a home branch unless a group gives it the ALL data scope',
      ]);
    }
  } else {
    if (user.bsoId === null) problems.push(['bsoId', 'a PARTNER user needs the BSO it belongs to']);
    if (user.homeBranchId !== null) problems.push(['homeBranchId', 'a PARTNER user has no home branch']);
    if (user.branchIds.length > 0) problems.push(['branchIds', 'a PARTNER user has no branches']);
    if (user.installationCityIds.length > 0) {
      problems.push(['installationCityIds', 'a PARTNER user has no installation cities']);
    }
  }
  return problems;
}

/** Why a group of this kind may not have this data scope, or null: partners never see every branch. */
export function groupScopeProblem(kind: UserKind, dataScope: DataScope): string | null {
  return kind === 'PARTNER' && dataScope === 'ALL' ? 'a PARTNER group has the ASSIGNED data scope' : null;
}

/** The further branches of a user: without repeats and without the home branch (always included anyway). */
export function furtherBranches(homeBranchId: string | null, branchIds: readonly string[]): string[] {
  return [...new Set(branchIds)].filter((id) => id !== homeBranchId);
}

/**
 * Whether putting menu `menuId` under `parentId` would make a loop (the parent is the menu itself or one of
 * its descendants). `parentOf` gives each menu's current parent.
 */
export function makesMenuCycle(
  menuId: string,
  parentId: string,
  parentOf: ReadonlyMap<string, string | null>,
): boolean {
  const seen = new Set<string>();
  for (let at: string | null = parentId; at !== null; at = parentOf.get(at) ?? null) {
    if (at === menuId) return true;
    if (seen.has(at)) return true;
    seen.add(at);
  }
  return false;
}
