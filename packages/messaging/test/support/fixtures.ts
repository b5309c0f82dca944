import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLogger, type Logger } from '@oms/config';
import { SYSTEM_ACTOR, stateCreated, type PayloadOf } from '@oms/contracts';
import { Database } from '@oms/persistence';
import { testKafkaBrokers } from '@oms/testkit';
import { KafkaTransport, type EventContext, type EventHandler, type Transaction } from '../../src';
import { EffectEntity, WidgetEntity, testEntities, testMigrations } from './test-tables';

/** Logs nothing unless TEST_LOG_LEVEL asks for it. */
export const testLogger: Logger = createLogger('messaging-test', process.env.TEST_LOG_LEVEL ?? 'silent');

/** The context of a use case started by the system (no user). */
export function aContext(): EventContext {
  return { correlationId: randomUUID(), causationId: null, actor: SYSTEM_ACTOR };
}

/** A valid `state.created` payload; `name` carries a label the tests use to follow the event. */
export function aStateCreated(stateId: string, name: string): PayloadOf<typeof stateCreated> {
  return { stateId, code: 'KA', name, createdAt: new Date().toISOString() };
}

/** The use case the specs commit: one widget row plus its `state.created` event, in one transaction. */
export async function createWidget(tx: Transaction, aggregateId: string, label: string) {
  await tx.em.getRepository(WidgetEntity).insert({ id: randomUUID(), name: label, createdAt: new Date() });
  return tx.events.publish(stateCreated, aggregateId, aStateCreated(aggregateId, label));
}

/** A consumer handler whose effect is one row in `test_effect` (label = the payload's name). */
export function recordEffect(consumer: string): EventHandler {
  return async (event, tx) => {
    await tx.em.getRepository(EffectEntity).insert({
      consumer,
      eventId: event.id,
      aggregateId: event.aggregateId,
      label: String(event.payload.name),
      appliedAt: new Date(),
    });
  };
}

/** Opens the test service's database on MySQL (a test database URL) and runs its migrations. */
export function openMysql(url: string, service = 'msgtest'): Promise<Database> {
  return Database.open({
    service,
    url,
    dataDir: tmpdir(),
    entities: testEntities,
    migrations: testMigrations,
    poolSize: 5,
  });
}

/** A fresh temporary folder for a SQLite database file. */
export function tempDataDir(label: string): string {
  return mkdtempSync(join(tmpdir(), `oms-${label}-`));
}

/** Opens (or reopens) the test service's SQLite database in `dataDir`. */
export function openSqlite(dataDir: string, service = 'msgtest'): Promise<Database> {
  return Database.open({ service, dataDir, entities: testEntities, migrations: testMigrations });
}

/** A Kafka transport on the test broker, as a service process would build it. */
export function kafkaTransport(clientId: string, partitions = 3): KafkaTransport {
  return new KafkaTransport({
    brokers: testKafkaBrokers(),
    clientId: `oms-test-${clientId}`,
    logger: testLogger,
    partitions,
  });
}
