import { TableColumn, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { columns } from '@oms/persistence';

/**
 * Leads record how the sale is made (sales mode), where the lead came from (source), who owns it in CRM, and
 * the existing customer it is for. Older leads are DIRECT sales without a source, owned by their creator.
 */
export class LeadSalesDetails1763800006000 implements MigrationInterface {
  name = 'LeadSalesDetails1763800006000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columns(queryRunner);
    await queryRunner.addColumns('sales_lead', [
      new TableColumn(c.string('customer_id', 36, true)),
      new TableColumn({ ...c.string('sales_mode', 20), default: "'DIRECT'" }),
      new TableColumn(c.string('lead_source', 20, true)),
      new TableColumn(c.string('crm_owner_id', 100, true)),
    ]);
    await queryRunner.query('UPDATE sales_lead SET crm_owner_id = created_by WHERE crm_owner_id IS NULL');
    await queryRunner.createIndex(
      'sales_lead',
      new TableIndex({ name: 'ix_lead_customer', columnNames: ['customer_id'] }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('sales_lead', 'ix_lead_customer');
    await queryRunner.dropColumns('sales_lead', ['customer_id', 'sales_mode', 'lead_source', 'crm_owner_id']);
  }
}
