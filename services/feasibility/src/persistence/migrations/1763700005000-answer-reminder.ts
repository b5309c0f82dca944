import { TableColumn, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { columns } from '@oms/persistence';

/**
 * Reminding late BSOs: when a request's BSO was told its answer is late (`reminded_at`, once per request),
 * and an index for the sweep that looks for OPEN requests past their answer time.
 */
export class AnswerReminder1763700005000 implements MigrationInterface {
  name = 'AnswerReminder1763700005000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columns(queryRunner);
    await queryRunner.addColumn('feasibility_request', new TableColumn(c.instant('reminded_at', true)));
    await queryRunner.createIndex(
      'feasibility_request',
      new TableIndex({ name: 'ix_feasibility_request_due', columnNames: ['status', 'answer_due_at'] }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('feasibility_request', 'ix_feasibility_request_due');
    await queryRunner.dropColumn('feasibility_request', 'reminded_at');
  }
}
