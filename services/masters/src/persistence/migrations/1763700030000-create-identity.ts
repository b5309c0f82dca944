import { Table, TableForeignKey, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { MENU_RIGHTS, MENUS, NAMED_RIGHTS, type MenuCode, type MenuRight, type NamedRight } from '@oms/auth';
import { columns } from '@oms/persistence';
import { insertRows, seedInstant } from './seed-rows';

const pad = (n: number) => String(n).padStart(2, '0');
/** Seeded ids are fixed (`5eed…-8003-0000000KKNN`: kind KK, item NN) so every installation has the same ones. */
const seedId = (kind: number, n: number) => `5eed0000-0000-4000-8003-0000000${pad(kind)}0${pad(n)}`;
export const menuSeedId = (code: MenuCode) => seedId(1, MENUS.indexOf(code) + 1);
export const namedRightSeedId = (code: NamedRight) => seedId(2, NAMED_RIGHTS.indexOf(code) + 1);
export const groupSeedId = (code: string) => seedId(3, GROUP_SEEDS.findIndex((g) => g.code === code) + 1);

/** The seeded menus: name and frontend route, in navigation order. */
export const MENU_SEEDS: Record<MenuCode, { name: string; route: string }> = {
  LEADS: { name: 'Leads', route: '/leads' },
  FEASIBILITY: { name: 'Feasibility', route: '/feasibility' },
  ORDERS: { name: 'Orders', route: '/orders' },
  APPROVALS: { name: 'Approvals', route: '/approvals' },
  PROVISIONING: { name: 'Provisioning', route: '/provisioning' },
  INSTALLATION: { name: 'Installation', route: '/installation' },
  BILLING: { name: 'Billing', route: '/billing' },
  REPORTS: { name: 'Reports', route: '/reports' },
  INTEGRATIONS: { name: 'Integrations', route: '/integrations' },
  MASTERS: { name: 'Masters', route: '/masters' },
  USERS: { name: 'Users and access', route: '/users' },
  AUDIT: { name: 'Audit trail', route: '/audit' },
};

/** The seeded named rights. */
export const NAMED_RIGHT_SEEDS: Record<NamedRight, { name: string; description: string }> = {
  FEASIBILITY_RESPOND: {
    name: 'Respond to feasibility',
    description: "A BSO partner answers its own BSO's feasibility requests.",
  },
  TECHNICAL_FEASIBILITY: {
    name: 'Technical feasibility',
    description: "The technical team records technical feasibility on a BSO's answer.",
  },
  DEAD_LETTER_REPLAY: {
    name: 'Replay dead letters',
    description: 'Replays dead-lettered events and failed syncs.',
  },
};

type MenuGrants = Partial<Record<MenuCode, readonly MenuRight[]>>;
const everywhere = (rights: readonly MenuRight[]): MenuGrants =>
  Object.fromEntries(MENUS.map((menu) => [menu, rights]));
const APPROVER: MenuGrants = { ORDERS: ['VIEW'], APPROVALS: ['VIEW', 'APPROVE'], LEADS: ['VIEW'] };

/** The seeded groups (roles) with their data scope, menu rights and named rights. */
export const GROUP_SEEDS: {
  code: string;
  name: string;
  kind: 'STAFF' | 'PARTNER';
  dataScope: 'ALL' | 'ASSIGNED';
  menus: MenuGrants;
  namedRights?: NamedRight[];
}[] = [
  {
    code: 'SALES',
    name: 'Sales',
    kind: 'STAFF',
    dataScope: 'ASSIGNED',
    menus: {
      LEADS: ['VIEW', 'CREATE', 'EDIT'],
      FEASIBILITY: ['VIEW', 'CREATE'],
      ORDERS: ['VIEW', 'CREATE', 'EDIT'],
    },
  },
  {
    code: 'CRM',
    name: 'Customer relationship manager',
    kind: 'STAFF',
    dataScope: 'ASSIGNED',
    menus: { LEADS: ['VIEW', 'EDIT'], FEASIBILITY: ['VIEW', 'CREATE'], ORDERS: ['VIEW', 'CREATE', 'EDIT'] },
  },
  { code: 'RM', name: 'Regional manager', kind: 'STAFF', dataScope: 'ASSIGNED', menus: APPROVER },
  { code: 'ZM', name: 'Zonal manager', kind: 'STAFF', dataScope: 'ASSIGNED', menus: APPROVER },
  { code: 'ZNM', name: 'Zonal/national manager', kind: 'STAFF', dataScope: 'ASSIGNED', menus: APPROVER },
  {
    code: 'HEAD_OFFICE',
    name: 'Head office',
    kind: 'STAFF',
    dataScope: 'ALL',
    menus: everywhere(['VIEW', 'APPROVE']),
  },
  {
    code: 'CSCH',
    name: 'Customer service / commercial head',
    kind: 'STAFF',
    dataScope: 'ASSIGNED',
    menus: APPROVER,
  },
  {
    code: 'PROVISIONING',
    name: 'Provisioning',
    kind: 'STAFF',
    dataScope: 'ASSIGNED',
    menus: { ORDERS: ['VIEW'], PROVISIONING: ['VIEW', 'EDIT'] },
  },
  {
    code: 'INSTALLATION',
    name: 'Installation',
    kind: 'STAFF',
    dataScope: 'ASSIGNED',
    menus: { ORDERS: ['VIEW'], INSTALLATION: ['VIEW', 'EDIT'] },
  },
  {
    code: 'BILLING',
    name: 'Billing',
    kind: 'STAFF',
    dataScope: 'ASSIGNED',
    menus: { ORDERS: ['VIEW'], BILLING: ['VIEW', 'EDIT'] },
  },
  {
    code: 'TECHNICAL',
    name: 'Technical',
    kind: 'STAFF',
    dataScope: 'ASSIGNED',
    menus: { FEASIBILITY: ['VIEW', 'EDIT'] },
    namedRights: ['TECHNICAL_FEASIBILITY'],
  },
  {
    code: 'LOGISTICS',
    name: 'Logistics',
    kind: 'STAFF',
    dataScope: 'ASSIGNED',
    menus: { ORDERS: ['VIEW'], INSTALLATION: ['VIEW'] },
  },
  {
    code: 'ADMIN',
    name: 'Administrator',
    kind: 'STAFF',
    dataScope: 'ALL',
    menus: everywhere(MENU_RIGHTS),
    namedRights: ['DEAD_LETTER_REPLAY'],
  },
  {
    code: 'BSO_PARTNER',
    name: 'BSO partner',
    kind: 'PARTNER',
    dataScope: 'ASSIGNED',
    menus: { FEASIBILITY: ['VIEW'] },
    namedRights: ['FEASIBILITY_RESPOND'],
  },
];

/** Users, groups (roles), menus and their rights, named rights, and teams; seeds menus, rights and groups. */
export class CreateIdentity1763700030000 implements MigrationInterface {
  name = 'CreateIdentity1763700030000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columns(queryRunner);
    const lifecycle = [
      c.instant('created_at'),
      c.instant('updated_at', true),
      c.instant('deactivated_at', true),
    ];
    const fk = (table: string, column: string, referenced: string) =>
      new TableForeignKey({
        name: `fk_${table}_${column.replace(/_id$/, '')}`,
        columnNames: [column],
        referencedTableName: referenced,
        referencedColumnNames: ['id'],
      });
    /** A many-to-many link table keyed by both ids, indexed on the second. */
    const linkTable = (name: string, [a, aTable]: [string, string], [b, bTable]: [string, string]) =>
      new Table({
        name,
        columns: [c.uuid(a, true), c.uuid(b, true)],
        indices: [new TableIndex({ name: `ix_${name}_${b.replace(/_id$/, '')}`, columnNames: [b] })],
        foreignKeys: [fk(name, a, aTable), fk(name, b, bTable)],
      });

    await queryRunner.createTable(
      new Table({
        name: 'named_right',
        columns: [
          c.uuid('id'),
          { ...c.string('code', 50), isUnique: true },
          c.string('name', 100),
          c.string('description', 500, true),
          ...lifecycle,
        ],
        indices: [new TableIndex({ name: 'ix_named_right_created', columnNames: ['created_at', 'id'] })],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'menu',
        columns: [
          c.uuid('id'),
          { ...c.string('code', 30), isUnique: true },
          c.string('name', 100),
          c.string('parent_id', 36, true),
          c.string('route', 200, true),
          c.int('sort_order'),
          ...lifecycle,
        ],
        indices: [
          new TableIndex({ name: 'ix_menu_parent', columnNames: ['parent_id'] }),
          new TableIndex({ name: 'ix_menu_order', columnNames: ['sort_order', 'code', 'id'] }),
        ],
        foreignKeys: [fk('menu', 'parent_id', 'menu')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'access_group',
        columns: [
          c.uuid('id'),
          { ...c.string('code', 30), isUnique: true },
          c.string('name', 100),
          c.string('data_scope', 10),
          c.string('kind', 10),
          ...lifecycle,
        ],
        indices: [new TableIndex({ name: 'ix_access_group_created', columnNames: ['created_at', 'id'] })],
      }),
    );
    await queryRunner.createTable(
      linkTable('group_named_right', ['group_id', 'access_group'], ['named_right_id', 'named_right']),
    );
    await queryRunner.createTable(
      new Table({
        name: 'group_menu_right',
        columns: [c.uuid('group_id', true), c.uuid('menu_id', true), c.string('rights', 60)],
        indices: [new TableIndex({ name: 'ix_group_menu_right_menu', columnNames: ['menu_id'] })],
        foreignKeys: [
          fk('group_menu_right', 'group_id', 'access_group'),
          fk('group_menu_right', 'menu_id', 'menu'),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'app_user',
        columns: [
          c.uuid('id'),
          { ...c.string('email', 254), isUnique: true },
          c.string('name', 100),
          c.string('phone', 30, true),
          c.string('kind', 10),
          c.string('bso_id', 36, true),
          c.string('home_branch_id', 36, true),
          c.string('password_hash', 255),
          c.instant('password_changed_at'),
          c.int('access_version'),
          ...lifecycle,
        ],
        indices: [
          new TableIndex({ name: 'ix_app_user_created', columnNames: ['created_at', 'id'] }),
          new TableIndex({ name: 'ix_app_user_home_branch', columnNames: ['home_branch_id'] }),
          new TableIndex({ name: 'ix_app_user_bso', columnNames: ['bso_id'] }),
        ],
        foreignKeys: [fk('app_user', 'bso_id', 'bso'), fk('app_user', 'home_branch_id', 'branch')],
      }),
    );
    await queryRunner.createTable(linkTable('user_branch', ['user_id', 'app_user'], ['branch_id', 'branch']));
    await queryRunner.createTable(
      linkTable('user_group', ['user_id', 'app_user'], ['group_id', 'access_group']),
    );
    await queryRunner.createTable(
      linkTable('user_named_right', ['user_id', 'app_user'], ['named_right_id', 'named_right']),
    );
    await queryRunner.createTable(
      linkTable('user_installation_city', ['user_id', 'app_user'], ['city_id', 'city']),
    );
    await queryRunner.createTable(
      new Table({
        name: 'user_menu_override',
        columns: [c.uuid('user_id', true), c.uuid('menu_id', true), c.string('rights', 60)],
        indices: [new TableIndex({ name: 'ix_user_menu_override_menu', columnNames: ['menu_id'] })],
        foreignKeys: [
          fk('user_menu_override', 'user_id', 'app_user'),
          fk('user_menu_override', 'menu_id', 'menu'),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'team',
        columns: [
          c.uuid('id'),
          { ...c.string('code', 30), isUnique: true },
          c.string('name', 100),
          c.string('kind', 20),
          c.string('branch_id', 36),
          c.string('mail_address', 254, true),
          ...lifecycle,
        ],
        indices: [
          new TableIndex({ name: 'ix_team_branch', columnNames: ['branch_id'] }),
          new TableIndex({ name: 'ix_team_created', columnNames: ['created_at', 'id'] }),
        ],
        foreignKeys: [fk('team', 'branch_id', 'branch')],
      }),
    );
    await queryRunner.createTable(linkTable('team_city', ['team_id', 'team'], ['city_id', 'city']));
    await queryRunner.createTable(linkTable('team_member', ['team_id', 'team'], ['user_id', 'app_user']));

    await this.seed(queryRunner);
  }

  private async seed(queryRunner: QueryRunner): Promise<void> {
    const lifecycle = {
      created_at: seedInstant(new Date(1763700030000)),
      updated_at: null,
      deactivated_at: null,
    };
    const order = Object.keys(MENU_SEEDS) as MenuCode[];
    await insertRows(
      queryRunner,
      'menu',
      MENUS.map((code) => ({
        id: menuSeedId(code),
        code,
        name: MENU_SEEDS[code].name,
        parent_id: null,
        route: MENU_SEEDS[code].route,
        sort_order: (order.indexOf(code) + 1) * 10,
        ...lifecycle,
      })),
    );
    await insertRows(
      queryRunner,
      'named_right',
      NAMED_RIGHTS.map((code) => ({
        id: namedRightSeedId(code),
        code,
        name: NAMED_RIGHT_SEEDS[code].name,
        description: NAMED_RIGHT_SEEDS[code].description,
        ...lifecycle,
      })),
    );
    for (const group of GROUP_SEEDS) {
      const groupId = groupSeedId(group.code);
      await insertRows(queryRunner, 'access_group', [
        {
          id: groupId,
          code: group.code,
          name: group.name,
          data_scope: group.dataScope,
          kind: group.kind,
          ...lifecycle,
        },
      ]);
      await insertRows(
        queryRunner,
        'group_menu_right',
        (Object.entries(group.menus) as [MenuCode, MenuRight[]][]).map(([menu, rights]) => ({
          group_id: groupId,
          menu_id: menuSeedId(menu),
          rights: rights.join(','),
        })),
      );
      await insertRows(
        queryRunner,
        'group_named_right',
        (group.namedRights ?? []).map((right) => ({
          group_id: groupId,
          named_right_id: namedRightSeedId(right),
        })),
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'team_member',
      'team_city',
      'team',
      'user_menu_override',
      'user_installation_city',
      'user_named_right',
      'user_group',
      'user_branch',
      'app_user',
      'group_menu_right',
      'group_named_right',
      'access_group',
      'menu',
      'named_right',
    ])
      await queryRunner.dropTable(table);
  }
}
