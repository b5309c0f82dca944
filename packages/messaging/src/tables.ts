import { EntitySchema, Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { columns } from '@oms/persistence';

/** An event waiting in a service's outbox until the relay has published it. */
export interface OutboxRow {
  seq: string;
  id: string;
  topic: string;
  messageKey: string;
  eventType: string;
  envelope: string;
  createdAt: Date;
  publishedAt: Date | null;
}

/** An event a consumer has already applied; its presence makes redelivery a no-op. */
export interface InboxRow {
  consumer: string;
  eventId: string;
  eventType: string;
  processedAt: Date;
}

/** An event a consumer gave up on, with the error, kept for inspection and replay. */
export interface DeadLetterRow {
  id: string;
  consumer: string;
  topic: string;
  messageKey: string;
  eventId: string | null;
  eventType: string | null;
  value: string;
  error: string;
  attempts: number;
  createdAt: Date;
}

export const OutboxEntity = new EntitySchema<OutboxRow>({
  name: 'OutboxMessage',
  tableName: 'outbox_message',
  columns: {
    seq: { type: 'bigint', primary: true, generated: 'increment' },
    id: { type: 'varchar', length: 36, unique: true },
    topic: { type: 'varchar', length: 200 },
    messageKey: { name: 'message_key', type: 'varchar', length: 200 },
    eventType: { name: 'event_type', type: 'varchar', length: 120 },
    envelope: { type: 'text' },
    createdAt: { name: 'created_at', type: 'datetime', precision: 3 },
    publishedAt: { name: 'published_at', type: 'datetime', precision: 3, nullable: true },
  },
});

export const InboxEntity = new EntitySchema<InboxRow>({
  name: 'InboxMessage',
  tableName: 'inbox_message',
  columns: {
    consumer: { type: 'varchar', length: 120, primary: true },
    eventId: { name: 'event_id', type: 'varchar', length: 36, primary: true },
    eventType: { name: 'event_type', type: 'varchar', length: 120 },
    processedAt: { name: 'processed_at', type: 'datetime', precision: 3 },
  },
});

export const DeadLetterEntity = new EntitySchema<DeadLetterRow>({
  name: 'DeadLetter',
  tableName: 'dead_letter',
  columns: {
    id: { type: 'varchar', length: 36, primary: true },
    consumer: { type: 'varchar', length: 120 },
    topic: { type: 'varchar', length: 200 },
    messageKey: { name: 'message_key', type: 'varchar', length: 200 },
    eventId: { name: 'event_id', type: 'varchar', length: 36, nullable: true },
    eventType: { name: 'event_type', type: 'varchar', length: 120, nullable: true },
    value: { type: 'text' },
    error: { type: 'text' },
    attempts: { type: 'int' },
    createdAt: { name: 'created_at', type: 'datetime', precision: 3 },
  },
});

/** The entities every service registers for its outbox, inbox and dead letters. */
export const messagingEntities = [OutboxEntity, InboxEntity, DeadLetterEntity];

/** Creates the outbox, inbox and dead-letter tables (MySQL and SQLite alike). */
export class CreateMessagingTables1763700000000 implements MigrationInterface {
  name = 'CreateMessagingTables1763700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columns(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'outbox_message',
        columns: [
          c.sequence('seq'),
          { ...c.string('id', 36), isUnique: true },
          c.string('topic', 200),
          c.string('message_key', 200),
          c.string('event_type', 120),
          c.text('envelope'),
          c.instant('created_at'),
          c.instant('published_at', true),
        ],
        indices: [new TableIndex({ name: 'ix_outbox_unpublished', columnNames: ['published_at', 'seq'] })],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'inbox_message',
        columns: [
          { ...c.string('consumer', 120), isPrimary: true },
          { ...c.string('event_id', 36), isPrimary: true },
          c.string('event_type', 120),
          c.instant('processed_at'),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'dead_letter',
        columns: [
          c.uuid('id'),
          c.string('consumer', 120),
          c.string('topic', 200),
          c.string('message_key', 200),
          c.string('event_id', 36, true),
          c.string('event_type', 120, true),
          c.text('value'),
          c.text('error'),
          c.int('attempts'),
          c.instant('created_at'),
        ],
        indices: [new TableIndex({ name: 'ix_dead_letter_event', columnNames: ['event_id'] })],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('dead_letter');
    await queryRunner.dropTable('inbox_message');
    await queryRunner.dropTable('outbox_message');
  }
}
