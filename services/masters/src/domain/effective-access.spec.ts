import { accessSnapshotSchema } from '@oms/contracts';
import { effectiveAccess, menuTree, type AccessFacts } from './effective-access';
import type { AccessGroup, GroupMenuRight, Menu, MenuRight, NamedRight, User } from './identity';

const T0 = new Date('2026-01-01T00:00:00.000Z');
const GONE = new Date('2026-02-01T00:00:00.000Z');

const aUser = (overrides: Partial<User> = {}): User => ({
  id: 'u1',
  email: 'asha@oms.example',
  name: 'Asha',
  phone: null,
  kind: 'STAFF',
  bsoId: null,
  homeBranchId: 'b-home',
  branchIds: [],
  groupIds: [],
  namedRightIds: [],
  installationCityIds: [],
  accessVersion: 3,
  passwordChangedAt: T0,
  createdAt: T0,
  updatedAt: null,
  deactivatedAt: null,
  ...overrides,
});

const aGroup = (code: string, overrides: Partial<AccessGroup> = {}): AccessGroup => ({
  id: `g-${code}`,
  code,
  name: code,
  dataScope: 'ASSIGNED',
  kind: 'STAFF',
  namedRightIds: [],
  createdAt: T0,
  updatedAt: null,
  deactivatedAt: null,
  ...overrides,
});

const aMenu = (code: string, overrides: Partial<Menu> = {}): Menu => ({
  id: `m-${code}`,
  code,
  name: code,
  parentId: null,
  route: `/${code.toLowerCase()}`,
  sortOrder: 10,
  createdAt: T0,
  updatedAt: null,
  deactivatedAt: null,
  ...overrides,
});

const aRight = (code: string, overrides: Partial<NamedRight> = {}): NamedRight => ({
  id: `r-${code}`,
  code,
  name: code,
  description: null,
  createdAt: T0,
  updatedAt: null,
  deactivatedAt: null,
  ...overrides,
});

const grant = (group: AccessGroup, menu: Menu, rights: MenuRight[]): GroupMenuRight => ({
  groupId: group.id,
  menuId: menu.id,
  rights,
});

const LEADS = aMenu('LEADS', { sortOrder: 40 });
const ORDERS = aMenu('ORDERS', { sortOrder: 60 });
const APPROVALS = aMenu('APPROVALS', { sortOrder: 70 });
const FEASIBILITY = aMenu('FEASIBILITY', { sortOrder: 50 });
const MENUS = [LEADS, ORDERS, APPROVALS, FEASIBILITY];
const SALES = aGroup('SALES');
const RM = aGroup('RM');
const HEAD_OFFICE = aGroup('HEAD_OFFICE', { dataScope: 'ALL' });
const TECH = aRight('TECHNICAL_FEASIBILITY');
const RESPOND = aRight('FEASIBILITY_RESPOND');

const facts = (overrides: Partial<AccessFacts> = {}): AccessFacts => ({
  user: aUser({ groupIds: [SALES.id, RM.id] }),
  groups: [SALES, RM],
  groupMenuRights: [
    grant(SALES, LEADS, ['VIEW', 'CREATE', 'EDIT']),
    grant(SALES, ORDERS, ['VIEW', 'CREATE']),
    grant(RM, ORDERS, ['VIEW', 'EDIT']),
    grant(RM, APPROVALS, ['VIEW', 'APPROVE']),
  ],
  overrides: [],
  menus: MENUS,
  namedRights: [TECH, RESPOND],
  ...overrides,
});

describe('effectiveAccess', () => {
  it('unites the menu rights of every group, per menu, in a stable order', () => {
    const snapshot = effectiveAccess(facts());
    expect(snapshot.permissions).toEqual([
      'APPROVALS:VIEW',
      'APPROVALS:APPROVE',
      'LEADS:VIEW',
      'LEADS:CREATE',
      'LEADS:EDIT',
      'ORDERS:VIEW',
      'ORDERS:CREATE',
      'ORDERS:EDIT',
    ]);
    expect(snapshot.groups).toEqual(['RM', 'SALES']);
    expect(accessSnapshotSchema.parse(snapshot)).toEqual(snapshot);
  });

  it('carries who the user is and the access version', () => {
    const snapshot = effectiveAccess(facts());
    expect(snapshot).toMatchObject({
      userId: 'u1',
      version: 3,
      active: true,
      kind: 'STAFF',
      bsoId: null,
      email: 'asha@oms.example',
      name: 'Asha',
      homeBranchId: 'b-home',
    });
  });

  it('lets a user override replace what the groups give on that menu only', () => {
    const snapshot = effectiveAccess(
      facts({ overrides: [{ userId: 'u1', menuId: ORDERS.id, rights: ['VIEW'] }] }),
    );
    expect(snapshot.permissions.filter((p) => p.startsWith('ORDERS:'))).toEqual(['ORDERS:VIEW']);
    expect(snapshot.permissions).toContain('LEADS:CREATE');
    expect(snapshot.permissions).toContain('APPROVALS:APPROVE');
  });

  it('removes a menu with an empty override, and can grant a menu no group gives', () => {
    const snapshot = effectiveAccess(
      facts({
        overrides: [
          { userId: 'u1', menuId: LEADS.id, rights: [] },
          { userId: 'u1', menuId: FEASIBILITY.id, rights: ['VIEW', 'CREATE'] },
        ],
      }),
    );
    expect(snapshot.permissions.some((p) => p.startsWith('LEADS:'))).toBe(false);
    expect(snapshot.permissions).toEqual(expect.arrayContaining(['FEASIBILITY:VIEW', 'FEASIBILITY:CREATE']));
  });

  it("ignores another user's overrides and rights of groups the user is not in", () => {
    const snapshot = effectiveAccess(
      facts({
        user: aUser({ groupIds: [SALES.id] }),
        overrides: [{ userId: 'someone-else', menuId: LEADS.id, rights: [] }],
      }),
    );
    expect(snapshot.permissions).toEqual([
      'LEADS:VIEW',
      'LEADS:CREATE',
      'LEADS:EDIT',
      'ORDERS:VIEW',
      'ORDERS:CREATE',
    ]);
    expect(snapshot.groups).toEqual(['SALES']);
  });

  it('ignores inactive groups: their rights, named rights and data scope', () => {
    const oldHo = aGroup('HEAD_OFFICE', { dataScope: 'ALL', deactivatedAt: GONE, namedRightIds: [TECH.id] });
    const snapshot = effectiveAccess(
      facts({
        user: aUser({ groupIds: [SALES.id, oldHo.id] }),
        groups: [SALES, oldHo],
        groupMenuRights: [grant(SALES, LEADS, ['VIEW']), grant(oldHo, APPROVALS, ['VIEW', 'APPROVE'])],
      }),
    );
    expect(snapshot.permissions).toEqual(['LEADS:VIEW']);
    expect(snapshot.allBranches).toBe(false);
    expect(snapshot.groups).toEqual(['SALES']);
  });

  it('ignores inactive menus, even when an override names them', () => {
    const closed = aMenu('LEADS', { id: LEADS.id, deactivatedAt: GONE });
    const snapshot = effectiveAccess(
      facts({
        menus: [closed, ORDERS, APPROVALS, FEASIBILITY],
        overrides: [{ userId: 'u1', menuId: LEADS.id, rights: ['VIEW'] }],
      }),
    );
    expect(snapshot.permissions.some((p) => p.startsWith('LEADS:'))).toBe(false);
    expect(snapshot.permissions).toContain('ORDERS:VIEW');
  });

  it('ignores rights on menus it was not told about', () => {
    const snapshot = effectiveAccess(facts({ menus: [ORDERS] }));
    expect(snapshot.permissions).toEqual(['ORDERS:VIEW', 'ORDERS:CREATE', 'ORDERS:EDIT']);
  });

  it("adds the user's and the groups' active named rights, once each", () => {
    const replay = aRight('DEAD_LETTER_REPLAY', { deactivatedAt: GONE });
    const tech = aGroup('TECHNICAL', { namedRightIds: [TECH.id, replay.id] });
    const snapshot = effectiveAccess(
      facts({
        user: aUser({ groupIds: [tech.id], namedRightIds: [TECH.id, RESPOND.id, replay.id] }),
        groups: [tech],
        groupMenuRights: [grant(tech, FEASIBILITY, ['VIEW', 'EDIT'])],
        namedRights: [TECH, RESPOND, replay],
      }),
    );
    expect(snapshot.permissions).toEqual([
      'FEASIBILITY:VIEW',
      'FEASIBILITY:EDIT',
      'FEASIBILITY_RESPOND',
      'TECHNICAL_FEASIBILITY',
    ]);
  });

  it('gives every branch through an active group with the ALL data scope', () => {
    const snapshot = effectiveAccess(
      facts({
        user: aUser({ homeBranchId: null, groupIds: [HEAD_OFFICE.id] }),
        groups: [HEAD_OFFICE],
        groupMenuRights: [grant(HEAD_OFFICE, ORDERS, ['VIEW', 'APPROVE'])],
      }),
    );
    expect(snapshot.allBranches).toBe(true);
    expect(snapshot.branchIds).toEqual([]);
    expect(snapshot.homeBranchId).toBeNull();
    expect(snapshot.permissions).toEqual(['ORDERS:VIEW', 'ORDERS:APPROVE']);
  });

  it('lists the home branch first, then the further branches, without repeats', () => {
    const snapshot = effectiveAccess(
      facts({
        user: aUser({
          groupIds: [SALES.id],
          branchIds: ['b-2', 'b-home', 'b-3'],
          installationCityIds: ['c-1', 'c-2', 'c-1'],
        }),
      }),
    );
    expect(snapshot.branchIds).toEqual(['b-home', 'b-2', 'b-3']);
    expect(snapshot.installationCityIds).toEqual(['c-1', 'c-2']);
    expect(snapshot.allBranches).toBe(false);
  });

  it('never gives a partner every branch', () => {
    const partnerAll = aGroup('ODD_PARTNER', { kind: 'PARTNER', dataScope: 'ALL' });
    const snapshot = effectiveAccess(
      facts({
        user: aUser({ kind: 'PARTNER', bsoId: 'bso-1', homeBranchId: null, groupIds: [partnerAll.id] }),
        groups: [partnerAll],
        groupMenuRights: [grant(partnerAll, FEASIBILITY, ['VIEW'])],
      }),
    );
    expect(snapshot).toMatchObject({ kind: 'PARTNER', bsoId: 'bso-1', allBranches: false, branchIds: [] });
    expect(snapshot.permissions).toEqual(['FEASIBILITY:VIEW']);
  });

  it('gives a deactivated user active: false and no grants', () => {
    const snapshot = effectiveAccess(
      facts({
        user: aUser({
          groupIds: [HEAD_OFFICE.id],
          deactivatedAt: GONE,
          branchIds: ['b-2'],
          namedRightIds: [TECH.id],
        }),
        groups: [HEAD_OFFICE],
        groupMenuRights: [grant(HEAD_OFFICE, ORDERS, ['VIEW'])],
      }),
    );
    expect(snapshot).toMatchObject({
      userId: 'u1',
      version: 3,
      active: false,
      allBranches: false,
      branchIds: [],
      installationCityIds: [],
      groups: [],
      permissions: [],
    });
    expect(accessSnapshotSchema.parse(snapshot)).toEqual(snapshot);
  });

  it('gives a user without groups nothing but their own named rights', () => {
    const snapshot = effectiveAccess(
      facts({ user: aUser({ groupIds: [], namedRightIds: [RESPOND.id] }), groupMenuRights: [] }),
    );
    expect(snapshot.permissions).toEqual(['FEASIBILITY_RESPOND']);
    expect(snapshot.groups).toEqual([]);
  });

  it('does not depend on the order of its inputs', () => {
    const a = effectiveAccess(facts());
    const f = facts();
    const b = effectiveAccess({
      ...f,
      groups: [...f.groups].reverse(),
      groupMenuRights: [...f.groupMenuRights].reverse(),
      menus: [...f.menus].reverse(),
    });
    expect(b).toEqual(a);
  });
});

describe('menuTree', () => {
  const MASTERS = aMenu('MASTERS', { sortOrder: 10 });
  const USERS = aMenu('USERS', { sortOrder: 20, parentId: MASTERS.id });
  const AUDIT = aMenu('AUDIT', { sortOrder: 10, parentId: MASTERS.id });
  const DEEP = aMenu('DEEP', { sortOrder: 10, parentId: USERS.id });
  const all = [MASTERS, USERS, AUDIT, DEEP, LEADS, ORDERS];
  const codes = (nodes: ReturnType<typeof menuTree>): unknown =>
    nodes.map((n) => (n.children.length ? { [n.menu.code]: codes(n.children) } : n.menu.code));

  it('nests visible menus under their parents, siblings in sort order, each with its rights', () => {
    const tree = menuTree(all, [
      'MASTERS:VIEW',
      'USERS:VIEW',
      'USERS:EDIT',
      'AUDIT:VIEW',
      'DEEP:VIEW',
      'ORDERS:VIEW',
      'ORDERS:CREATE',
      'LEADS:VIEW',
    ]);
    expect(codes(tree)).toEqual([{ MASTERS: ['AUDIT', { USERS: ['DEEP'] }] }, 'LEADS', 'ORDERS']);
    expect(tree[0].children[1].rights).toEqual(['VIEW', 'EDIT']);
    expect(tree[2].rights).toEqual(['VIEW', 'CREATE']);
  });

  it('shows only menus with VIEW, and moves a menu whose parent is hidden up to the next visible one', () => {
    const tree = menuTree(all, ['MASTERS:VIEW', 'USERS:EDIT', 'DEEP:VIEW', 'ORDERS:CREATE']);
    expect(codes(tree)).toEqual([{ MASTERS: ['DEEP'] }]);
    const top = menuTree(all, ['DEEP:VIEW', 'AUDIT:VIEW']);
    expect(codes(top)).toEqual(['AUDIT', 'DEEP']);
  });

  it('leaves out inactive menus and orders equal sort orders by code', () => {
    const b = aMenu('B_MENU', { sortOrder: 5 });
    const a = aMenu('A_MENU', { sortOrder: 5 });
    const closed = aMenu('CLOSED', { sortOrder: 1, deactivatedAt: GONE });
    const tree = menuTree([b, closed, a], ['B_MENU:VIEW', 'A_MENU:VIEW', 'CLOSED:VIEW']);
    expect(codes(tree)).toEqual(['A_MENU', 'B_MENU']);
  });

  it('survives a parent loop in the data', () => {
    const x = aMenu('X', { id: 'x', parentId: 'y' });
    const y = aMenu('Y', { id: 'y', parentId: 'x' });
    const tree = menuTree([x, y], ['X:VIEW']);
    expect(codes(tree)).toEqual(['X']);
  });
});
