import { TableColumn, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { columns } from '@oms/persistence';

/**
 * Leads belong to a branch. The column is nullable because leads captured before this version have none;
 * those are visible only to users with the ALL data scope. The index serves the branch-scoped list.
 */
export class AddLeadBranch1763800003000 implements MigrationInterface {
  name = 'AddLeadBranch1763800003000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columns(queryRunner);
    await queryRunner.addColumn('sales_lead', new TableColumn(c.string('branch_id', 36, true)));
    await queryRunner.createIndex(
      'sales_lead',
      new TableIndex({ name: 'ix_lead_branch', columnNames: ['branch_id', 'created_at'] }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('sales_lead', 'ix_lead_branch');
    await queryRunner.dropColumn('sales_lead', 'branch_id');
  }
}
