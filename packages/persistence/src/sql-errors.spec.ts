import { QueryFailedError } from 'typeorm';
import {
  isDatabaseUnavailable,
  isDeadlock,
  isUniqueViolation,
  isWriteConflict,
  retryOnWriteConflict,
} from './sql-errors';

const mysqlError = (code: string, errno: number, message: string) =>
  new QueryFailedError('INSERT ...', [], Object.assign(new Error(message), { code, errno }));
const sqliteError = (message: string) => new QueryFailedError('INSERT ...', [], new Error(message));

const duplicate = mysqlError('ER_DUP_ENTRY', 1062, "Duplicate entry 'x' for key 'PRIMARY'");
const deadlock = mysqlError('ER_LOCK_DEADLOCK', 1213, 'Deadlock found when trying to get lock');
const missingTable = mysqlError('ER_NO_SUCH_TABLE', 1146, "Table 'x' doesn't exist");

describe('isUniqueViolation', () => {
  it('recognises a duplicate key on MySQL (by code or errno) and on SQLite', () => {
    expect(isUniqueViolation(duplicate)).toBe(true);
    expect(isUniqueViolation(mysqlError('', 1062, 'Duplicate entry'))).toBe(true);
    expect(isUniqueViolation(sqliteError('UNIQUE constraint failed: number_sequence.x'))).toBe(true);
    expect(isUniqueViolation(sqliteError('PRIMARY KEY constraint failed'))).toBe(true);
  });

  it('leaves deadlocks, other failures and errors that did not come from a statement alone', () => {
    expect(isUniqueViolation(deadlock)).toBe(false);
    expect(isUniqueViolation(missingTable)).toBe(false);
    expect(isUniqueViolation(new Error('UNIQUE constraint failed: but not from a query'))).toBe(false);
    expect(isUniqueViolation('ER_DUP_ENTRY')).toBe(false);
  });
});

describe('isDeadlock', () => {
  it('recognises a deadlock MySQL broke, by code or errno, and nothing else', () => {
    expect(isDeadlock(deadlock)).toBe(true);
    expect(isDeadlock(mysqlError('', 1213, 'Deadlock found'))).toBe(true);
    expect(isDeadlock(duplicate)).toBe(false);
    expect(isDeadlock(new Error('Deadlock found when trying to get lock'))).toBe(false);
  });
});

describe('isWriteConflict', () => {
  it('recognises a lost race on a unique key on MySQL and on SQLite, and a MySQL deadlock', () => {
    expect(isWriteConflict(duplicate)).toBe(true);
    expect(isWriteConflict(deadlock)).toBe(true);
    expect(isWriteConflict(sqliteError('UNIQUE constraint failed: approval_matrix.name_key'))).toBe(true);
  });

  it('leaves every other failure alone', () => {
    expect(isWriteConflict(missingTable)).toBe(false);
    expect(isWriteConflict(new Error('UNIQUE constraint failed: but not from a query'))).toBe(false);
    expect(isWriteConflict('ER_DUP_ENTRY')).toBe(false);
  });
});

describe('retryOnWriteConflict', () => {
  it('runs the work again after a lost race and returns its result', async () => {
    let calls = 0;
    const result = await retryOnWriteConflict(async () => {
      calls += 1;
      if (calls === 1) throw duplicate;
      if (calls === 2) throw deadlock;
      return 'done';
    });
    expect(result).toBe('done');
    expect(calls).toBe(3);
  });

  it('gives up after the last attempt and rethrows the conflict', async () => {
    let calls = 0;
    await expect(
      retryOnWriteConflict(async () => {
        calls += 1;
        throw duplicate;
      }, 2),
    ).rejects.toBe(duplicate);
    expect(calls).toBe(2);
  });

  it('does not retry other failures', async () => {
    let calls = 0;
    await expect(
      retryOnWriteConflict(async () => {
        calls += 1;
        throw new Error('database is down');
      }),
    ).rejects.toThrow('database is down');
    expect(calls).toBe(1);
  });
});

describe('isDatabaseUnavailable', () => {
  it('recognises connection-level failures and lock timeouts, not statement errors', () => {
    expect(
      isDatabaseUnavailable(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' })),
    ).toBe(true);
    expect(
      isDatabaseUnavailable(Object.assign(new Error('gone'), { code: 'PROTOCOL_CONNECTION_LOST' })),
    ).toBe(true);
    expect(isDatabaseUnavailable(new TypeError('cannot read property of undefined'))).toBe(false);
    expect(isDatabaseUnavailable(duplicate)).toBe(false);
    expect(isDatabaseUnavailable(missingTable)).toBe(false);
    expect(isDatabaseUnavailable(deadlock)).toBe(true);
    expect(
      isDatabaseUnavailable(mysqlError('ER_LOCK_WAIT_TIMEOUT', 1205, 'Lock wait timeout exceeded')),
    ).toBe(true);
  });
});
