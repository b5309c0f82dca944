import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createTestDatabase, type TestDatabase } from '@oms/testkit';
import { repoRoot } from './system';

/** Runs `node services/<name>/dist/main.js migrate` as the Kubernetes init container does. */
function migrate(
  service: string,
  databaseUrl: string,
): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(repoRoot, `services/${service}/dist/main.js`), 'migrate'], {
      env: { PATH: process.env.PATH ?? '', DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn' },
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, out, err }));
  });
}

interface Report {
  service: string;
  applied: string[];
  recorded: number;
  latest: string | null;
}

/** The migrate-only entry of each service on the real MariaDB, with replicas starting at the same time. */
describe('service migrate command', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase('migrate');
  });
  afterAll(() => db?.drop());

  it('runs every migration exactly once when three replicas migrate together, then has nothing to do', async () => {
    const runs = await Promise.all([1, 2, 3].map(() => migrate('orders', db.url)));
    for (const run of runs) expect(run).toMatchObject({ code: 0, err: '' });
    const reports = runs.map((r) => JSON.parse(r.out.trim()) as Report);
    const applied = reports.flatMap((r) => r.applied);
    expect(new Set(applied).size).toBe(applied.length);
    expect(applied.length).toBe(reports[0].recorded);
    expect(reports.filter((r) => r.applied.length > 0)).toHaveLength(1);

    const again = await migrate('orders', db.url);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.out.trim())).toMatchObject({
      service: 'orders',
      applied: [],
      recorded: applied.length,
    });
  }, 60000);

  it('fails with a clear message when the database cannot be reached', async () => {
    const run = await migrate('masters', 'mysql://root@127.0.0.1:1/oms_masters');
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/masters: migrate: .*ECONNREFUSED/);
  }, 30000);
});
