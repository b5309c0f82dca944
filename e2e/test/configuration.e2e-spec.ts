import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TEST_PROOF_PUBLIC_JWK } from '@oms/testkit';
import { repoRoot } from './system';

/** A bad configuration stops start-up with a message that names the variable, before anything listens. */
describe('start-up with a bad configuration', () => {
  const run = (script: string, env: Record<string, string>) =>
    spawnSync(process.execPath, [join(repoRoot, script)], {
      env: { PATH: process.env.PATH ?? '', ...env },
      encoding: 'utf8',
      timeout: 30000,
    });

  it.each([
    ['services/masters/dist/main.js', { PORT: 'eighty' }, /PORT/],
    ['services/orders/dist/main.js', { DATABASE_URL: 'postgres://db/oms' }, /DATABASE_URL: must be a mysql/],
    ['services/integrations/dist/main.js', { KAFKA_BROKERS: 'no-port-here' }, /KAFKA_BROKERS/],
    ['services/approvals/dist/main.js', { CONSUMER_MAX_ATTEMPTS: '0' }, /CONSUMER_MAX_ATTEMPTS/],
    ['gateway/dist/main.js', { GATEWAY_PORT: '99999' }, /GATEWAY_PORT/],
    ['embedded/dist/main.js', { MASTERS_PORT: 'x' }, /MASTERS_PORT/],
    ['services/feasibility/dist/main.js', {}, /GATEWAY_PROOF_PUBLIC_KEYS: is required/],
    ['gateway/dist/main.js', {}, /GATEWAY_PROOF_PRIVATE_KEY: is required/],
    [
      'services/masters/dist/main.js',
      { ACCESS_TOKEN_TTL_SECONDS: '3600' },
      /ACCESS_TOKEN_TTL_SECONDS: must be at most 900/,
    ],
  ])('%s refuses %j', (script, env, message) => {
    const result = run(script, env);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(message);
  });

  describe('key settings that parse but cannot work', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'oms-config-'));
    afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
    const base = { DATA_DIR: dataDir, GATEWAY_PROOF_PUBLIC_KEYS: JSON.stringify(TEST_PROOF_PUBLIC_JWK) };

    it.each([
      [{ GATEWAY_PROOF_PUBLIC_KEYS: 'not json' }, /GATEWAY_PROOF_PUBLIC_KEYS is not valid JSON/],
      [{ NODE_ENV: 'production' }, /AUTH_SIGNING_KEYS is required in production/],
      [{ AUTH_SIGNING_KEYS: JSON.stringify([TEST_PROOF_PUBLIC_JWK]) }, /private JWK/],
    ])('masters refuses to start with %j', (env, message) => {
      const result = run('services/masters/dist/main.js', { ...base, ...env });
      expect(result.status).toBe(1);
      expect(`${result.stdout}${result.stderr}`).toMatch(message);
    });
  });
});
