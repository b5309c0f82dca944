import type { AccessSnapshot } from '@oms/contracts';
import type { Database, Page } from '@oms/persistence';
import { effectiveAccess, menuTree, type MenuNode } from '../domain/effective-access';
import type {
  AccessGroup,
  GroupMenuRight,
  Menu,
  NamedRight,
  Team,
  User,
  UserMenuOverride,
} from '../domain/identity';
import { isActive } from '../domain/master-lifecycle';
import type {
  AccessRepository,
  GroupListFilter,
  MenuListFilter,
  NamedRightListFilter,
} from '../persistence/access.repository';
import type { ListArgs } from '../persistence/geography.repository';
import type { TeamListFilter, TeamRepository } from '../persistence/teams.repository';
import type { UserListFilter, UserRepository } from '../persistence/users.repository';
import { accessFactsOf } from './access-publication';

/** The signed-in user as `me` answers it: their record, effective access, active groups and navigation. */
export interface MeView {
  user: User;
  access: AccessSnapshot;
  groups: AccessGroup[];
  menus: MenuNode[];
}

/** Read side of users, groups, menus, named rights and teams (no transaction needed). */
export class IdentityQueries {
  constructor(
    private readonly db: Database,
    private readonly users: UserRepository,
    private readonly access: AccessRepository,
    private readonly teams: TeamRepository,
  ) {}

  usersByIds(ids: readonly string[]): Promise<User[]> {
    return this.db.read((em) => this.users.usersByIds(em, ids));
  }

  listUsers(args: ListArgs<UserListFilter>): Promise<Page<User>> {
    return this.db.read((em) => this.users.listUsers(em, args));
  }

  overridesOf(userIds: readonly string[]): Promise<UserMenuOverride[]> {
    return this.db.read((em) => this.users.overridesOf(em, userIds));
  }

  /** The access snapshots masters last saved (and published) for these users. */
  savedAccessOf(userIds: readonly string[]): Promise<AccessSnapshot[]> {
    return this.db.read((em) => this.users.savedAccessOf(em, userIds));
  }

  groupsByIds(ids: readonly string[]): Promise<AccessGroup[]> {
    return this.db.read((em) => this.access.groupsByIds(em, ids));
  }

  listGroups(args: ListArgs<GroupListFilter>): Promise<Page<AccessGroup>> {
    return this.db.read((em) => this.access.listGroups(em, args));
  }

  menuRightsOfGroups(groupIds: readonly string[]): Promise<GroupMenuRight[]> {
    return this.db.read((em) => this.access.menuRightsOfGroups(em, groupIds));
  }

  menusByIds(ids: readonly string[]): Promise<Menu[]> {
    return this.db.read((em) => this.access.menusByIds(em, ids));
  }

  childrenOfMenus(parentIds: readonly string[]): Promise<Menu[]> {
    return this.db.read((em) => this.access.childrenOfMenus(em, parentIds));
  }

  listMenus(args: ListArgs<MenuListFilter>): Promise<Page<Menu>> {
    return this.db.read((em) => this.access.listMenus(em, args));
  }

  namedRightsByIds(ids: readonly string[]): Promise<NamedRight[]> {
    return this.db.read((em) => this.access.namedRightsByIds(em, ids));
  }

  listNamedRights(args: ListArgs<NamedRightListFilter>): Promise<Page<NamedRight>> {
    return this.db.read((em) => this.access.listNamedRights(em, args));
  }

  teamsByIds(ids: readonly string[]): Promise<Team[]> {
    return this.db.read((em) => this.teams.teamsByIds(em, ids));
  }

  listTeams(args: ListArgs<TeamListFilter>): Promise<Page<Team>> {
    return this.db.read((em) => this.teams.listTeams(em, args));
  }

  /**
   * The signed-in user (`userId` from the request's principal; null when nobody is signed in or the id names
   * no user): their record, their effective access computed now, their active groups, and the menu tree a
   * frontend builds its navigation from.
   */
  async me(userId: string | null): Promise<MeView | null> {
    if (!userId) return null;
    return this.db.read(async (em) => {
      const [user] = await this.users.usersByIds(em, [userId]);
      if (!user) return null;
      const [facts] = await accessFactsOf(em, { users: this.users, access: this.access }, [user]);
      const access = effectiveAccess(facts);
      const groups = access.active ? facts.groups.filter(isActive) : [];
      return { user, access, groups, menus: menuTree(await this.access.allMenus(em), access.permissions) };
    });
  }
}
