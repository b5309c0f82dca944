import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { columns } from '@oms/persistence';

/** Sync records: one outbound sync job per (system, causing event). */
export class CreateSyncRecord1763700005000 implements MigrationInterface {
  name = 'CreateSyncRecord1763700005000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columns(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'sync_record',
        columns: [
          c.uuid('id'),
          c.string('system', 20),
          c.string('event_id', 36),
          c.string('event_type', 120),
          c.string('aggregate_type', 60),
          c.string('aggregate_id', 200),
          c.string('status', 20),
          c.string('summary', 255),
          c.string('correlation_id', 200),
          c.instant('occurred_at'),
          c.instant('created_at'),
        ],
        indices: [
          // The database, not only the inbox, guarantees one record per system and causing event.
          new TableIndex({
            name: 'ux_sync_record_system_event',
            columnNames: ['system', 'event_id'],
            isUnique: true,
          }),
          new TableIndex({
            name: 'ix_sync_record_aggregate',
            columnNames: ['aggregate_type', 'aggregate_id'],
          }),
          new TableIndex({ name: 'ix_sync_record_created', columnNames: ['created_at', 'id'] }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('sync_record');
  }
}
