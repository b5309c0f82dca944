import { createConnection } from 'mysql2/promise';

/**
 * Runs `work` while holding a MySQL named lock (`GET_LOCK`) on the server of `url`, so processes that do
 * the same work at the same time (e.g. the migrations of several replicas starting together) take turns.
 * The lock lives on a connection of its own and is released when `work` ends, or when the connection drops.
 * Throws when the lock is not granted within `timeoutSeconds`.
 */
export async function withMysqlNamedLock<T>(
  url: string,
  name: string,
  timeoutSeconds: number,
  work: () => Promise<T>,
): Promise<T> {
  if (name.length === 0 || name.length > 64)
    throw new Error(`lock name "${name}" must be 1 to 64 characters`);
  const server = new URL(url);
  // The lock is server-wide; the database may not exist yet.
  server.pathname = '/';
  const conn = await createConnection(server.toString());
  try {
    const [rows] = await conn.query('SELECT GET_LOCK(?, ?) AS got', [name, timeoutSeconds]);
    const got = (rows as { got: number | string | null }[])[0]?.got;
    if (Number(got) !== 1)
      throw new Error(`another process held the lock "${name}" for more than ${timeoutSeconds} s`);
    try {
      return await work();
    } finally {
      await conn.query('SELECT RELEASE_LOCK(?)', [name]).catch(() => undefined);
    }
  } finally {
    await conn.end().catch(() => undefined);
  }
}
