import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import {
  DataSource,
  type EntityManager,
  type EntitySchema,
  type MixedList,
  type ValueTransformer,
} from 'typeorm';
import { createConnection } from 'mysql2/promise';

/** Which SQL engine a service's database runs on. */
export type Dialect = 'mysql' | 'sqlite';

/** How to open one service's database. */
export interface DatabaseOptions {
  /** The owning service; names the SQLite file in embedded mode. */
  service: string;
  /** `mysql://...` for MySQL/MariaDB; when absent, a SQLite file under `dataDir` is used. */
  url?: string;
  dataDir: string;
  entities: EntitySchema[];
  migrations: MixedList<new () => unknown>;
  /** Create the MySQL database when it does not exist yet (dev and tests). */
  createDatabase?: boolean;
  /** Run pending migrations on open (default true). */
  runMigrations?: boolean;
  poolSize?: number;
}

/**
 * One service's database: a TypeORM DataSource on MySQL (via mysql2) or on a SQLite file (via sql.js, which
 * needs no native build). All writes go through `transaction`, which on SQLite is serialised because sql.js
 * has a single connection.
 */
export class Database {
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(
    readonly dataSource: DataSource,
    readonly dialect: Dialect,
  ) {}

  /** Opens (and migrates) the database described by `options`. */
  static async open(options: DatabaseOptions): Promise<Database> {
    const dialect: Dialect = options.url ? 'mysql' : 'sqlite';
    const common = {
      entities: options.entities,
      migrations: options.migrations,
      migrationsRun: options.runMigrations ?? true,
      migrationsTransactionMode: 'each' as const,
      synchronize: false,
      logging: false,
    };
    let dataSource: DataSource;
    if (options.url) {
      if (options.createDatabase) await createMysqlDatabase(options.url);
      dataSource = new DataSource({
        ...common,
        type: 'mysql',
        connectorPackage: 'mysql2',
        url: options.url,
        timezone: 'Z',
        charset: 'utf8mb4_unicode_ci',
        supportBigNumbers: true,
        bigNumberStrings: true,
        dateStrings: false,
        poolSize: options.poolSize ?? 10,
      });
    } else {
      const location = resolve(options.dataDir, `${options.service}.sqlite`);
      mkdirSync(dirname(location), { recursive: true });
      dataSource = new DataSource({
        ...common,
        type: 'sqljs',
        location,
        autoSave: true,
        // Write a temporary file and rename it, so a crash mid-write never leaves a torn database file.
        autoSaveCallback: (data: Uint8Array) => {
          const tmp = join(dirname(location), `.${options.service}.sqlite.tmp`);
          writeFileSync(tmp, data);
          renameSync(tmp, location);
        },
      });
    }
    await dataSource.initialize();
    if (dialect === 'sqlite') {
      await dataSource.query('PRAGMA foreign_keys = ON');
      readBigintsAsStrings(dataSource);
    }
    return new Database(dataSource, dialect);
  }

  /** Runs `work` in one database transaction: everything it writes commits together or not at all. */
  transaction<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    if (this.dialect === 'mysql') return this.dataSource.transaction('READ COMMITTED', work);
    const run = this.queue.then(() => this.dataSource.transaction(work));
    this.queue = run.catch(() => undefined);
    return run;
  }

  /**
   * Runs reads outside a transaction. On SQLite they wait behind any open transaction, because sql.js has
   * one connection and would otherwise show another transaction's uncommitted rows.
   */
  read<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    if (this.dialect === 'mysql') return work(this.dataSource.manager);
    const run = this.queue.then(() => work(this.dataSource.manager));
    this.queue = run.catch(() => undefined);
    return run;
  }

  /**
   * The raw manager. Application code reads through `read` and writes through `transaction`; this is for
   * tests and tooling that inspect tables directly.
   */
  get manager(): EntityManager {
    return this.dataSource.manager;
  }

  /** True when the database answers a trivial query. */
  async ping(): Promise<boolean> {
    if (!this.dataSource.isInitialized) return false;
    try {
      await this.dataSource.query('SELECT 1');
      return true;
    } catch {
      return false;
    }
  }

  /** Closes the pool (MySQL) or saves and closes the file (SQLite). */
  async close(): Promise<void> {
    await this.queue;
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}

/** Turns a bigint read from SQLite into the decimal string mysql2 (`bigNumberStrings`) returns. */
const bigintAsString: ValueTransformer = {
  to: (value: unknown) => value,
  from: (value: unknown) => (typeof value === 'number' || typeof value === 'bigint' ? String(value) : value),
};

/**
 * sql.js hands back `bigint` columns (e.g. an outbox `seq`) as JavaScript numbers, while MySQL hands back
 * strings, so an entity typed `seq: string` would differ between embedded and distributed mode. Reading
 * them as strings on SQLite too makes both engines return the same values.
 */
function readBigintsAsStrings(dataSource: DataSource): void {
  for (const column of dataSource.entityMetadatas.flatMap((m) => m.columns)) {
    if (column.type !== 'bigint') continue;
    const own = column.transformer;
    // `from` transformers run last-to-first, so this one sees the raw database value first.
    column.transformer = own ? [...(Array.isArray(own) ? own : [own]), bigintAsString] : bigintAsString;
  }
}

/** Creates the database named in a MySQL URL when it does not exist. */
export async function createMysqlDatabase(url: string): Promise<void> {
  const parsed = new URL(url);
  const name = decodeURIComponent(parsed.pathname.slice(1));
  if (!/^[A-Za-z0-9_]+$/.test(name))
    throw new Error(`database name "${name}" may only contain letters, digits and _`);
  parsed.pathname = '/';
  const conn = await createConnection(parsed.toString());
  try {
    await conn.query(
      `CREATE DATABASE IF NOT EXISTS \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`,
    );
  } finally {
    await conn.end();
  }
}
