import { Table, TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';
import { columns } from '@oms/persistence';

/**
 * orders' further copies of masters data: branches (which own leads), products and ranked bandwidths (for
 * the upgrade and downgrade rules), and an `active` flag on the city copy (existing cities stay active).
 */
export class CreateKnownMasters1763800002000 implements MigrationInterface {
  name = 'CreateKnownMasters1763800002000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columns(queryRunner);
    const active = (): TableColumn =>
      new TableColumn({ name: 'active', type: 'boolean', isNullable: false, default: 1 });
    await queryRunner.addColumn('known_city', active());
    await queryRunner.createTable(
      new Table({
        name: 'known_branch',
        columns: [
          c.uuid('id'),
          c.string('code', 20),
          c.string('name', 100),
          c.string('zone_id', 36),
          c.text('city_ids'),
          active(),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'known_product',
        columns: [
          c.uuid('id'),
          c.string('code', 20),
          c.string('category_id', 36),
          c.text('bandwidth_ids'),
          active(),
        ],
      }),
    );
    // No unique rank: re-rankings of two bandwidths may arrive in either order, and masters keeps ranks unique.
    await queryRunner.createTable(
      new Table({
        name: 'known_bandwidth',
        columns: [c.uuid('id'), c.int('value'), c.string('unit', 10), c.int('rank_no'), active()],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('known_bandwidth');
    await queryRunner.dropTable('known_product');
    await queryRunner.dropTable('known_branch');
    await queryRunner.dropColumn('known_city', 'active');
  }
}
