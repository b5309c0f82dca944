import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { columns } from '@oms/persistence';

/** Versions of DOA approval matrices. */
export class CreateApprovalMatrices1763700001000 implements MigrationInterface {
  name = 'CreateApprovalMatrices1763700001000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columns(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'approval_matrix',
        columns: [
          c.uuid('id'),
          c.string('name', 100),
          c.string('name_key', 100),
          c.int('version'),
          c.string('status', 20),
          c.string('description', 500, true),
          c.string('client_mutation_id', 100, true),
          c.instant('created_at'),
          c.string('created_by', 100),
        ],
        indices: [
          // One row per version of a name; also serves "latest version of this name".
          new TableIndex({
            name: 'ux_approval_matrix_name_version',
            columnNames: ['name_key', 'version'],
            isUnique: true,
          }),
          new TableIndex({ name: 'ix_approval_matrix_created', columnNames: ['created_at', 'id'] }),
          new TableIndex({ name: 'ix_approval_matrix_status', columnNames: ['status', 'created_at'] }),
          // Idempotency keys are the caller's own; rows without a key (NULL) never collide.
          new TableIndex({
            name: 'ux_approval_matrix_client_mutation',
            columnNames: ['created_by', 'client_mutation_id'],
            isUnique: true,
          }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('approval_matrix');
  }
}
