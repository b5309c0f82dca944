import { EntitySchema } from 'typeorm';
import type { AccessGroup, Menu, MenuRight, NamedRight, Team, User } from '../domain/identity';

const instant = (name: string, nullable = false) =>
  ({ name, type: 'datetime', precision: 3, nullable }) as const;
const link = (name: string) => ({ name, type: 'varchar', length: 36, primary: true }) as const;
const lifecycle = {
  createdAt: instant('created_at'),
  updatedAt: instant('updated_at', true),
  deactivatedAt: instant('deactivated_at', true),
};

/** A user row: the user without its link lists, plus the password hash (which never leaves persistence). */
export type UserRow = Omit<User, 'branchIds' | 'groupIds' | 'namedRightIds' | 'installationCityIds'> & {
  passwordHash: string;
};

export const UserEntity = new EntitySchema<UserRow>({
  name: 'AppUser',
  tableName: 'app_user',
  columns: {
    id: { type: 'varchar', length: 36, primary: true },
    email: { type: 'varchar', length: 254, unique: true },
    name: { type: 'varchar', length: 100 },
    phone: { type: 'varchar', length: 30, nullable: true },
    kind: { type: 'varchar', length: 10 },
    bsoId: { name: 'bso_id', type: 'varchar', length: 36, nullable: true },
    homeBranchId: { name: 'home_branch_id', type: 'varchar', length: 36, nullable: true },
    passwordHash: { name: 'password_hash', type: 'varchar', length: 255 },
    passwordChangedAt: instant('password_changed_at'),
    accessVersion: { name: 'access_version', type: 'int' },
    ...lifecycle,
  },
});

/** One further branch of a user. */
export interface UserBranchRow {
  userId: string;
  branchId: string;
}
export const UserBranchEntity = new EntitySchema<UserBranchRow>({
  name: 'UserBranch',
  tableName: 'user_branch',
  columns: { userId: link('user_id'), branchId: link('branch_id') },
});

/** One group of a user. */
export interface UserGroupRow {
  userId: string;
  groupId: string;
}
export const UserGroupEntity = new EntitySchema<UserGroupRow>({
  name: 'UserGroup',
  tableName: 'user_group',
  columns: { userId: link('user_id'), groupId: link('group_id') },
});

/** One named right given to a user directly. */
export interface UserNamedRightRow {
  userId: string;
  namedRightId: string;
}
export const UserNamedRightEntity = new EntitySchema<UserNamedRightRow>({
  name: 'UserNamedRight',
  tableName: 'user_named_right',
  columns: { userId: link('user_id'), namedRightId: link('named_right_id') },
});

/** One city a user may act on for installations. */
export interface UserInstallationCityRow {
  userId: string;
  cityId: string;
}
export const UserInstallationCityEntity = new EntitySchema<UserInstallationCityRow>({
  name: 'UserInstallationCity',
  tableName: 'user_installation_city',
  columns: { userId: link('user_id'), cityId: link('city_id') },
});

/** A group row; its named rights live in `group_named_right`. */
export type AccessGroupRow = Omit<AccessGroup, 'namedRightIds'>;

export const AccessGroupEntity = new EntitySchema<AccessGroupRow>({
  name: 'AccessGroup',
  tableName: 'access_group',
  columns: {
    id: { type: 'varchar', length: 36, primary: true },
    code: { type: 'varchar', length: 30, unique: true },
    name: { type: 'varchar', length: 100 },
    dataScope: { name: 'data_scope', type: 'varchar', length: 10 },
    kind: { type: 'varchar', length: 10 },
    ...lifecycle,
  },
});

/** One named right a group gives its members. */
export interface GroupNamedRightRow {
  groupId: string;
  namedRightId: string;
}
export const GroupNamedRightEntity = new EntitySchema<GroupNamedRightRow>({
  name: 'GroupNamedRight',
  tableName: 'group_named_right',
  columns: { groupId: link('group_id'), namedRightId: link('named_right_id') },
});

export const MenuEntity = new EntitySchema<Menu>({
  name: 'Menu',
  tableName: 'menu',
  columns: {
    id: { type: 'varchar', length: 36, primary: true },
    code: { type: 'varchar', length: 30, unique: true },
    name: { type: 'varchar', length: 100 },
    parentId: { name: 'parent_id', type: 'varchar', length: 36, nullable: true },
    route: { type: 'varchar', length: 200, nullable: true },
    sortOrder: { name: 'sort_order', type: 'int' },
    ...lifecycle,
  },
});

/** The rights a group gives on a menu (comma-separated, never empty). */
export interface GroupMenuRightRow {
  groupId: string;
  menuId: string;
  rights: MenuRight[];
}
export const GroupMenuRightEntity = new EntitySchema<GroupMenuRightRow>({
  name: 'GroupMenuRight',
  tableName: 'group_menu_right',
  columns: {
    groupId: link('group_id'),
    menuId: link('menu_id'),
    rights: { type: 'simple-array' },
  },
});

/** What a user gets on a menu instead of their groups' rights (comma-separated; empty: the menu is removed). */
export interface UserMenuOverrideRow {
  userId: string;
  menuId: string;
  rights: MenuRight[];
}
export const UserMenuOverrideEntity = new EntitySchema<UserMenuOverrideRow>({
  name: 'UserMenuOverride',
  tableName: 'user_menu_override',
  columns: {
    userId: link('user_id'),
    menuId: link('menu_id'),
    rights: { type: 'simple-array' },
  },
});

export const NamedRightEntity = new EntitySchema<NamedRight>({
  name: 'NamedRight',
  tableName: 'named_right',
  columns: {
    id: { type: 'varchar', length: 36, primary: true },
    code: { type: 'varchar', length: 50, unique: true },
    name: { type: 'varchar', length: 100 },
    description: { type: 'varchar', length: 500, nullable: true },
    ...lifecycle,
  },
});

/** A team row; its cities and members live in `team_city` and `team_member`. */
export type TeamRow = Omit<Team, 'cityIds' | 'memberIds'>;

export const TeamEntity = new EntitySchema<TeamRow>({
  name: 'Team',
  tableName: 'team',
  columns: {
    id: { type: 'varchar', length: 36, primary: true },
    code: { type: 'varchar', length: 30, unique: true },
    name: { type: 'varchar', length: 100 },
    kind: { type: 'varchar', length: 20 },
    branchId: { name: 'branch_id', type: 'varchar', length: 36 },
    mailAddress: { name: 'mail_address', type: 'varchar', length: 254, nullable: true },
    ...lifecycle,
  },
});

/** One city a team covers. */
export interface TeamCityRow {
  teamId: string;
  cityId: string;
}
export const TeamCityEntity = new EntitySchema<TeamCityRow>({
  name: 'TeamCity',
  tableName: 'team_city',
  columns: { teamId: link('team_id'), cityId: link('city_id') },
});

/** One member of a team. */
export interface TeamMemberRow {
  teamId: string;
  userId: string;
}
export const TeamMemberEntity = new EntitySchema<TeamMemberRow>({
  name: 'TeamMember',
  tableName: 'team_member',
  columns: { teamId: link('team_id'), userId: link('user_id') },
});

/** Every entity of users, groups, menus, rights and teams (registered in `service.ts`). */
export const identityEntities = [
  UserEntity,
  UserBranchEntity,
  UserGroupEntity,
  UserNamedRightEntity,
  UserInstallationCityEntity,
  AccessGroupEntity,
  GroupNamedRightEntity,
  MenuEntity,
  GroupMenuRightEntity,
  UserMenuOverrideEntity,
  NamedRightEntity,
  TeamEntity,
  TeamCityEntity,
  TeamMemberEntity,
];
