import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { columns } from '@oms/persistence';

/** The control-panel audit trail. */
export class CreateAudit1763700041000 implements MigrationInterface {
  name = 'CreateAudit1763700041000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columns(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'audit_entry',
        columns: [
          c.uuid('id'),
          c.instant('occurred_at'),
          c.string('actor_kind', 20),
          c.string('actor_id', 100),
          c.string('actor_name', 200, true),
          c.string('correlation_id', 100),
          c.string('action', 120),
          c.string('entity_type', 60),
          c.string('entity_id', 200),
          c.text('before', true),
          c.text('after'),
          c.text('changed_fields'),
        ],
        indices: [
          new TableIndex({
            name: 'ix_audit_entity',
            columnNames: ['entity_type', 'entity_id', 'occurred_at'],
          }),
          new TableIndex({ name: 'ix_audit_actor', columnNames: ['actor_id', 'occurred_at'] }),
          new TableIndex({ name: 'ix_audit_time', columnNames: ['occurred_at'] }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('audit_entry');
  }
}
