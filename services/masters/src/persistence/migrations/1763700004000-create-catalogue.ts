import { Table, TableForeignKey, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { columns } from '@oms/persistence';

/** Product categories, products, bandwidths and the bandwidths each product offers. */
export class CreateCatalogue1763700004000 implements MigrationInterface {
  name = 'CreateCatalogue1763700004000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columns(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'product_category',
        columns: [
          c.uuid('id'),
          { ...c.string('code', 20), isUnique: true },
          c.string('name', 100),
          c.instant('created_at'),
          c.instant('updated_at', true),
          c.instant('deactivated_at', true),
        ],
        indices: [new TableIndex({ name: 'ix_product_category_created', columnNames: ['created_at', 'id'] })],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'product',
        columns: [
          c.uuid('id'),
          { ...c.string('code', 20), isUnique: true },
          c.string('name', 100),
          c.string('category_id', 36),
          c.instant('created_at'),
          c.instant('updated_at', true),
          c.instant('deactivated_at', true),
        ],
        indices: [
          new TableIndex({ name: 'ix_product_category', columnNames: ['category_id'] }),
          new TableIndex({ name: 'ix_product_created', columnNames: ['created_at', 'id'] }),
        ],
        foreignKeys: [
          new TableForeignKey({
            name: 'fk_product_category',
            columnNames: ['category_id'],
            referencedTableName: 'product_category',
            referencedColumnNames: ['id'],
          }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'bandwidth',
        columns: [
          c.uuid('id'),
          c.int('value'),
          c.string('unit', 4),
          { ...c.int('rank_no'), isUnique: true },
          c.instant('created_at'),
          c.instant('updated_at', true),
          c.instant('deactivated_at', true),
        ],
        indices: [
          new TableIndex({ name: 'ux_bandwidth_value_unit', columnNames: ['value', 'unit'], isUnique: true }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'product_bandwidth',
        columns: [c.uuid('product_id', true), c.uuid('bandwidth_id', true)],
        indices: [new TableIndex({ name: 'ix_product_bandwidth_bandwidth', columnNames: ['bandwidth_id'] })],
        foreignKeys: [
          new TableForeignKey({
            name: 'fk_product_bandwidth_product',
            columnNames: ['product_id'],
            referencedTableName: 'product',
            referencedColumnNames: ['id'],
          }),
          new TableForeignKey({
            name: 'fk_product_bandwidth_bandwidth',
            columnNames: ['bandwidth_id'],
            referencedTableName: 'bandwidth',
            referencedColumnNames: ['id'],
          }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('product_bandwidth');
    await queryRunner.dropTable('bandwidth');
    await queryRunner.dropTable('product');
    await queryRunner.dropTable('product_category');
  }
}
