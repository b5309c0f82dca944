import { QueryFailedError } from 'typeorm';

/**
 * True when a transaction failed only because a concurrent one won a race: a unique key it was about to
 * take (MySQL ER_DUP_ENTRY, SQLite UNIQUE constraint) or a deadlock MySQL broke by rolling it back. Such a
 * transaction has been rolled back whole and can simply run again.
 */
export function isWriteConflict(err: unknown): boolean {
  if (!(err instanceof QueryFailedError)) return false;
  const driver = err.driverError as { code?: unknown; message?: unknown } | undefined;
  const code = typeof driver?.code === 'string' ? driver.code : '';
  const message = typeof driver?.message === 'string' ? driver.message : err.message;
  return (
    code === 'ER_DUP_ENTRY' ||
    code === 'ER_LOCK_DEADLOCK' ||
    /UNIQUE constraint failed|PRIMARY KEY constraint failed/.test(message)
  );
}

/**
 * Runs `work` (one whole transaction) again when it lost a race to a concurrent writer, up to `attempts`
 * times in all, with a short random pause so the racers do not collide again. Anything else is rethrown.
 */
export async function retryOnWriteConflict<T>(work: () => Promise<T>, attempts = 5): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await work();
    } catch (err) {
      if (attempt >= attempts || !isWriteConflict(err)) throw err;
      await new Promise((resolve) => setTimeout(resolve, 5 + Math.random() * 20 * attempt));
    }
  }
}
