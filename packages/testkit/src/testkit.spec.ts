import { createServer } from 'node:net';
import { freePort } from './processes';
import { uniqueSuffix } from './unique';
import { waitUntil } from './kafka';

describe('testkit helpers', () => {
  it('hands out suffixes that differ and are safe in database and topic names', () => {
    const a = uniqueSuffix();
    const b = uniqueSuffix();
    expect(a).not.toBe(b);
    expect(a).toMatch(/^[a-z0-9]+$/);
  });

  it('finds a port that can be listened on', async () => {
    const port = await freePort();
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    server.close();
    expect(port).toBeGreaterThan(0);
  });

  it('waits until a condition holds, and fails with the last error when it never does', async () => {
    let calls = 0;
    await waitUntil(() => ++calls >= 3, 2000, 1);
    expect(calls).toBe(3);
    await expect(
      waitUntil(
        () => {
          throw new Error('still down');
        },
        50,
        5,
      ),
    ).rejects.toThrow(/still down/);
  });
});
