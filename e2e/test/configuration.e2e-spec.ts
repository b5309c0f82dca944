import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
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
  ])('%s refuses %j', (script, env, message) => {
    const result = run(script, env);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(message);
  });
});
