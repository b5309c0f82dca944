import { Table, TableColumn, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { columns } from '@oms/persistence';

/**
 * Sends for feasibility to several BSOs at once: the batch (what was asked, of which BSOs, under which
 * idempotency key) and each request's `batch_id` (null for requests raised one at a time).
 */
export class FeasibilityBatch1763700004000 implements MigrationInterface {
  name = 'FeasibilityBatch1763700004000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columns(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'feasibility_batch',
        columns: [
          c.uuid('id'),
          c.string('lead_id', 36),
          c.string('city_id', 36),
          c.string('branch_id', 36),
          c.int('bandwidth_mbps'),
          c.string('address', 500),
          // The picked BSOs as JSON, or null for every BSO serving the city.
          c.text('bso_ids', true),
          c.string('client_mutation_id', 100, true),
          c.instant('created_at'),
          c.string('created_by', 100),
        ],
        indices: [
          // Idempotency keys are the caller's own; rows without a key (NULL) never collide.
          new TableIndex({
            name: 'ux_feasibility_batch_client_mutation',
            columnNames: ['created_by', 'client_mutation_id'],
            isUnique: true,
          }),
        ],
      }),
    );
    await queryRunner.addColumn('feasibility_request', new TableColumn(c.string('batch_id', 36, true)));
    await queryRunner.createIndex(
      'feasibility_request',
      new TableIndex({ name: 'ix_feasibility_request_batch', columnNames: ['batch_id'] }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('feasibility_request', 'ix_feasibility_request_batch');
    await queryRunner.dropColumn('feasibility_request', 'batch_id');
    await queryRunner.dropTable('feasibility_batch');
  }
}
