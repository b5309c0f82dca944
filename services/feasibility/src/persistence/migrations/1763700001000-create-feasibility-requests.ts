import { Table, TableForeignKey, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { columns } from '@oms/persistence';

/** Feasibility requests and their status history (the counters that number them: `CreateNumberSequence`). */
export class CreateFeasibilityRequests1763700001000 implements MigrationInterface {
  name = 'CreateFeasibilityRequests1763700001000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columns(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'feasibility_request',
        columns: [
          c.uuid('id'),
          { ...c.string('request_no', 20), isUnique: true },
          c.string('lead_id', 36),
          c.string('city_id', 36),
          c.int('bandwidth_mbps'),
          c.string('address', 500),
          c.string('status', 20),
          c.string('client_mutation_id', 100, true),
          c.instant('created_at'),
          c.string('created_by', 100),
        ],
        indices: [
          new TableIndex({ name: 'ix_feasibility_request_created', columnNames: ['created_at', 'id'] }),
          new TableIndex({ name: 'ix_feasibility_request_lead', columnNames: ['lead_id', 'created_at'] }),
          new TableIndex({ name: 'ix_feasibility_request_city', columnNames: ['city_id', 'created_at'] }),
          new TableIndex({ name: 'ix_feasibility_request_status', columnNames: ['status', 'created_at'] }),
          // Idempotency keys are the caller's own; rows without a key (NULL) never collide.
          new TableIndex({
            name: 'ux_feasibility_request_client_mutation',
            columnNames: ['created_by', 'client_mutation_id'],
            isUnique: true,
          }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'feasibility_request_history',
        columns: [
          c.uuid('id'),
          c.string('request_id', 36),
          c.string('from_status', 20, true),
          c.string('to_status', 20),
          c.instant('changed_at'),
          c.string('changed_by', 100),
          c.string('comment', 1000, true),
        ],
        indices: [
          new TableIndex({
            name: 'ix_feasibility_request_history_request',
            columnNames: ['request_id', 'changed_at'],
          }),
        ],
        foreignKeys: [
          new TableForeignKey({
            name: 'fk_feasibility_request_history_request',
            columnNames: ['request_id'],
            referencedTableName: 'feasibility_request',
            referencedColumnNames: ['id'],
          }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('feasibility_request_history');
    await queryRunner.dropTable('feasibility_request');
  }
}
