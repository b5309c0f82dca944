import { Table, TableForeignKey, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { columns } from '@oms/persistence';

/** States and cities. */
export class CreateGeography1763700001000 implements MigrationInterface {
  name = 'CreateGeography1763700001000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columns(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'state',
        columns: [
          c.uuid('id'),
          { ...c.string('code', 10), isUnique: true },
          c.string('name', 100),
          c.instant('created_at'),
        ],
        indices: [new TableIndex({ name: 'ix_state_created', columnNames: ['created_at', 'id'] })],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'city',
        columns: [
          c.uuid('id'),
          c.string('state_id', 36),
          { ...c.string('code', 20), isUnique: true },
          c.string('name', 100),
          c.instant('created_at'),
        ],
        indices: [
          new TableIndex({ name: 'ix_city_state', columnNames: ['state_id'] }),
          new TableIndex({ name: 'ix_city_created', columnNames: ['created_at', 'id'] }),
        ],
        foreignKeys: [
          new TableForeignKey({
            name: 'fk_city_state',
            columnNames: ['state_id'],
            referencedTableName: 'state',
            referencedColumnNames: ['id'],
          }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('city');
    await queryRunner.dropTable('state');
  }
}
