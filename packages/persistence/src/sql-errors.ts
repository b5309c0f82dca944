import { QueryFailedError } from 'typeorm';

/** The fields mysql2 and sql.js put on the error a failed statement raises. */
interface DriverError {
  code?: unknown;
  errno?: unknown;
  message?: unknown;
}

/** What the driver said about a failed statement; null when `err` did not come from a statement. */
function driverErrorOf(err: unknown): DriverError | null {
  if (!(err instanceof QueryFailedError)) return null;
  return (err.driverError ?? {}) as DriverError;
}

/**
 * True when a write failed on a unique index or primary key: MySQL/MariaDB `ER_DUP_ENTRY` (errno 1062),
 * SQLite `UNIQUE constraint failed` / `PRIMARY KEY constraint failed`.
 */
export function isUniqueViolation(err: unknown): boolean {
  const driver = driverErrorOf(err);
  if (!driver) return false;
  if (driver.code === 'ER_DUP_ENTRY' || driver.errno === 1062) return true;
  const message = typeof driver.message === 'string' ? driver.message : (err as Error).message;
  return /UNIQUE constraint failed|PRIMARY KEY constraint failed/i.test(message);
}

/**
 * True when MySQL/MariaDB rolled the transaction back to break a deadlock (`ER_LOCK_DEADLOCK`, errno 1213):
 * the transaction did nothing and may simply be run again.
 */
export function isDeadlock(err: unknown): boolean {
  const driver = driverErrorOf(err);
  return !!driver && (driver.code === 'ER_LOCK_DEADLOCK' || driver.errno === 1213);
}

/**
 * True when a transaction failed only because a concurrent one won a race: a unique key it was about to
 * take, or a deadlock MySQL broke by rolling it back. Such a transaction has been rolled back whole and can
 * simply run again; the rerun sees the winner's committed rows.
 */
export function isWriteConflict(err: unknown): boolean {
  return isUniqueViolation(err) || isDeadlock(err);
}

/** How many times in all `retryOnWriteConflict` runs a transaction that keeps losing races. */
export const WRITE_CONFLICT_ATTEMPTS = 5;

/**
 * Runs `work` (one whole transaction) again when it lost a race to a concurrent writer, up to `attempts`
 * times in all, with a short random pause so the racers do not collide again. Anything else is rethrown,
 * and so is the conflict of the last attempt.
 */
export async function retryOnWriteConflict<T>(
  work: () => Promise<T>,
  attempts = WRITE_CONFLICT_ATTEMPTS,
): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await work();
    } catch (err) {
      if (attempt >= attempts || !isWriteConflict(err)) throw err;
      await new Promise((resolve) => setTimeout(resolve, 5 + Math.random() * 20 * attempt));
    }
  }
}

/** Error codes that mean the database could not be reached or did not answer in time, not that a statement was wrong. */
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'PROTOCOL_CONNECTION_LOST',
  'PROTOCOL_SEQUENCE_TIMEOUT',
  'ER_CON_COUNT_ERROR',
  'ER_LOCK_WAIT_TIMEOUT',
  'ER_SERVER_SHUTDOWN',
]);

/**
 * True when a statement or transaction failed because the database is unavailable or overloaded (connection
 * refused or lost, too many connections, lock wait timeout, server shutting down) or rolled it back for a
 * deadlock: the same work will succeed once the database is back, so it must be retried, never
 * dead-lettered.
 */
export function isDatabaseUnavailable(err: unknown): boolean {
  if (isDeadlock(err)) return true;
  const candidates = [err, driverErrorOf(err)];
  return candidates.some((e) => {
    const code = (e as { code?: unknown } | null)?.code;
    return typeof code === 'string' && UNAVAILABLE_CODES.has(code);
  });
}
