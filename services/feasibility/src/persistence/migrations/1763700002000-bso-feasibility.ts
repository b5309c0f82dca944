import {
  Table,
  TableColumn,
  TableForeignKey,
  TableIndex,
  type MigrationInterface,
  type QueryRunner,
} from 'typeorm';
import { columns } from '@oms/persistence';

/**
 * BSO feasibility: a request's branch (its data scope), its BSO and the answer-by time (nullable: requests
 * raised before have none), the BSO's answer, and the local copies of masters' BSOs, BSO city settings and
 * branches that requests are checked against.
 */
export class BsoFeasibility1763700002000 implements MigrationInterface {
  name = 'BsoFeasibility1763700002000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columns(queryRunner);
    const flag = (name: string) => new TableColumn({ name, type: 'boolean', isNullable: false });
    await queryRunner.addColumns('feasibility_request', [
      new TableColumn(c.string('branch_id', 36, true)),
      new TableColumn(c.string('bso_id', 36, true)),
      new TableColumn(c.instant('answer_due_at', true)),
    ]);
    // The scoped lists: staff by branch, partners by BSO, newest first.
    await queryRunner.createIndices('feasibility_request', [
      new TableIndex({ name: 'ix_feasibility_request_branch', columnNames: ['branch_id', 'created_at'] }),
      new TableIndex({ name: 'ix_feasibility_request_bso', columnNames: ['bso_id', 'created_at'] }),
    ]);
    await queryRunner.createTable(
      new Table({
        name: 'feasibility_answer',
        columns: [
          c.uuid('id'),
          // One answer per request: a second, racing answer fails here and is rerun as a repeat.
          { ...c.string('request_id', 36), isUnique: true },
          c.string('bso_id', 36),
          flag('feasible'),
          { name: 'otc_cost', type: 'decimal', precision: 12, scale: 2, isNullable: true },
          { name: 'mrc_cost', type: 'decimal', precision: 12, scale: 2, isNullable: true },
          c.string('currency', 3),
          c.int('expected_delivery_days', true),
          c.string('remarks', 1000, true),
          c.instant('answered_at'),
          c.string('answered_by', 100),
        ],
        foreignKeys: [
          new TableForeignKey({
            name: 'fk_feasibility_answer_request',
            columnNames: ['request_id'],
            referencedTableName: 'feasibility_request',
            referencedColumnNames: ['id'],
          }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'known_bso',
        columns: [c.uuid('id'), c.string('code', 20), c.string('name', 100), flag('active')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'known_bso_city_setting',
        columns: [
          c.uuid('id'),
          c.string('bso_id', 36),
          c.string('city_id', 36),
          c.text('to_addresses'),
          c.text('cc_addresses'),
          c.int('tat_hours'),
          flag('active'),
        ],
        indices: [
          new TableIndex({
            name: 'ix_known_bso_city_setting_pair',
            columnNames: ['bso_id', 'city_id', 'active'],
          }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'known_branch',
        columns: [
          c.uuid('id'),
          c.string('code', 20),
          c.string('name', 100),
          c.text('city_ids'),
          flag('active'),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('known_branch');
    await queryRunner.dropTable('known_bso_city_setting');
    await queryRunner.dropTable('known_bso');
    await queryRunner.dropTable('feasibility_answer');
    await queryRunner.dropIndex('feasibility_request', 'ix_feasibility_request_bso');
    await queryRunner.dropIndex('feasibility_request', 'ix_feasibility_request_branch');
    await queryRunner.dropColumns('feasibility_request', ['answer_due_at', 'bso_id', 'branch_id']);
  }
}
