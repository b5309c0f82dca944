import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MENUS, NAMED_RIGHTS } from '@oms/auth';
import { Database } from '@oms/persistence';
import { effectiveAccess, menuTree } from '../domain/effective-access';
import type { User } from '../domain/identity';
import { AccessRepository } from './access.repository';
import { identityEntities } from './identity.entities';
import { mastersMigrations } from './migrations';
import { GROUP_SEEDS, groupSeedId, menuSeedId } from './migrations/1763700030000-create-identity';

// The integration specs run the migrations on MariaDB; this runs them on SQLite (embedded mode).
describe('identity migration and seeds (SQLite)', () => {
  let dataDir: string;
  let db: Database;
  const access = new AccessRepository();

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'oms-masters-identity-'));
    db = await Database.open({
      service: 'masters',
      dataDir,
      entities: identityEntities,
      migrations: mastersMigrations,
    });
  });

  afterAll(async () => {
    await db.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('seeds every menu the code knows, in navigation order with cursors', async () => {
    const menus = await access.allMenus(db.manager);
    expect(menus.map((m) => m.code).sort()).toEqual([...MENUS].sort());
    expect(menus[0]).toMatchObject({
      id: menuSeedId('LEADS'),
      code: 'LEADS',
      route: '/leads',
      sortOrder: 10,
      parentId: null,
    });
    const page = await access.listMenus(db.manager, { first: 5 });
    expect(page.totalCount).toBe(12);
    const next = await access.listMenus(db.manager, { first: 5, after: page.pageInfo.endCursor });
    expect([...page.edges, ...next.edges].map((e) => e.node.code)).toEqual(
      menus.slice(0, 10).map((m) => m.code),
    );
  });

  it('seeds the named rights and the groups with their menu rights', async () => {
    expect((await access.namedRightsByCodes(db.manager, NAMED_RIGHTS)).map((r) => r.code).sort()).toEqual(
      [...NAMED_RIGHTS].sort(),
    );
    const groups = await access.groupsByIds(
      db.manager,
      GROUP_SEEDS.map((g) => groupSeedId(g.code)),
    );
    expect(groups).toHaveLength(14);
    const bso = groups.find((g) => g.code === 'BSO_PARTNER');
    expect(bso).toMatchObject({ kind: 'PARTNER', dataScope: 'ASSIGNED', createdAt: new Date(1763700030000) });
    const rights = await access.menuRightsOfGroups(db.manager, [groupSeedId('CRM')]);
    expect(rights.map((r) => [r.menuId, r.rights])).toEqual(
      expect.arrayContaining([
        [menuSeedId('LEADS'), ['VIEW', 'EDIT']],
        [menuSeedId('ORDERS'), ['VIEW', 'CREATE', 'EDIT']],
      ]),
    );
  });

  it("gives the seeded groups' members what the README's seed table says", async () => {
    const accessOf = async (...codes: string[]) => {
      const groups = await access.groupsByIds(db.manager, codes.map(groupSeedId));
      const groupMenuRights = await access.menuRightsOfGroups(db.manager, codes.map(groupSeedId));
      const menus = await access.allMenus(db.manager);
      const namedRights = await access.namedRightsByCodes(db.manager, NAMED_RIGHTS);
      const user: User = {
        id: 'u1',
        email: 'u1@oms.example',
        name: 'U1',
        phone: null,
        kind: groups[0].kind,
        bsoId: groups[0].kind === 'PARTNER' ? 'bso1' : null,
        homeBranchId: null,
        branchIds: [],
        groupIds: groups.map((g) => g.id),
        namedRightIds: [],
        installationCityIds: [],
        accessVersion: 1,
        passwordChangedAt: new Date(),
        createdAt: new Date(),
        updatedAt: null,
        deactivatedAt: null,
      };
      const snapshot = effectiveAccess({ user, groups, groupMenuRights, overrides: [], menus, namedRights });
      return { snapshot, tree: menuTree(menus, snapshot.permissions) };
    };
    expect((await accessOf('RM')).snapshot.permissions).toEqual([
      'APPROVALS:VIEW',
      'APPROVALS:APPROVE',
      'LEADS:VIEW',
      'ORDERS:VIEW',
    ]);
    expect((await accessOf('LOGISTICS')).snapshot.permissions).toEqual(['INSTALLATION:VIEW', 'ORDERS:VIEW']);
    expect((await accessOf('PROVISIONING', 'BILLING')).snapshot.permissions).toEqual([
      'BILLING:VIEW',
      'BILLING:EDIT',
      'ORDERS:VIEW',
      'PROVISIONING:VIEW',
      'PROVISIONING:EDIT',
    ]);
    const admin = await accessOf('ADMIN');
    expect(admin.snapshot.allBranches).toBe(true);
    expect(admin.snapshot.permissions).toHaveLength(MENUS.length * 5 + 1);
    expect(admin.tree.map((n) => n.menu.code)).toHaveLength(12);
    const partner = await accessOf('BSO_PARTNER');
    expect(partner.snapshot).toMatchObject({
      allBranches: false,
      permissions: ['FEASIBILITY:VIEW', 'FEASIBILITY_RESPOND'],
    });
    expect(partner.tree.map((n) => [n.menu.code, n.rights])).toEqual([['FEASIBILITY', ['VIEW']]]);
  });
});
