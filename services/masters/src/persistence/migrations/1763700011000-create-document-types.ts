import { Table, TableForeignKey, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { columns } from '@oms/persistence';
import { insertRows, seedInstant } from './seed-rows';

/** The fixed id of the seeded customer-signed installation report. */
export const INSTALLATION_REPORT_ID = '5eed0000-0000-4000-8001-000000000001';

/** Document types and where each is required; seeds the installation report the installation step needs. */
export class CreateDocumentTypes1763700011000 implements MigrationInterface {
  name = 'CreateDocumentTypes1763700011000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columns(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'document_type',
        columns: [
          c.uuid('id'),
          { ...c.string('code', 30), isUnique: true },
          c.string('name', 100),
          c.string('description', 500, true),
          // Comma-separated MIME types (TypeORM simple-array).
          c.text('allowed_content_types'),
          c.int('max_size_bytes'),
          c.instant('created_at'),
          c.instant('updated_at', true),
          c.instant('deactivated_at', true),
        ],
        indices: [new TableIndex({ name: 'ix_document_type_created', columnNames: ['created_at', 'id'] })],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'document_type_requirement',
        columns: [
          c.uuid('document_type_id', true),
          { ...c.string('order_type', 20), isPrimary: true },
          { ...c.string('step', 20), isPrimary: true },
        ],
        indices: [
          new TableIndex({ name: 'ix_document_type_requirement_at', columnNames: ['order_type', 'step'] }),
        ],
        foreignKeys: [
          new TableForeignKey({
            name: 'fk_document_type_requirement_type',
            columnNames: ['document_type_id'],
            referencedTableName: 'document_type',
            referencedColumnNames: ['id'],
          }),
        ],
      }),
    );
    await insertRows(queryRunner, 'document_type', [
      {
        id: INSTALLATION_REPORT_ID,
        code: 'INSTALLATION_REPORT',
        name: 'Installation report',
        description: 'The installation report signed by the customer, confirming the link was installed.',
        allowed_content_types: 'application/pdf,image/jpeg,image/png',
        max_size_bytes: 10 * 1024 * 1024,
        created_at: seedInstant(new Date(1763700011000)),
        updated_at: null,
        deactivated_at: null,
      },
    ]);
    await insertRows(queryRunner, 'document_type_requirement', [
      { document_type_id: INSTALLATION_REPORT_ID, order_type: 'NEW', step: 'INSTALLATION' },
    ]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('document_type_requirement');
    await queryRunner.dropTable('document_type');
  }
}
