import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';
import { columns } from '@oms/persistence';

/**
 * The technical verdict on a BSO's answered request: the verdict, its remarks, when and by whom (nullable:
 * requests wait for their verdict, and older requests never had one).
 */
export class TechnicalVerdict1763700003000 implements MigrationInterface {
  name = 'TechnicalVerdict1763700003000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columns(queryRunner);
    await queryRunner.addColumns('feasibility_request', [
      new TableColumn(c.string('verdict', 20, true)),
      new TableColumn(c.string('verdict_remarks', 500, true)),
      new TableColumn(c.instant('decided_at', true)),
      new TableColumn(c.string('decided_by', 100, true)),
    ]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumns('feasibility_request', [
      'decided_by',
      'decided_at',
      'verdict_remarks',
      'verdict',
    ]);
  }
}
