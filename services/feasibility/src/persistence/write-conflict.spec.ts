import { QueryFailedError } from 'typeorm';
import { isWriteConflict, retryOnWriteConflict } from './write-conflict';

const mysqlError = (code: string, message: string) =>
  new QueryFailedError('INSERT ...', [], Object.assign(new Error(message), { code }));

describe('isWriteConflict', () => {
  it('recognises a lost race on a unique key on MySQL and on SQLite, and a MySQL deadlock', () => {
    expect(isWriteConflict(mysqlError('ER_DUP_ENTRY', "Duplicate entry 'x' for key 'PRIMARY'"))).toBe(true);
    expect(isWriteConflict(mysqlError('ER_LOCK_DEADLOCK', 'Deadlock found when trying to get lock'))).toBe(
      true,
    );
    expect(
      isWriteConflict(
        new QueryFailedError('INSERT ...', [], new Error('UNIQUE constraint failed: number_sequence.x')),
      ),
    ).toBe(true);
  });

  it('leaves every other failure alone', () => {
    expect(isWriteConflict(mysqlError('ER_NO_SUCH_TABLE', "Table 'x' doesn't exist"))).toBe(false);
    expect(isWriteConflict(new Error('UNIQUE constraint failed: but not from a query'))).toBe(false);
    expect(isWriteConflict('ER_DUP_ENTRY')).toBe(false);
  });
});

describe('retryOnWriteConflict', () => {
  it('runs the work again after a lost race and returns its result', async () => {
    let calls = 0;
    const result = await retryOnWriteConflict(async () => {
      calls += 1;
      if (calls < 3) throw mysqlError('ER_DUP_ENTRY', 'Duplicate entry');
      return 'done';
    });
    expect(result).toBe('done');
    expect(calls).toBe(3);
  });

  it('gives up after the last attempt and rethrows the conflict', async () => {
    let calls = 0;
    const conflict = mysqlError('ER_DUP_ENTRY', 'Duplicate entry');
    await expect(
      retryOnWriteConflict(async () => {
        calls += 1;
        throw conflict;
      }, 2),
    ).rejects.toBe(conflict);
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
