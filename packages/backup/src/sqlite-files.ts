import { existsSync } from 'node:fs';
import { mkdir, open, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import initSqlJs, { type SqlJsDatabase, type SqlJsStatic } from 'sql.js';
import type { ServiceName } from '@oms/contracts';
import { BackupError, messageOf } from './errors';
import { sameCounts, type DatabaseEntry } from './manifest';
import { SCHEMA_TABLES } from './mysql-dump';

/** What a SQLite file holds: rows per table and the migrations that had run. */
export interface SqliteSummary {
  tables: Record<string, number>;
  migrations: { count: number; latest: string | null };
}

let sqlJs: Promise<SqlJsStatic> | undefined;

/** The embedded mode's database file of a service: `<DATA_DIR>/<service>.sqlite`. */
export function sqliteFileOf(dataDir: string, service: ServiceName): string {
  return resolve(dataDir, `${service}.sqlite`);
}

/**
 * Opens a SQLite image with sql.js and reads what it holds; refuses one SQLite does not find intact
 * (`PRAGMA integrity_check`), naming `label` in the message.
 */
export async function inspectSqlite(bytes: Uint8Array, label: string): Promise<SqliteSummary> {
  const SQL = await (sqlJs ??= initSqlJs());
  let db: SqlJsDatabase;
  try {
    db = new SQL.Database(bytes);
  } catch (err) {
    throw new BackupError(`${label} is not a SQLite database (${messageOf(err)})`);
  }
  try {
    const integrity = db.exec('PRAGMA integrity_check')[0]?.values[0]?.[0];
    if (integrity !== 'ok') throw new BackupError(`${label} is damaged: SQLite reports ${String(integrity)}`);
    const names = (
      db.exec(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
      )[0]?.values ?? []
    ).map((row) => String(row[0]));
    const tables: Record<string, number> = {};
    for (const name of names)
      tables[name] = Number(db.exec(`SELECT COUNT(*) FROM "${name.replace(/"/g, '""')}"`)[0].values[0][0]);
    const migrations = { count: 0, latest: null as string | null };
    if ('migrations' in tables) {
      migrations.count = tables.migrations;
      const latest = db.exec('SELECT name FROM migrations ORDER BY id DESC LIMIT 1')[0]?.values[0]?.[0];
      migrations.latest = latest === undefined || latest === null ? null : String(latest);
    }
    return { tables, migrations };
  } catch (err) {
    if (err instanceof BackupError) throw err;
    throw new BackupError(`${label} cannot be read: ${messageOf(err)}`);
  } finally {
    db.close();
  }
}

/** The tables of a SQLite summary that hold rows (schema tables aside). */
export function sqliteTablesWithRows(summary: SqliteSummary): string[] {
  return Object.entries(summary.tables)
    .filter(([name, count]) => count > 0 && !SCHEMA_TABLES.has(name))
    .map(([name]) => name);
}

/**
 * Copies the SQLite file of each service into `workDir` and inspects the copy. The embedded mode replaces
 * a database file by renaming a complete new one over it, so each read sees one whole committed state;
 * `hold` (given by the running embedded system) additionally keeps every database still while the files
 * are read, so the copies are of one moment across services.
 */
export async function copySqliteFiles(
  dataDir: string,
  services: readonly ServiceName[],
  fileOf: (service: ServiceName) => string,
  hold: <T>(work: () => Promise<T>) => Promise<T> = (work) => work(),
): Promise<(SqliteSummary & { service: ServiceName; database: string })[]> {
  const images = await hold(async () => {
    const read: { service: ServiceName; bytes: Buffer }[] = [];
    for (const service of services) {
      const source = sqliteFileOf(dataDir, service);
      if (!existsSync(source))
        throw new BackupError(
          `the ${service} database file ${source} does not exist; is DATA_DIR the embedded system's data folder?`,
        );
      read.push({ service, bytes: await readFile(source) });
    }
    return read;
  });
  const summaries = [];
  for (const { service, bytes } of images) {
    await writeFile(fileOf(service), bytes);
    summaries.push({
      service,
      database: `${service}.sqlite`,
      ...(await inspectSqlite(bytes, `${service}.sqlite`)),
    });
  }
  return summaries;
}

/** One SQLite file to restore. */
export interface SqliteRestoreItem {
  service: ServiceName;
  entry: DatabaseEntry;
  /** The verified file from the archive. */
  file: string;
}

/**
 * Restores the embedded SQLite files all or nothing: a target file holding data is refused unless `force`;
 * each restored file is first written beside its target under a temporary name, flushed, and checked
 * again (integrity and row counts as the manifest says); only then are the current files moved aside and
 * the new ones renamed in. A failure moves every file back.
 */
export async function restoreSqliteFiles(
  dataDir: string,
  items: SqliteRestoreItem[],
  options: { force: boolean },
): Promise<void> {
  const occupied: string[] = [];
  for (const { service } of items) {
    const target = sqliteFileOf(dataDir, service);
    if (!existsSync(target)) continue;
    const tables = sqliteTablesWithRows(await inspectSqlite(await readFile(target), target));
    if (tables.length > 0)
      occupied.push(
        `${service}.sqlite (${tables.slice(0, 5).join(', ')}${tables.length > 5 ? ', ...' : ''})`,
      );
  }
  if (occupied.length > 0 && !options.force)
    throw new BackupError(
      `refusing to overwrite databases that hold data: ${occupied.join('; ')}. Restore with --force to replace them (their current data is discarded).`,
    );
  await mkdir(resolve(dataDir), { recursive: true });
  const tag = Date.now().toString(36);
  const staged = items.map((item) => ({
    ...item,
    target: sqliteFileOf(dataDir, item.service),
    incoming: join(resolve(dataDir), `.${item.service}.sqlite.restore-${tag}`),
    replaced: join(resolve(dataDir), `.${item.service}.sqlite.replaced-${tag}`),
    moved: false,
    placed: false,
  }));
  let done = false;
  try {
    for (const item of staged) {
      const bytes = await readFile(item.file);
      const summary = await inspectSqlite(bytes, item.entry.file);
      if (!sameCounts(summary.tables, item.entry.tables))
        throw new BackupError(`${item.entry.file} holds other tables or row counts than its manifest lists`);
      await writeFile(item.incoming, bytes);
      const handle = await open(item.incoming, 'r+');
      await handle.sync().finally(() => handle.close());
    }
    for (const item of staged) {
      if (existsSync(item.target)) {
        await rename(item.target, item.replaced);
        item.moved = true;
      }
      await rename(item.incoming, item.target);
      item.placed = true;
    }
    done = true;
  } catch (err) {
    for (const item of [...staged].reverse()) {
      if (item.placed) await rm(item.target, { force: true }).catch(() => undefined);
      if (item.moved) await rename(item.replaced, item.target).catch(() => undefined);
    }
    throw err;
  } finally {
    for (const item of staged) {
      await rm(item.incoming, { force: true }).catch(() => undefined);
      // The previous file goes only once every new one is in place; after a failure it was moved back.
      if (done) await rm(item.replaced, { force: true }).catch(() => undefined);
    }
  }
}
