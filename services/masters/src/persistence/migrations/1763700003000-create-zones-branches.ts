import { Table, TableForeignKey, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { columns } from '@oms/persistence';

/** Zones, branches and the cities each branch serves. */
export class CreateZonesBranches1763700003000 implements MigrationInterface {
  name = 'CreateZonesBranches1763700003000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columns(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'zone',
        columns: [
          c.uuid('id'),
          { ...c.string('code', 20), isUnique: true },
          c.string('name', 100),
          c.instant('created_at'),
          c.instant('updated_at', true),
          c.instant('deactivated_at', true),
        ],
        indices: [new TableIndex({ name: 'ix_zone_created', columnNames: ['created_at', 'id'] })],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'branch',
        columns: [
          c.uuid('id'),
          { ...c.string('code', 20), isUnique: true },
          c.string('name', 100),
          c.string('zone_id', 36),
          c.instant('created_at'),
          c.instant('updated_at', true),
          c.instant('deactivated_at', true),
        ],
        indices: [
          new TableIndex({ name: 'ix_branch_zone', columnNames: ['zone_id'] }),
          new TableIndex({ name: 'ix_branch_created', columnNames: ['created_at', 'id'] }),
        ],
        foreignKeys: [
          new TableForeignKey({
            name: 'fk_branch_zone',
            columnNames: ['zone_id'],
            referencedTableName: 'zone',
            referencedColumnNames: ['id'],
          }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'branch_city',
        columns: [c.uuid('branch_id', true), c.uuid('city_id', true)],
        indices: [new TableIndex({ name: 'ix_branch_city_city', columnNames: ['city_id'] })],
        foreignKeys: [
          new TableForeignKey({
            name: 'fk_branch_city_branch',
            columnNames: ['branch_id'],
            referencedTableName: 'branch',
            referencedColumnNames: ['id'],
          }),
          new TableForeignKey({
            name: 'fk_branch_city_city',
            columnNames: ['city_id'],
            referencedTableName: 'city',
            referencedColumnNames: ['id'],
          }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('branch_city');
    await queryRunner.dropTable('branch');
    await queryRunner.dropTable('zone');
  }
}
