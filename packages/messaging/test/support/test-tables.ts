import { EntitySchema, Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { columns } from '@oms/persistence';
import { CreateMessagingTables1763700000000, messagingEntities } from '../../src';

/** A piece of state a test use case writes in the same transaction as its events. */
export interface WidgetRow {
  id: string;
  name: string;
  createdAt: Date;
}

/** One applied effect of a consumed event: counting these rows counts effects. */
export interface EffectRow {
  seq: string;
  consumer: string;
  eventId: string;
  aggregateId: string;
  label: string;
  appliedAt: Date;
}

export const WidgetEntity = new EntitySchema<WidgetRow>({
  name: 'TestWidget',
  tableName: 'test_widget',
  columns: {
    id: { type: 'varchar', length: 36, primary: true },
    name: { type: 'varchar', length: 200 },
    createdAt: { name: 'created_at', type: 'datetime', precision: 3 },
  },
});

export const EffectEntity = new EntitySchema<EffectRow>({
  name: 'TestEffect',
  tableName: 'test_effect',
  columns: {
    seq: { type: 'bigint', primary: true, generated: 'increment' },
    consumer: { type: 'varchar', length: 120 },
    eventId: { name: 'event_id', type: 'varchar', length: 36 },
    aggregateId: { name: 'aggregate_id', type: 'varchar', length: 200 },
    label: { type: 'varchar', length: 200 },
    appliedAt: { name: 'applied_at', type: 'datetime', precision: 3 },
  },
});

/** Creates the test-only widget and effect tables (MySQL and SQLite alike). */
export class CreateTestTables1763800000000 implements MigrationInterface {
  name = 'CreateTestTables1763800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columns(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'test_widget',
        columns: [c.uuid('id'), c.string('name', 200), c.instant('created_at')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'test_effect',
        columns: [
          c.sequence('seq'),
          c.string('consumer', 120),
          c.string('event_id', 36),
          c.string('aggregate_id', 200),
          c.string('label', 200),
          c.instant('applied_at'),
        ],
        indices: [new TableIndex({ name: 'ix_test_effect_event', columnNames: ['event_id'] })],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('test_effect');
    await queryRunner.dropTable('test_widget');
  }
}

/** The entities and migrations of a test service: messaging tables plus the widget and effect tables. */
export const testEntities = [...messagingEntities, WidgetEntity, EffectEntity];
export const testMigrations = [CreateMessagingTables1763700000000, CreateTestTables1763800000000];
