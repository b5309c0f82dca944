import { QueryFailedError } from 'typeorm';

interface DriverError {
  code?: string;
  errno?: number;
  message?: string;
}

function driverErrorOf(err: unknown): DriverError | null {
  if (!(err instanceof QueryFailedError)) return null;
  return (err.driverError ?? {}) as DriverError;
}

/** True when a write failed on a unique index (MySQL/MariaDB `ER_DUP_ENTRY`, SQLite `UNIQUE constraint`). */
export function isUniqueViolation(err: unknown): boolean {
  const driver = driverErrorOf(err);
  if (!driver) return false;
  return (
    driver.code === 'ER_DUP_ENTRY' ||
    driver.errno === 1062 ||
    /UNIQUE constraint failed/i.test(driver.message ?? (err as Error).message)
  );
}

/**
 * True when MySQL/MariaDB rolled the transaction back to break a deadlock: the transaction did nothing and
 * may simply be run again.
 */
export function isDeadlock(err: unknown): boolean {
  const driver = driverErrorOf(err);
  return !!driver && (driver.code === 'ER_LOCK_DEADLOCK' || driver.errno === 1213);
}
