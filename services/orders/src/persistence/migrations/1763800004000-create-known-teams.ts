import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { columns } from '@oms/persistence';

/**
 * orders' copy of masters teams and their members, kept from `team.*` events: provisioning and installation
 * work is routed to the active team of a kind for a branch (and city). No foreign keys and no unique code:
 * the copy mirrors what masters decided, in the order its events arrive.
 */
export class CreateKnownTeams1763800004000 implements MigrationInterface {
  name = 'CreateKnownTeams1763800004000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columns(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'known_team',
        columns: [
          c.uuid('id'),
          c.string('code', 30),
          c.string('name', 100),
          c.string('kind', 20),
          c.string('branch_id', 36),
          c.text('city_ids'),
          c.string('mail_address', 254, true),
          { name: 'active', type: 'boolean', isNullable: false },
        ],
        // "The team of kind K for branch B" reads this index.
        indices: [new TableIndex({ name: 'ix_known_team_branch_kind', columnNames: ['branch_id', 'kind'] })],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'known_team_member',
        columns: [
          c.uuid('team_id', true),
          c.uuid('user_id', true),
          c.string('email', 254),
          c.int('position'),
        ],
        // A user's teams, for their work queues.
        indices: [new TableIndex({ name: 'ix_known_team_member_user', columnNames: ['user_id'] })],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('known_team_member');
    await queryRunner.dropTable('known_team');
  }
}
