import { Table, TableColumn, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { columns, dialectOf } from '@oms/persistence';

/**
 * The order process engine's tables: orders, their timeline, work-queue tasks, documents (with their bytes),
 * customers and their installed services, the copy of masters document types, the feasibility verdicts of
 * leads; and the lead's cancellation.
 */
export class CreateOrders1763800005000 implements MigrationInterface {
  name = 'CreateOrders1763800005000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columns(queryRunner);
    const mysql = dialectOf(queryRunner) === 'mysql';
    const money = (name: string, nullable = false) => c.string(name, 20, nullable);
    const day = (name: string, nullable = true) => c.string(name, 10, nullable);
    await queryRunner.createTable(
      new Table({
        name: 'sales_order',
        columns: [
          c.uuid('id'),
          { ...c.string('order_no', 20), isUnique: true },
          c.string('order_type', 20),
          c.int('flow_version'),
          c.string('state', 30),
          c.uuid('lead_id', false),
          c.string('customer_id', 36, true),
          c.string('customer_name', 200),
          c.string('contact_email', 254, true),
          c.string('contact_phone', 16, true),
          c.string('installation_address', 500),
          c.uuid('branch_id', false),
          c.uuid('zone_id', false),
          c.uuid('city_id', false),
          c.uuid('product_id', false),
          c.uuid('product_category_id', false),
          c.string('bandwidth_id', 36, true),
          money('arc'),
          money('otc'),
          c.string('discount_percent', 8),
          c.string('currency', 3),
          c.int('approval_round'),
          day('installation_date'),
          day('activation_date'),
          c.instant('state_entered_at'),
          c.instant('tat_due_at', true),
          c.string('client_mutation_id', 100, true),
          c.string('request_hash', 64, true),
          c.instant('created_at'),
          c.string('created_by', 100),
          c.instant('updated_at'),
          c.int('revision'),
        ],
        indices: [
          new TableIndex({ name: 'ix_order_created', columnNames: ['created_at', 'id'] }),
          new TableIndex({ name: 'ix_order_branch', columnNames: ['branch_id', 'created_at'] }),
          new TableIndex({ name: 'ix_order_state_due', columnNames: ['state', 'tat_due_at'] }),
          new TableIndex({ name: 'ix_order_lead', columnNames: ['lead_id'] }),
          new TableIndex({
            name: 'ux_order_client_mutation',
            columnNames: ['created_by', 'client_mutation_id'],
            isUnique: true,
          }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'order_state_change',
        columns: [
          c.uuid('id'),
          c.uuid('order_id', false),
          c.int('position'),
          c.string('transition', 40),
          c.string('from_state', 30, true),
          c.string('to_state', 30),
          c.instant('changed_at'),
          c.string('actor_id', 100),
          c.string('comment', 1000, true),
          c.int('tat_hours', true),
        ],
        indices: [
          new TableIndex({
            name: 'ux_order_change_position',
            columnNames: ['order_id', 'position'],
            isUnique: true,
          }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'work_task',
        columns: [
          c.uuid('id'),
          c.uuid('order_id', false),
          c.string('order_no', 20),
          c.string('queue', 20),
          c.string('team_id', 36, true),
          c.uuid('branch_id', false),
          c.uuid('city_id', false),
          c.string('state', 30),
          c.string('transition', 40),
          c.string('status', 12),
          c.string('claimed_by', 100, true),
          c.instant('claimed_at', true),
          c.instant('created_at'),
          c.instant('due_at', true),
          c.instant('completed_at', true),
          c.string('completed_by', 100, true),
        ],
        indices: [
          new TableIndex({ name: 'ix_task_queue', columnNames: ['queue', 'status', 'created_at'] }),
          new TableIndex({ name: 'ix_task_order', columnNames: ['order_id'] }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'order_document',
        columns: [
          c.uuid('id'),
          c.uuid('order_id', false),
          c.uuid('document_type_id', false),
          c.string('document_type_code', 50),
          c.string('file_name', 200),
          c.string('content_type', 100),
          c.int('size_bytes'),
          c.string('sha256', 64),
          { name: 'content', type: mysql ? 'longblob' : 'blob' },
          c.instant('uploaded_at'),
          c.string('uploaded_by', 100),
        ],
        indices: [new TableIndex({ name: 'ix_document_order', columnNames: ['order_id'] })],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'known_document_type',
        columns: [
          c.uuid('id'),
          c.string('code', 50),
          c.string('name', 100),
          c.text('required_for'),
          c.text('allowed_content_types'),
          c.int('max_size_bytes'),
          { name: 'active', type: 'boolean' },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'customer',
        columns: [
          c.uuid('id'),
          { ...c.string('customer_code', 20), isUnique: true },
          c.string('name', 200),
          c.string('email', 254, true),
          c.string('phone', 16, true),
          c.string('address', 500),
          c.uuid('branch_id', false),
          c.uuid('city_id', false),
          c.instant('created_at'),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'installed_service',
        columns: [
          c.uuid('id'),
          { ...c.string('service_no', 20), isUnique: true },
          c.uuid('customer_id', false),
          { ...c.uuid('order_id', false), isUnique: true },
          c.uuid('product_id', false),
          c.string('bandwidth_id', 36, true),
          money('arc'),
          money('otc'),
          c.string('currency', 3),
          day('installation_date', false),
          day('activation_date', false),
          c.string('status', 12),
          c.uuid('branch_id', false),
          c.uuid('city_id', false),
        ],
        indices: [new TableIndex({ name: 'ix_service_customer', columnNames: ['customer_id'] })],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'lead_feasibility',
        columns: [
          c.uuid('request_id', true),
          c.uuid('lead_id', false),
          c.uuid('bso_id', false),
          c.string('verdict', 12),
          money('otc_cost', true),
          money('mrc_cost', true),
          c.instant('decided_at'),
        ],
        indices: [new TableIndex({ name: 'ix_lead_feasibility_lead', columnNames: ['lead_id'] })],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'file_slot',
        columns: [
          { ...c.string('token_hash', 64), isPrimary: true },
          c.string('kind', 10),
          c.uuid('order_id', false),
          c.string('document_type_id', 36, true),
          c.string('file_name', 200, true),
          c.string('document_id', 36, true),
          c.string('created_by', 100),
          c.instant('created_at'),
          c.instant('expires_at'),
          c.instant('used_at', true),
        ],
        indices: [new TableIndex({ name: 'ix_file_slot_expiry', columnNames: ['expires_at'] })],
      }),
    );
    await queryRunner.addColumns('sales_lead', [
      new TableColumn(c.string('cancel_reason', 500, true)),
      new TableColumn(c.instant('cancelled_at', true)),
      new TableColumn(c.string('cancelled_by', 100, true)),
    ]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumns('sales_lead', ['cancel_reason', 'cancelled_at', 'cancelled_by']);
    for (const table of [
      'file_slot',
      'lead_feasibility',
      'installed_service',
      'customer',
      'known_document_type',
      'order_document',
      'work_task',
      'order_state_change',
      'sales_order',
    ]) {
      await queryRunner.dropTable(table);
    }
  }
}
