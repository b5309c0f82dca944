import type { ServiceEnv } from '@oms/config';
import { Database, withMysqlNamedLock } from '@oms/persistence';
import type { RequestContext } from './request-context';
import { serviceDatabaseOptions, type ServiceModule } from './service-runtime';

/** What a migration run did to one service's database. */
export interface MigrationReport {
  service: string;
  /** The migrations this run applied, in order (empty when the schema was already up to date). */
  applied: string[];
  /** How many migrations the database has recorded, and the newest. */
  recorded: number;
  latest: string | null;
}

/** How long a run waits for another replica's migrations before giving up (an init container then restarts). */
export const MIGRATION_LOCK_TIMEOUT_SECONDS = 300;

/**
 * Brings a service's database schema up to date and closes it: the migrations the service itself runs when
 * it opens its database, run on their own (a Kubernetes init container, or before a release). On MySQL, runs
 * that start together take turns through a named lock per database, so each migration runs exactly once.
 */
export async function migrateServiceDatabase<C extends RequestContext>(
  module: Pick<ServiceModule<C>, 'name' | 'entities' | 'migrations'>,
  env: ServiceEnv,
  lockTimeoutSeconds = MIGRATION_LOCK_TIMEOUT_SECONDS,
): Promise<MigrationReport> {
  const options = { ...serviceDatabaseOptions(module, env), runMigrations: false };
  const run = async (): Promise<MigrationReport> => {
    const db = await Database.open(options);
    try {
      const applied = await db.dataSource.runMigrations({ transaction: 'each' });
      const table = db.dataSource.options.migrationsTableName ?? 'migrations';
      const rows = await db.manager.query<{ name: string }[]>(`SELECT name FROM ${table} ORDER BY id`);
      return {
        service: module.name,
        applied: applied.map((m) => m.name),
        recorded: rows.length,
        latest: rows.at(-1)?.name ?? null,
      };
    } finally {
      await db.close();
    }
  };
  if (!env.DATABASE_URL) return run();
  const database = decodeURIComponent(new URL(env.DATABASE_URL).pathname.slice(1));
  return withMysqlNamedLock(
    env.DATABASE_URL,
    `oms_migrate_${database}`.slice(0, 64),
    lockTimeoutSeconds,
    run,
  );
}
