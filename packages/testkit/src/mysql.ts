import { createConnection } from 'mysql2/promise';
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
