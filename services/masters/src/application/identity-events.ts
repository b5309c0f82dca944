import type { EntityManager } from 'typeorm';
import type {
  groupCreated,
  menuCreated,
  namedRightCreated,
  PayloadOf,
  teamCreated,
  userCreated,
} from '@oms/contracts';
import type { AccessGroup, Menu, MenuRight, NamedRight, Team, User } from '../domain/identity';
import { isActive } from '../domain/master-lifecycle';
import type { AccessRepository } from '../persistence/access.repository';

type UserState = Omit<PayloadOf<typeof userCreated>, 'createdAt'>;
type TeamState = Omit<PayloadOf<typeof teamCreated>, 'createdAt'>;
type GroupState = Omit<PayloadOf<typeof groupCreated>, 'createdAt'>;
type MenuState = Omit<PayloadOf<typeof menuCreated>, 'createdAt'>;
type NamedRightState = Omit<PayloadOf<typeof namedRightCreated>, 'createdAt'>;

/** The whole state of a user as `user.*` events carry it: no password data, every branch (home first). */
export function userState(user: User): UserState {
  return {
    userId: user.id,
    email: user.email,
    name: user.name,
    phone: user.phone,
    kind: user.kind,
    bsoId: user.bsoId,
    homeBranchId: user.homeBranchId,
    branchIds: user.homeBranchId ? [user.homeBranchId, ...user.branchIds] : [...user.branchIds],
    active: isActive(user),
  };
}

/** The whole state of a team as `team.*` events carry it, with its members' e-mail addresses. */
export function teamState(team: Team, members: readonly User[]): TeamState {
  const emails = new Map(members.map((u) => [u.id, u.email]));
  return {
    teamId: team.id,
    code: team.code,
    name: team.name,
    kind: team.kind,
    branchId: team.branchId,
    cityIds: team.cityIds,
    memberIds: team.memberIds,
    members: team.memberIds.map((userId) => ({ userId, email: emails.get(userId) ?? '' })),
    mailAddress: team.mailAddress,
    active: isActive(team),
  };
}

/** The whole state of a group as `group.*` events carry it (its named rights by code). */
export async function groupState(
  em: EntityManager,
  access: AccessRepository,
  group: AccessGroup,
): Promise<GroupState> {
  const rights = await access.namedRightsByIds(em, group.namedRightIds);
  return {
    groupId: group.id,
    code: group.code,
    name: group.name,
    dataScope: group.dataScope,
    kind: group.kind,
    namedRightCodes: rights.map((r) => r.code).sort(),
    active: isActive(group),
  };
}

/** Rights per menu as events carry them (with the menu's code), by menu code. */
export async function menuRightsState(
  em: EntityManager,
  access: AccessRepository,
  entries: readonly { menuId: string; rights: MenuRight[] }[],
): Promise<{ menuId: string; menuCode: string; rights: MenuRight[] }[]> {
  const codes = new Map(
    (
      await access.menusByIds(
        em,
        entries.map((e) => e.menuId),
      )
    ).map((m) => [m.id, m.code]),
  );
  return entries
    .map((e) => ({ menuId: e.menuId, menuCode: codes.get(e.menuId) ?? '', rights: e.rights }))
    .sort((a, b) => (a.menuCode < b.menuCode ? -1 : a.menuCode > b.menuCode ? 1 : 0));
}

/** The whole state of a menu as `menu.*` events carry it. */
export function menuState(menu: Menu): MenuState {
  return {
    menuId: menu.id,
    code: menu.code,
    name: menu.name,
    parentId: menu.parentId,
    route: menu.route,
    sortOrder: menu.sortOrder,
    active: isActive(menu),
  };
}

/** The whole state of a named right as `named_right.*` events carry it. */
export function namedRightState(right: NamedRight): NamedRightState {
  return {
    namedRightId: right.id,
    code: right.code,
    name: right.name,
    description: right.description,
    active: isActive(right),
  };
}
