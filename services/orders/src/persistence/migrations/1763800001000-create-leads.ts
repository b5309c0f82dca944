import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { columns } from '@oms/persistence';

/** Leads and the local copy of masters cities (the counters behind lead numbers: `CreateNumberSequence`). */
export class CreateLeads1763800001000 implements MigrationInterface {
  name = 'CreateLeads1763800001000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columns(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'known_city',
        columns: [c.uuid('id'), c.string('state_id', 36), c.string('code', 20), c.string('name', 100)],
      }),
    );
    // `lead` is a reserved word on MySQL 8, hence `sales_lead`. No foreign key to known_city: the lead
    // refers to the masters city; known_city is only a cache used to check it.
    await queryRunner.createTable(
      new Table({
        name: 'sales_lead',
        columns: [
          c.uuid('id'),
          { ...c.string('lead_no', 20), isUnique: true },
          c.string('customer_name', 200),
          c.string('contact_email', 254, true),
          c.string('contact_phone', 16, true),
          c.string('city_id', 36),
          c.string('product_interest', 200, true),
          c.string('state', 20),
          c.string('client_mutation_id', 100, true),
          c.string('request_hash', 64, true),
          c.instant('created_at'),
          c.string('created_by', 100),
        ],
        indices: [
          new TableIndex({ name: 'ix_lead_created', columnNames: ['created_at', 'id'] }),
          new TableIndex({ name: 'ix_lead_city', columnNames: ['city_id', 'created_at'] }),
          new TableIndex({
            name: 'ux_lead_client_mutation',
            columnNames: ['created_by', 'client_mutation_id'],
            isUnique: true,
          }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('sales_lead');
    await queryRunner.dropTable('known_city');
  }
}
