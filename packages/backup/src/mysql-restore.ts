import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Connection, RowDataPacket } from 'mysql2/promise';
import { BackupError, messageOf } from './errors';
import { sameCounts, type DatabaseEntry } from './manifest';
import { SCHEMA_TABLES, connectServer, ident, type DumpLine } from './mysql-dump';
import { redact, serverOf, type MysqlTarget } from './settings';

/** One database to restore: where it goes and the verified dump it comes from. */
export interface MysqlRestoreItem {
  target: MysqlTarget;
  entry: DatabaseEntry;
  /** The verified dump file. */
  file: string;
}

/** The tables of a database that hold rows (schema tables such as `migrations` aside); empty when none. */
export async function tablesWithRows(conn: Connection, database: string): Promise<string[]> {
  const found: string[] = [];
  for (const table of await tablesOf(conn, database)) {
    if (SCHEMA_TABLES.has(table)) continue;
    const [rows] = await conn.query<RowDataPacket[]>(
      `SELECT 1 FROM ${ident(database)}.${ident(table)} LIMIT 1`,
    );
    if (rows.length > 0) found.push(table);
  }
  return found;
}

async function tablesOf(conn: Connection, database: string): Promise<string[]> {
  const [rows] = await conn.query<RowDataPacket[]>(
    "SELECT TABLE_NAME AS name FROM information_schema.TABLES WHERE TABLE_SCHEMA = ? AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME",
    [database],
  );
  return rows.map((r) => String(r.name));
}

/** A database name derived from `database` that fits MySQL's 64 characters. */
function sideName(database: string, tag: string): string {
  return `${database.slice(0, 64 - tag.length)}${tag}`;
}

interface ServerPlan {
  conn: Connection;
  items: (MysqlRestoreItem & { staging: string; old: string; createdTarget?: boolean })[];
  swapped: boolean;
  /** Set when moving the previous tables back failed: their set-aside databases must then be kept. */
  stranded?: boolean;
}

/**
 * Restores MySQL databases all or nothing. First every server is reached and every target checked (one
 * that holds data is refused unless `force`); then each dump is loaded into a staging database beside its
 * target and its row counts checked against the manifest; only when all are loaded does one `RENAME TABLE`
 * per server move the current tables aside and the staged ones in, atomically. A failure before the swap
 * drops the staging databases and leaves the targets as they were. Where the databases are spread over
 * several servers, a failed swap on one server moves the earlier servers' tables back.
 */
export async function restoreMysql(items: MysqlRestoreItem[], options: { force: boolean }): Promise<void> {
  const tag = `__r${Date.now().toString(36)}`;
  const plans = new Map<string, ServerPlan>();
  try {
    for (const item of items) {
      const key = serverOf(item.target.url);
      let plan = plans.get(key);
      if (!plan) {
        plan = { conn: await connectServer(item.target.url), items: [], swapped: false };
        plans.set(key, plan);
      }
      plan.items.push({
        ...item,
        staging: sideName(item.target.database, `${tag}s`),
        old: sideName(item.target.database, `${tag}o`),
      });
    }
    const occupied: string[] = [];
    for (const plan of plans.values()) {
      for (const { target } of plan.items) {
        const tables = await tablesWithRows(plan.conn, target.database);
        if (tables.length > 0)
          occupied.push(
            `${target.database} (${tables.slice(0, 5).join(', ')}${tables.length > 5 ? ', ...' : ''})`,
          );
      }
    }
    if (occupied.length > 0 && !options.force)
      throw new BackupError(
        `refusing to overwrite databases that hold data: ${occupied.join('; ')}. Restore with --force to replace them (their current data is discarded).`,
      );
    for (const plan of plans.values())
      for (const item of plan.items) await loadStaging(plan.conn, item, item.staging);
    for (const [server, plan] of plans) {
      try {
        await swap(plan);
      } catch (err) {
        throw new BackupError(
          `moving the restored tables in on ${redact(server)} failed: ${messageOf(err)}; nothing was changed`,
          { cause: err },
        );
      }
      plan.swapped = true;
    }
  } catch (err) {
    let failure = err;
    for (const plan of [...plans.values()].filter((p) => p.swapped).reverse()) {
      try {
        await swapBack(plan);
      } catch (undo) {
        plan.stranded = true;
        const kept = plan.items.map((i) => `${i.old} -> ${i.target.database}`).join(', ');
        failure = new BackupError(
          `${messageOf(err)}; moving the previous tables back also failed (${messageOf(undo)}): they are kept in ${kept}; rename them back by hand`,
          { cause: err },
        );
      }
    }
    // A target database the swap made is empty again once its tables are back in staging.
    for (const plan of plans.values())
      for (const item of plan.items.filter((i) => i.createdTarget && !plan.stranded))
        await plan.conn
          .query(`DROP DATABASE IF EXISTS ${ident(item.target.database)}`)
          .catch(() => undefined);
    throw failure;
  } finally {
    for (const plan of plans.values()) {
      for (const item of plan.items) {
        await plan.conn.query(`DROP DATABASE IF EXISTS ${ident(item.staging)}`).catch(() => undefined);
        // After a swap it holds the replaced tables (discarded, as --force said); after a failure, nothing.
        if (!plan.stranded)
          await plan.conn.query(`DROP DATABASE IF EXISTS ${ident(item.old)}`).catch(() => undefined);
      }
      await plan.conn.end().catch(() => undefined);
    }
  }
}

/** Loads one dump into a fresh staging database and checks its tables and row counts against the manifest. */
async function loadStaging(conn: Connection, item: MysqlRestoreItem, staging: string): Promise<void> {
  const counts: Record<string, number> = {};
  const columnsOf = new Map<string, { columns: string[]; hex: boolean[] }>();
  await conn.query(
    "SET SESSION sql_mode = 'NO_AUTO_VALUE_ON_ZERO', foreign_key_checks = 0, unique_checks = 0",
  );
  // Created right before it is iterated: readline reads ahead, and lines it emits before the loop are lost.
  const lines = createInterface({ input: createReadStream(item.file, 'utf8'), crlfDelay: Infinity });
  let first = true;
  try {
    for await (const text of lines) {
      if (text === '') continue;
      const line = JSON.parse(text) as DumpLine;
      if (first) {
        if (line.kind !== 'database')
          throw new BackupError(`${item.entry.file} does not start with its database`);
        await conn.query(
          `CREATE DATABASE ${ident(staging)} CHARACTER SET ${charsetName(line.charset)} COLLATE ${charsetName(line.collation)}`,
        );
        await conn.query(`USE ${ident(staging)}`);
        first = false;
      } else if (line.kind === 'table') {
        if (!/^CREATE TABLE /.test(line.create))
          throw new BackupError(
            `${item.entry.file} defines ${line.name} with something other than CREATE TABLE`,
          );
        await conn.query(line.create);
        columnsOf.set(line.name, { columns: line.columns, hex: line.hex });
        counts[line.name] = 0;
      } else if (line.kind === 'rows') {
        const table = columnsOf.get(line.table);
        if (!table)
          throw new BackupError(`${item.entry.file} has rows of ${line.table} before its definition`);
        const rows = line.rows.map((row) =>
          row.map((value, i) => (table.hex[i] && value !== null ? Buffer.from(value, 'hex') : value)),
        );
        await conn.query(
          `INSERT INTO ${ident(line.table)} (${table.columns.map(ident).join(', ')}) VALUES ?`,
          [rows],
        );
        counts[line.table] += rows.length;
      }
    }
    if (first) throw new BackupError(`${item.entry.file} is empty`);
  } catch (err) {
    if (err instanceof BackupError) throw err;
    throw new BackupError(
      `loading ${item.entry.file} into ${redact(serverOf(item.target.url))} failed: ${messageOf(err)}; nothing was changed`,
      { cause: err },
    );
  } finally {
    lines.close();
    await conn.query('SET SESSION foreign_key_checks = 1, unique_checks = 1').catch(() => undefined);
  }
  if (!sameCounts(counts, item.entry.tables))
    throw new BackupError(
      `the dump of ${item.target.service} loaded ${JSON.stringify(counts)} but its manifest lists ${JSON.stringify(item.entry.tables)}; nothing was changed`,
    );
}

/** A character set or collation name, checked so it can be written into a statement as it is. */
function charsetName(name: string): string {
  if (!/^[A-Za-z0-9_]+$/.test(name)) throw new BackupError(`unexpected character set or collation "${name}"`);
  return name;
}

/** One atomic RENAME TABLE: every target's current tables to its `old` database, every staged table in. */
async function swap(plan: ServerPlan): Promise<void> {
  const moves: string[] = [];
  for (const item of plan.items) {
    const { database } = item.target;
    const [charset] = await plan.conn.query<RowDataPacket[]>(
      'SELECT DEFAULT_CHARACTER_SET_NAME AS charset, DEFAULT_COLLATION_NAME AS collation FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = ?',
      [item.staging],
    );
    const { charset: cs, collation } = charset[0] as { charset: string; collation: string };
    const [existing] = await plan.conn.query<RowDataPacket[]>(
      'SELECT 1 FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = ?',
      [database],
    );
    item.createdTarget = existing.length === 0;
    await plan.conn.query(
      `CREATE DATABASE IF NOT EXISTS ${ident(database)} CHARACTER SET ${charsetName(cs)} COLLATE ${charsetName(collation)}`,
    );
    await plan.conn.query(`CREATE DATABASE ${ident(item.old)}`);
    for (const table of await tablesOf(plan.conn, database))
      moves.push(`${ident(database)}.${ident(table)} TO ${ident(item.old)}.${ident(table)}`);
    for (const table of await tablesOf(plan.conn, item.staging))
      moves.push(`${ident(item.staging)}.${ident(table)} TO ${ident(database)}.${ident(table)}`);
  }
  if (moves.length > 0) await plan.conn.query(`RENAME TABLE ${moves.join(', ')}`);
}

/** Undoes `swap`: the restored tables back to staging, the previous ones back in. */
async function swapBack(plan: ServerPlan): Promise<void> {
  const moves: string[] = [];
  for (const item of plan.items) {
    const { database } = item.target;
    for (const table of await tablesOf(plan.conn, database))
      moves.push(`${ident(database)}.${ident(table)} TO ${ident(item.staging)}.${ident(table)}`);
    for (const table of await tablesOf(plan.conn, item.old))
      moves.push(`${ident(item.old)}.${ident(table)} TO ${ident(database)}.${ident(table)}`);
  }
  if (moves.length > 0) await plan.conn.query(`RENAME TABLE ${moves.join(', ')}`);
}
