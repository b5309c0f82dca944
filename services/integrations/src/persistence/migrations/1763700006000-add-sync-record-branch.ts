import { TableColumn, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { columns } from '@oms/persistence';

/**
 * Sync records carry the branch of their subject, which decides who sees them. Nullable: records made before
 * leads had branches have none, and only users with the ALL data scope see those. The index serves the
 * branch-scoped, newest-first list.
 */
export class AddSyncRecordBranch1763700006000 implements MigrationInterface {
  name = 'AddSyncRecordBranch1763700006000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columns(queryRunner);
    await queryRunner.addColumn('sync_record', new TableColumn(c.string('branch_id', 36, true)));
    await queryRunner.createIndex(
      'sync_record',
      new TableIndex({ name: 'ix_sync_record_branch', columnNames: ['branch_id', 'created_at', 'id'] }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('sync_record', 'ix_sync_record_branch');
    await queryRunner.dropColumn('sync_record', 'branch_id');
  }
}
