import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { columns } from '@oms/persistence';

/** Matrix rules with their levels, approval requests, every decision on them, and delegations. */
export class CreateApprovalRequests1763700002000 implements MigrationInterface {
  name = 'CreateApprovalRequests1763700002000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columns(queryRunner);
    const money = (name: string, nullable = false) => c.string(name, 20, nullable);
    await queryRunner.createTable(
      new Table({
        name: 'approval_rule',
        columns: [
          c.uuid('id'),
          c.uuid('matrix_id', false),
          c.int('priority'),
          c.string('order_type', 20),
          c.string('product_category_id', 36, true),
          c.string('product_id', 36, true),
          c.string('branch_id', 36, true),
          c.string('zone_id', 36, true),
          money('arc_min', true),
          money('arc_max', true),
          money('discount_min', true),
          money('discount_max', true),
          c.text('levels'),
        ],
        indices: [new TableIndex({ name: 'ix_rule_matrix', columnNames: ['matrix_id', 'priority'] })],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'approval_request',
        columns: [
          c.uuid('id'),
          c.uuid('order_id', false),
          c.string('order_no', 20),
          c.int('round'),
          c.string('order_type', 20),
          c.uuid('product_category_id', false),
          c.uuid('product_id', false),
          c.string('customer_name', 200),
          c.uuid('branch_id', false),
          c.uuid('zone_id', false),
          c.uuid('city_id', false),
          money('amount'),
          c.string('discount_percent', 8),
          c.string('currency', 3),
          c.uuid('matrix_id', false),
          c.int('matrix_version'),
          c.uuid('rule_id', false),
          c.text('levels'),
          c.string('status', 12),
          c.int('current_level'),
          c.instant('level_opened_at'),
          c.instant('level_due_at'),
          c.instant('escalated_at', true),
          c.string('submitted_by', 100),
          c.instant('created_at'),
          c.instant('decided_at', true),
        ],
        indices: [
          new TableIndex({
            name: 'ux_request_order_round',
            columnNames: ['order_id', 'round'],
            isUnique: true,
          }),
          new TableIndex({ name: 'ix_request_created', columnNames: ['created_at', 'id'] }),
          new TableIndex({ name: 'ix_request_status_due', columnNames: ['status', 'level_due_at'] }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'approval_decision',
        columns: [
          c.uuid('id'),
          c.uuid('request_id', false),
          c.int('level'),
          c.string('role', 50),
          c.string('decision', 10),
          c.string('comment', 1000, true),
          c.string('reason_code', 50, true),
          c.string('decided_by', 100),
          c.string('on_behalf_of', 100),
          c.instant('decided_at'),
        ],
        indices: [new TableIndex({ name: 'ix_decision_request', columnNames: ['request_id', 'decided_at'] })],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'approval_delegation',
        columns: [
          c.uuid('id'),
          c.string('approver_id', 100),
          c.string('delegate_id', 100),
          c.text('roles'),
          c.instant('valid_from'),
          c.instant('valid_to'),
          c.instant('created_at'),
        ],
        indices: [
          new TableIndex({ name: 'ix_delegation_delegate', columnNames: ['delegate_id', 'valid_to'] }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const t of ['approval_delegation', 'approval_decision', 'approval_request', 'approval_rule'])
      await queryRunner.dropTable(t);
  }
}
