import { listQuery, payload } from '@oms/server';
import { isActive } from '../domain/master-lifecycle';
import type { MastersContext } from './context';
import type { MutationResolvers, QueryResolvers, Resolvers } from './generated/resolvers-types';

/** Loads a record another one refers to; a dangling reference is a bug, so it throws. */
async function present<T>(load: Promise<T | null>, what: string): Promise<T> {
  const found = await load;
  if (!found) throw new Error(`missing ${what}`);
  return found;
}

const all = <T>(ids: readonly string[], load: (id: string) => Promise<T | null>, what: string) =>
  Promise.all(ids.map((id) => present(load(id), `${what} ${id}`)));
const branches = (ids: readonly string[], ctx: MastersContext) =>
  all(ids, (id) => ctx.loaders.branch.load(id), 'branch');
const cities = (ids: readonly string[], ctx: MastersContext) =>
  all(ids, (id) => ctx.loaders.city.load(id), 'city');
const byCode = (a: { code: string }, b: { code: string }) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

/** Queries of users, groups, menus, named rights, teams and the signed-in user. */
export const identityQueries: QueryResolvers<MastersContext> = {
  me: (_, __, ctx) => ctx.useCases.identity.me(ctx.principal.userId),
  user: (_, { id }, ctx) => ctx.loaders.user.load(id),
  users: (_, args, ctx) => listQuery(() => ctx.useCases.identity.listUsers(args)),
  group: (_, { id }, ctx) => ctx.loaders.group.load(id),
  groups: (_, args, ctx) => listQuery(() => ctx.useCases.identity.listGroups(args)),
  menu: (_, { id }, ctx) => ctx.loaders.menu.load(id),
  menus: (_, args, ctx) => listQuery(() => ctx.useCases.identity.listMenus(args)),
  namedRight: (_, { id }, ctx) => ctx.loaders.namedRight.load(id),
  namedRights: (_, args, ctx) => listQuery(() => ctx.useCases.identity.listNamedRights(args)),
  team: (_, { id }, ctx) => ctx.loaders.team.load(id),
  teams: (_, args, ctx) => listQuery(() => ctx.useCases.identity.listTeams(args)),
};

/** Mutations of users, groups, menus, named rights and teams: one-liners into the use cases. */
export const identityMutations: MutationResolvers<MastersContext> = {
  createUser: async (_, { input }, ctx) => payload('user', await ctx.useCases.createUser.execute(ctx, input)),
  updateUser: async (_, { input }, ctx) => payload('user', await ctx.useCases.updateUser.execute(ctx, input)),
  deactivateUser: async (_, { input }, ctx) =>
    payload('user', await ctx.useCases.deactivateUser.execute(ctx, input)),
  resetUserPassword: async (_, { input }, ctx) =>
    payload('user', await ctx.useCases.resetUserPassword.execute(ctx, input)),
  setUserMenuOverride: async (_, { input }, ctx) =>
    payload('user', await ctx.useCases.setUserMenuOverride.execute(ctx, input)),
  clearUserMenuOverride: async (_, { input }, ctx) =>
    payload('user', await ctx.useCases.clearUserMenuOverride.execute(ctx, input)),
  createGroup: async (_, { input }, ctx) =>
    payload('group', await ctx.useCases.createGroup.execute(ctx, input)),
  updateGroup: async (_, { input }, ctx) =>
    payload('group', await ctx.useCases.updateGroup.execute(ctx, input)),
  deactivateGroup: async (_, { input }, ctx) =>
    payload('group', await ctx.useCases.deactivateGroup.execute(ctx, input)),
  setGroupMenuRights: async (_, { input }, ctx) =>
    payload('group', await ctx.useCases.setGroupMenuRights.execute(ctx, input)),
  createMenu: async (_, { input }, ctx) => payload('menu', await ctx.useCases.createMenu.execute(ctx, input)),
  updateMenu: async (_, { input }, ctx) => payload('menu', await ctx.useCases.updateMenu.execute(ctx, input)),
  deactivateMenu: async (_, { input }, ctx) =>
    payload('menu', await ctx.useCases.deactivateMenu.execute(ctx, input)),
  createNamedRight: async (_, { input }, ctx) =>
    payload('namedRight', await ctx.useCases.createNamedRight.execute(ctx, input)),
  updateNamedRight: async (_, { input }, ctx) =>
    payload('namedRight', await ctx.useCases.updateNamedRight.execute(ctx, input)),
  deactivateNamedRight: async (_, { input }, ctx) =>
    payload('namedRight', await ctx.useCases.deactivateNamedRight.execute(ctx, input)),
  createTeam: async (_, { input }, ctx) => payload('team', await ctx.useCases.createTeam.execute(ctx, input)),
  updateTeam: async (_, { input }, ctx) => payload('team', await ctx.useCases.updateTeam.execute(ctx, input)),
  deactivateTeam: async (_, { input }, ctx) =>
    payload('team', await ctx.useCases.deactivateTeam.execute(ctx, input)),
  setTeamMembers: async (_, { input }, ctx) =>
    payload('team', await ctx.useCases.setTeamMembers.execute(ctx, input)),
};

/** Fields of the identity types. */
export const identityTypes: Pick<
  Resolvers<MastersContext>,
  | 'User'
  | 'UserMenuOverride'
  | 'Group'
  | 'GroupMenuRight'
  | 'Menu'
  | 'NamedRight'
  | 'Team'
  | 'Me'
  | 'MenuNode'
> = {
  User: {
    __resolveReference: (ref, ctx) => ctx.loaders.user.load(ref.id),
    bso: (user, _, ctx) =>
      user.bsoId ? present(ctx.loaders.bso.load(user.bsoId), `BSO ${user.bsoId}`) : null,
    homeBranch: (user, _, ctx) =>
      user.homeBranchId
        ? present(ctx.loaders.branch.load(user.homeBranchId), `branch ${user.homeBranchId}`)
        : null,
    additionalBranches: (user, _, ctx) => branches(user.branchIds, ctx),
    branches: (user, _, ctx) =>
      branches(user.homeBranchId ? [user.homeBranchId, ...user.branchIds] : user.branchIds, ctx),
    groups: async (user, _, ctx) =>
      (await all(user.groupIds, (id) => ctx.loaders.group.load(id), 'group')).sort(byCode),
    namedRights: async (user, _, ctx) =>
      (await all(user.namedRightIds, (id) => ctx.loaders.namedRight.load(id), 'named right')).sort(byCode),
    installationCities: (user, _, ctx) => cities(user.installationCityIds, ctx),
    menuOverrides: (user, _, ctx) => ctx.loaders.menuOverridesOfUser.load(user.id),
    access: async (user, _, ctx) => (await ctx.loaders.savedAccessOfUser.load(user.id))[0] ?? null,
    active: (user) => isActive(user),
  },
  UserMenuOverride: {
    menu: (override, _, ctx) => present(ctx.loaders.menu.load(override.menuId), `menu ${override.menuId}`),
  },
  Group: {
    __resolveReference: (ref, ctx) => ctx.loaders.group.load(ref.id),
    namedRights: async (group, _, ctx) =>
      (await all(group.namedRightIds, (id) => ctx.loaders.namedRight.load(id), 'named right')).sort(byCode),
    menuRights: async (group, _, ctx) => {
      const rights = await ctx.loaders.menuRightsOfGroup.load(group.id);
      const menus = await all(
        rights.map((r) => r.menuId),
        (id) => ctx.loaders.menu.load(id),
        'menu',
      );
      const codes = new Map(menus.map((m) => [m.id, m.code]));
      return [...rights].sort((a, b) =>
        byCode({ code: codes.get(a.menuId) ?? '' }, { code: codes.get(b.menuId) ?? '' }),
      );
    },
    active: (group) => isActive(group),
  },
  GroupMenuRight: {
    menu: (grant, _, ctx) => present(ctx.loaders.menu.load(grant.menuId), `menu ${grant.menuId}`),
  },
  Menu: {
    __resolveReference: (ref, ctx) => ctx.loaders.menu.load(ref.id),
    parent: (menu, _, ctx) =>
      menu.parentId ? present(ctx.loaders.menu.load(menu.parentId), `menu ${menu.parentId}`) : null,
    children: (menu, _, ctx) => ctx.loaders.childrenOfMenu.load(menu.id),
    active: (menu) => isActive(menu),
  },
  NamedRight: {
    __resolveReference: (ref, ctx) => ctx.loaders.namedRight.load(ref.id),
    active: (right) => isActive(right),
  },
  Team: {
    __resolveReference: (ref, ctx) => ctx.loaders.team.load(ref.id),
    branch: (team, _, ctx) => present(ctx.loaders.branch.load(team.branchId), `branch ${team.branchId}`),
    cities: (team, _, ctx) => cities(team.cityIds, ctx),
    members: (team, _, ctx) => all(team.memberIds, (id) => ctx.loaders.user.load(id), 'user'),
    active: (team) => isActive(team),
  },
  Me: {
    user: (me) => me.user,
    branches: (me, _, ctx) => branches(me.access.branchIds, ctx),
    allBranches: (me) => me.access.allBranches,
    installationCities: (me, _, ctx) => cities(me.access.installationCityIds, ctx),
    groups: (me) => [...me.groups].sort(byCode),
    permissions: (me) => me.access.permissions,
    menus: (me) => me.menus,
  },
  MenuNode: {
    id: (node) => node.menu.id,
    code: (node) => node.menu.code,
    name: (node) => node.menu.name,
    route: (node) => node.menu.route,
    sortOrder: (node) => node.menu.sortOrder,
    rights: (node) => node.rights,
    children: (node) => node.children,
  },
};
