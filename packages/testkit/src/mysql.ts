import { createConnection, type RowDataPacket } from 'mysql2/promise';
import { uniqueSuffix } from './unique';

/**
 * The MySQL/MariaDB server tests create their databases on. `TEST_MYSQL_URL` overrides the machine's
 * default (root without password on 127.0.0.1:3306).
 */
export function testMysqlServerUrl(): string {
  return process.env.TEST_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306/';
}

/** A database created for one test run; `drop` removes it. */
export interface TestDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

/** Creates an empty database with a unique name (`t_<label>_<suffix>`). */
export async function createTestDatabase(label: string, suffix = uniqueSuffix()): Promise<TestDatabase> {
  const name = `t_${label}_${suffix}`.replace(/[^A-Za-z0-9_]/g, '_').slice(0, 64);
  const server = testMysqlServerUrl();
  await withServer(server, (conn) =>
    conn.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`),
  );
  const url = new URL(server);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    drop: () =>
      withServer(server, (conn) => conn.query(`DROP DATABASE IF EXISTS \`${name}\``)).then(() => undefined),
  };
}

async function withServer<T>(
  url: string,
  work: (conn: Awaited<ReturnType<typeof createConnection>>) => Promise<T>,
) {
  const conn = await createConnection(url);
  try {
    return await work(conn);
  } finally {
    await conn.end();
  }
}

/**
 * Every table of a MySQL database as a comparable value: its definition (SHOW CREATE TABLE, keys and the
 * AUTO_INCREMENT counter included) and all its rows, sorted, each value as the server's text (binary as
 * hex). Two snapshots are equal only when the databases are equal table for table and row for row.
 * `databaseUrl` names the database (`mysql://.../<database>`).
 */
export async function snapshotMysqlDatabase(
  databaseUrl: string,
): Promise<Record<string, { create: string; rows: unknown[] }>> {
  const database = decodeURIComponent(new URL(databaseUrl).pathname.slice(1));
  const server = new URL(databaseUrl);
  server.pathname = '/';
  return withServer(server.toString(), async (conn) => {
    const [tables] = await conn.query<RowDataPacket[]>(
      "SELECT TABLE_NAME AS name FROM information_schema.TABLES WHERE TABLE_SCHEMA = ? AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME",
      [database],
    );
    const snapshot: Record<string, { create: string; rows: unknown[] }> = {};
    for (const { name } of tables as { name: string }[]) {
      const qualified = `\`${database}\`.\`${name}\``;
      const [created] = await conn.query<RowDataPacket[]>(`SHOW CREATE TABLE ${qualified}`);
      const [columns] = await conn.query<RowDataPacket[]>(
        'SELECT COLUMN_NAME AS name, DATA_TYPE AS type FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ? ORDER BY ORDINAL_POSITION',
        [database, name],
      );
      const select = columns
        .map((c) =>
          /blob|binary|bit/.test(String(c.type))
            ? `HEX(\`${String(c.name)}\`)`
            : `CAST(\`${String(c.name)}\` AS CHAR)`,
        )
        .join(', ');
      const [rows] = await conn.query({
        sql: `SELECT ${select} FROM ${qualified} ORDER BY ${columns.map((_, i) => i + 1).join(', ')}`,
        rowsAsArray: true,
      });
      snapshot[name] = { create: String(created[0]['Create Table']), rows: rows as unknown[] };
    }
    return snapshot;
  });
}
