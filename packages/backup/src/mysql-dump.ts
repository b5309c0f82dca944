import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';
import type { Connection as CoreConnection } from 'mysql2';
import { createConnection, type Connection, type RowDataPacket } from 'mysql2/promise';
import type { ServiceName } from '@oms/contracts';
import { BackupError, messageOf } from './errors';
import { redact, serverOf, type MysqlTarget } from './settings';

/**
 * One line of a database's dump (`databases/<service>.jsonl`, one JSON object per line): the database, then
 * each table's definition followed by its rows in batches. Values are the server's own text for every
 * column (exact for DECIMAL, BIGINT, DATETIME, JSON), hex for binary columns, null for NULL.
 */
export type DumpLine =
  | { kind: 'database'; name: string; charset: string; collation: string }
  | { kind: 'table'; name: string; create: string; columns: string[]; hex: boolean[] }
  | { kind: 'rows'; table: string; rows: (string | null)[][] };

/** What a dump found in one database: rows per table and the migrations that had run. */
export interface DumpSummary {
  service: ServiceName;
  database: string;
  tables: Record<string, number>;
  migrations: { count: number; latest: string | null };
}

/** Column types whose values are bytes rather than text: dumped as hex. */
const BINARY_TYPES = new Set([
  'binary',
  'varbinary',
  'tinyblob',
  'blob',
  'mediumblob',
  'longblob',
  'bit',
  'geometry',
  'point',
  'linestring',
  'polygon',
  'multipoint',
  'multilinestring',
  'multipolygon',
  'geometrycollection',
]);

const ROWS_PER_LINE = 500;
/** A line is also cut at about this many bytes of values, so each INSERT stays far below max_allowed_packet. */
const BYTES_PER_LINE = 1024 * 1024;
/** Tables whose rows describe the schema rather than data (a database holding only these is empty). */
export const SCHEMA_TABLES = new Set(['migrations', 'typeorm_metadata']);

/** Quotes a MySQL identifier. */
export function ident(name: string): string {
  return `\`${name.replace(/`/g, '``')}\``;
}

/**
 * Opens a connection to a MySQL/MariaDB server that reads every value as the server's text (so nothing is
 * rounded or shifted by a time zone) and talks UTC. An unreachable server is a BackupError naming it.
 */
export async function connectServer(url: string): Promise<Connection> {
  const server = serverOf(url);
  let conn: Connection;
  try {
    conn = await createConnection({
      uri: server,
      charset: 'utf8mb4_unicode_ci',
      multipleStatements: false,
      connectTimeout: 10000,
      typeCast: (field) => field.string('utf8'),
    });
  } catch (err) {
    throw new BackupError(`cannot connect to MySQL at ${redact(server)}: ${messageOf(err)}`, { cause: err });
  }
  await conn.query("SET SESSION time_zone = '+00:00'");
  return conn;
}

/**
 * Dumps the databases of one server from a single consistent snapshot (`START TRANSACTION WITH CONSISTENT
 * SNAPSHOT, READ ONLY`): every table of every database is read as of the same moment, while the services
 * keep writing. `fileOf` names the dump file of each database.
 */
export async function dumpServer(
  targets: MysqlTarget[],
  fileOf: (target: MysqlTarget) => string,
): Promise<DumpSummary[]> {
  const conn = await connectServer(targets[0].url);
  try {
    await conn.query('SET SESSION TRANSACTION ISOLATION LEVEL REPEATABLE READ');
    await conn.query('START TRANSACTION WITH CONSISTENT SNAPSHOT, READ ONLY');
    const summaries: DumpSummary[] = [];
    for (const target of targets) summaries.push(await dumpDatabase(conn, target, fileOf(target)));
    await conn.query('COMMIT');
    return summaries;
  } finally {
    await conn.end();
  }
}

async function dumpDatabase(conn: Connection, target: MysqlTarget, file: string): Promise<DumpSummary> {
  const [schemata] = await conn.query<RowDataPacket[]>(
    'SELECT DEFAULT_CHARACTER_SET_NAME AS charset, DEFAULT_COLLATION_NAME AS collation FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = ?',
    [target.database],
  );
  if (schemata.length === 0)
    throw new BackupError(
      `database ${target.database} of the ${target.service} service does not exist on ${redact(serverOf(target.url))}`,
    );
  const [tables] = await conn.query<RowDataPacket[]>(
    'SELECT TABLE_NAME AS name, TABLE_TYPE AS type FROM information_schema.TABLES WHERE TABLE_SCHEMA = ? ORDER BY TABLE_NAME',
    [target.database],
  );
  const views = tables.filter((t) => t.type !== 'BASE TABLE').map((t) => t.name as string);
  if (views.length > 0)
    throw new BackupError(
      `database ${target.database} holds ${views.join(', ')}, which are not tables; this tool backs up tables only`,
    );
  const out = createWriteStream(file);
  const summary: DumpSummary = {
    service: target.service,
    database: target.database,
    tables: {},
    migrations: { count: 0, latest: null },
  };
  try {
    await writeLine(out, {
      kind: 'database',
      name: target.database,
      charset: schemata[0].charset as string,
      collation: schemata[0].collation as string,
    });
    for (const { name } of tables as { name: string }[]) {
      summary.tables[name] = await dumpTable(conn, target.database, name, out);
    }
    if ('migrations' in summary.tables) summary.migrations = await migrationsOf(conn, target.database);
    out.end();
    await once(out, 'finish');
  } catch (err) {
    out.destroy();
    throw err;
  }
  return summary;
}

async function dumpTable(
  conn: Connection,
  database: string,
  table: string,
  out: WriteStream,
): Promise<number> {
  const qualified = `${ident(database)}.${ident(table)}`;
  const [created] = await conn.query<RowDataPacket[]>(`SHOW CREATE TABLE ${qualified}`);
  const [columnRows] = await conn.query<RowDataPacket[]>(
    'SELECT COLUMN_NAME AS name, DATA_TYPE AS type, EXTRA AS extra FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ? ORDER BY ORDINAL_POSITION',
    [database, table],
  );
  // Generated columns are computed by the server again on restore; they cannot be inserted.
  const columns = columnRows.filter((c) => !/GENERATED/i.test(String(c.extra)));
  const hex = columns.map((c) => BINARY_TYPES.has(String(c.type).toLowerCase()));
  await writeLine(out, {
    kind: 'table',
    name: table,
    create: String(created[0]['Create Table']),
    columns: columns.map((c) => String(c.name)),
    hex,
  });
  if (columns.length === 0) return 0;
  const select = columns
    .map((c, i) => (hex[i] ? `HEX(${ident(String(c.name))})` : ident(String(c.name))))
    .join(', ');
  let count = 0;
  let batch: (string | null)[][] = [];
  let bytes = 0;
  // Rows are streamed from the callback connection under the promise wrapper (its typings omit it), so a
  // large table is never held in memory.
  const core = (conn as unknown as { connection: CoreConnection }).connection;
  const rows = core
    .query({ sql: `SELECT ${select} FROM ${qualified}`, rowsAsArray: true })
    .stream() as AsyncIterable<(string | null)[]>;
  for await (const row of rows) {
    batch.push(row);
    count += 1;
    for (const value of row) bytes += value?.length ?? 0;
    if (batch.length >= ROWS_PER_LINE || bytes >= BYTES_PER_LINE) {
      await writeLine(out, { kind: 'rows', table, rows: batch });
      batch = [];
      bytes = 0;
    }
  }
  if (batch.length > 0) await writeLine(out, { kind: 'rows', table, rows: batch });
  return count;
}

/** How many TypeORM migrations have run in a database and the name of the last one. */
async function migrationsOf(conn: Connection, database: string): Promise<DumpSummary['migrations']> {
  const [rows] = await conn.query<RowDataPacket[]>(
    `SELECT COUNT(*) AS count, (SELECT name FROM ${ident(database)}.migrations ORDER BY id DESC LIMIT 1) AS latest FROM ${ident(database)}.migrations`,
  );
  return { count: Number(rows[0].count), latest: (rows[0].latest as string | null) ?? null };
}

async function writeLine(out: WriteStream, line: DumpLine): Promise<void> {
  if (!out.write(`${JSON.stringify(line)}\n`)) await once(out, 'drain');
}
