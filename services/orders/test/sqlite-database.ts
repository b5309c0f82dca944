import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateMessagingTables1763700000000, UnitOfWork, messagingEntities } from '@oms/messaging';
import { Database } from '@oms/persistence';
import { ordersMigrations } from '../src/persistence/migrations';
import { ordersService } from '../src/service';

/** A migrated orders database in a throw-away SQLite file (the embedded mode's engine). */
export interface SqliteTestDatabase {
  db: Database;
  uow: UnitOfWork;
  close(): Promise<void>;
}

/** Opens a fresh SQLite orders database with the outbox, for fast specs without servers. */
export async function openSqliteTestDatabase(): Promise<SqliteTestDatabase> {
  const dataDir = mkdtempSync(join(tmpdir(), 'orders-spec-'));
  const db = await Database.open({
    service: 'orders',
    dataDir,
    entities: [...ordersService.entities, ...messagingEntities],
    migrations: [CreateMessagingTables1763700000000, ...ordersMigrations],
  });
  return {
    db,
    uow: new UnitOfWork(db, ''),
    close: async () => {
      await db.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
