import { Table, TableColumn, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { columns } from '@oms/persistence';

/**
 * Sync records become deliverable jobs: the JSON payload a connector sends, the attempt count, when the
 * sender tries next, the last error and when it was delivered; `ix_sync_record_due` serves the sender's scan.
 * Every attempt is a `sync_attempt` row.
 */
export class AddSyncDelivery1763700007000 implements MigrationInterface {
  name = 'AddSyncDelivery1763700007000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columns(queryRunner);
    await queryRunner.addColumns('sync_record', [
      new TableColumn(c.text('payload', true)),
      new TableColumn(c.int('attempts', false, 0)),
      new TableColumn(c.instant('next_attempt_at', true)),
      new TableColumn(c.string('last_error', 500, true)),
      new TableColumn(c.instant('delivered_at', true)),
    ]);
    await queryRunner.createIndex(
      'sync_record',
      new TableIndex({ name: 'ix_sync_record_due', columnNames: ['status', 'next_attempt_at'] }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'sync_attempt',
        columns: [
          c.uuid('id'),
          c.uuid('sync_record_id', false),
          c.int('attempt'),
          c.string('outcome', 20),
          c.int('status_code', true),
          c.string('error', 500, true),
          c.int('duration_ms'),
          c.instant('attempted_at'),
        ],
        indices: [
          new TableIndex({ name: 'ix_sync_attempt_record', columnNames: ['sync_record_id', 'attempted_at'] }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('sync_attempt');
    await queryRunner.dropIndex('sync_record', 'ix_sync_record_due');
    for (const name of ['delivered_at', 'last_error', 'next_attempt_at', 'attempts', 'payload']) {
      await queryRunner.dropColumn('sync_record', name);
    }
  }
}
