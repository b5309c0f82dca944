import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { columns, dialectOf } from '@oms/persistence';

/**
 * The mail delivery log (`mail_message`, one row per (event, template)), the copy of masters' BSO mail
 * settings, and the welcome letters (the PDF bytes in the row, so they back up with the database).
 */
export class CreateMail1763700008000 implements MigrationInterface {
  name = 'CreateMail1763700008000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columns(queryRunner);
    const mysql = dialectOf(queryRunner) === 'mysql';
    await queryRunner.createTable(
      new Table({
        name: 'mail_message',
        columns: [
          c.uuid('id'),
          c.string('event_id', 36),
          c.string('event_type', 120),
          c.string('template', 120),
          c.string('order_id', 36, true),
          c.string('branch_id', 36, true),
          c.text('sender'),
          c.text('to_addresses'),
          c.text('cc_addresses'),
          c.string('subject', 255),
          c.text('body_text'),
          c.text('body_html'),
          c.string('welcome_letter_id', 36, true),
          c.string('status', 20),
          c.int('attempts', false, 0),
          c.instant('next_attempt_at', true),
          c.string('last_error', 500, true),
          c.instant('sent_at', true),
          c.string('message_id', 255, true),
          c.instant('created_at'),
        ],
        indices: [
          // A redelivered event can never queue the same mail twice.
          new TableIndex({
            name: 'ux_mail_message_event_template',
            columnNames: ['event_id', 'template'],
            isUnique: true,
          }),
          new TableIndex({ name: 'ix_mail_message_due', columnNames: ['status', 'next_attempt_at'] }),
          new TableIndex({ name: 'ix_mail_message_order', columnNames: ['order_id', 'created_at'] }),
          new TableIndex({ name: 'ix_mail_message_created', columnNames: ['created_at', 'id'] }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'bso_mail_setting',
        columns: [
          c.uuid('id'),
          c.string('bso_id', 36, true),
          c.string('sender_email', 255),
          c.string('sender_name', 255),
          c.text('subject_template'),
          c.text('body_template'),
          c.instant('saved_at'),
        ],
        indices: [new TableIndex({ name: 'ix_bso_mail_setting_bso', columnNames: ['bso_id'] })],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'welcome_letter',
        columns: [
          c.uuid('id'),
          c.string('order_id', 36),
          c.string('order_no', 60),
          c.string('branch_id', 36),
          c.string('customer_name', 255),
          c.string('customer_email', 255, true),
          c.string('file_name', 120),
          { name: 'content', type: mysql ? 'longblob' : 'blob' },
          c.int('size_bytes'),
          c.instant('created_at'),
        ],
        indices: [
          new TableIndex({ name: 'ux_welcome_letter_order', columnNames: ['order_id'], isUnique: true }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('welcome_letter');
    await queryRunner.dropTable('bso_mail_setting');
    await queryRunner.dropTable('mail_message');
  }
}
