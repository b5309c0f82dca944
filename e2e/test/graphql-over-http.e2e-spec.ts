import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { serverAudits } from 'graphql-http';
import { freePort, startProcess, type ServiceProcess } from '@oms/testkit';
import { repoRoot } from './system';

/**
 * The gateway speaks GraphQL over HTTP the way generic clients expect: the graphql-http audit suite runs
 * against the real gateway (embedded system behind it) and must report no error.
 */
describe('GraphQL over HTTP compliance of the gateway', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'oms-audit-'));
  let system: ServiceProcess;
  let url: string;

  beforeAll(async () => {
    const env: Record<string, string> = { DATA_DIR: join(dataDir, 'data'), LOG_LEVEL: 'warn' };
    for (const name of ['GATEWAY', 'ORDERS', 'APPROVALS', 'FEASIBILITY', 'MASTERS', 'INTEGRATIONS']) {
      env[`${name}_PORT`] = String(await freePort());
    }
    url = `http://127.0.0.1:${env.GATEWAY_PORT}/graphql`;
    system = await startProcess({
      name: 'embedded-audit',
      script: join(repoRoot, 'embedded', 'dist', 'main.js'),
      env,
      readyUrl: `http://127.0.0.1:${env.GATEWAY_PORT}/readyz`,
      logDir: dataDir,
    });
  });

  afterAll(async () => {
    await system?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('passes every graphql-http server audit without an error', async () => {
    const audits = serverAudits({ url });
    const results = await Promise.all(audits.map((audit) => audit.fn()));
    const errors = results.flatMap((r) => (r.status === 'error' ? [`${r.name}: ${r.reason}`] : []));
    expect(results.length).toBeGreaterThan(20);
    expect(errors).toEqual([]);
  });
});
