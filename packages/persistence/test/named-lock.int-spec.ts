import { testMysqlServerUrl, uniqueSuffix } from '@oms/testkit';
import { withMysqlNamedLock } from '../src';

/** Named locks on the real MariaDB: what lets replicas' migrations take turns. */
describe('withMysqlNamedLock', () => {
  const url = testMysqlServerUrl();
  const name = `t_lock_${uniqueSuffix()}`.slice(0, 64);

  it('lets one holder work at a time and hands back what the work returns', async () => {
    const events: string[] = [];
    const hold = (label: string) =>
      withMysqlNamedLock(url, name, 10, async () => {
        events.push(`${label} in`);
        await new Promise((r) => setTimeout(r, 150));
        events.push(`${label} out`);
        return label;
      });
    await expect(Promise.all([hold('a'), hold('b'), hold('c')])).resolves.toEqual(['a', 'b', 'c']);
    for (let i = 0; i < events.length; i += 2) {
      expect(events[i]).toMatch(/ in$/);
      expect(events[i + 1]).toBe(events[i].replace(' in', ' out'));
    }
  });

  it('gives up after the timeout while another process holds the lock, and releases after a failure', async () => {
    let release!: () => void;
    const held = withMysqlNamedLock(url, name, 5, () => new Promise<void>((r) => (release = r)));
    await new Promise((r) => setTimeout(r, 100));
    await expect(withMysqlNamedLock(url, name, 1, async () => 'never')).rejects.toThrow(/held the lock/);
    release();
    await held;
    await expect(
      withMysqlNamedLock(url, name, 5, async () => {
        throw new Error('work failed');
      }),
    ).rejects.toThrow('work failed');
    await expect(withMysqlNamedLock(url, name, 1, async () => 'free again')).resolves.toBe('free again');
  });
});
