import { Table, TableForeignKey, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { columns } from '@oms/persistence';

/** BSOs (partner last-mile operators), their per-city feasibility settings and their mail settings. */
export class CreateBso1763700020000 implements MigrationInterface {
  name = 'CreateBso1763700020000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columns(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'bso',
        columns: [
          c.uuid('id'),
          { ...c.string('code', 20), isUnique: true },
          c.string('name', 100),
          // JSON list of { name, email, phone, role }.
          c.text('contacts'),
          c.instant('created_at'),
          c.instant('updated_at', true),
          c.instant('deactivated_at', true),
        ],
        indices: [new TableIndex({ name: 'ix_bso_created', columnNames: ['created_at', 'id'] })],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'bso_city_setting',
        columns: [
          c.uuid('id'),
          c.string('bso_id', 36),
          c.string('city_id', 36),
          // "<bso_id>|<city_id>" while active, null once deactivated: one active setting per BSO and city.
          { ...c.string('active_pair', 73, true), isUnique: true },
          // JSON lists of e-mail addresses.
          c.text('to_addresses'),
          c.text('cc_addresses'),
          c.int('tat_hours'),
          c.instant('created_at'),
          c.instant('updated_at', true),
          c.instant('deactivated_at', true),
        ],
        indices: [
          new TableIndex({ name: 'ix_bso_city_setting_bso', columnNames: ['bso_id', 'deactivated_at'] }),
          new TableIndex({ name: 'ix_bso_city_setting_city', columnNames: ['city_id', 'deactivated_at'] }),
          new TableIndex({ name: 'ix_bso_city_setting_created', columnNames: ['created_at', 'id'] }),
        ],
        foreignKeys: [
          new TableForeignKey({
            name: 'fk_bso_city_setting_bso',
            columnNames: ['bso_id'],
            referencedTableName: 'bso',
            referencedColumnNames: ['id'],
          }),
          new TableForeignKey({
            name: 'fk_bso_city_setting_city',
            columnNames: ['city_id'],
            referencedTableName: 'city',
            referencedColumnNames: ['id'],
          }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'bso_mail_setting',
        columns: [
          c.uuid('id'),
          // null for the default setting.
          c.string('bso_id', 36, true),
          // The BSO id, or DEFAULT: one setting per BSO and one default.
          { ...c.string('scope', 36), isUnique: true },
          c.string('sender_email', 254),
          c.string('sender_name', 100),
          c.string('subject_template', 200),
          c.text('body_template'),
          c.instant('created_at'),
          c.instant('updated_at', true),
        ],
        indices: [new TableIndex({ name: 'ix_bso_mail_setting_created', columnNames: ['created_at', 'id'] })],
        foreignKeys: [
          new TableForeignKey({
            name: 'fk_bso_mail_setting_bso',
            columnNames: ['bso_id'],
            referencedTableName: 'bso',
            referencedColumnNames: ['id'],
          }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('bso_mail_setting');
    await queryRunner.dropTable('bso_city_setting');
    await queryRunner.dropTable('bso');
  }
}
