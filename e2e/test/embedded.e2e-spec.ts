import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { gql, gqlData, startProcess, waitUntil, type ServiceProcess } from '@oms/testkit';
import { ADMIN, REFRESH, signIn, untilKnownEverywhere } from './secured-system';
import { createBranch, createCity, embeddedPorts, ops, repoRoot } from './system';

/**
 * The newcomer's command: the built embedded launcher, no MySQL and no Kafka, SQLite files under one data
 * folder. Data must survive a restart.
 */
describe('embedded mode (npm start)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'oms-embedded-'));
  let env: Record<string, string>;
  let system: ServiceProcess | undefined;

  const start = async () => {
    const started = Date.now();
    system = await startProcess({
      name: 'embedded',
      script: join(repoRoot, 'embedded', 'dist', 'main.js'),
      env,
      readyUrl: `http://127.0.0.1:${env.GATEWAY_PORT}/readyz`,
      logDir: dataDir,
      timeoutMs: 30000,
    });
    // A figure for the reader, not an assertion: how long the graph took to answer.
    process.stdout.write(`embedded system ready in ${Date.now() - started} ms\n`);
  };

  beforeAll(async () => {
    env = {
      DATA_DIR: join(dataDir, 'data'),
      ...(await embeddedPorts()),
      KAFKA_BROKERS: '',
      DATABASE_URL: '',
      LOG_LEVEL: 'warn',
      BOOTSTRAP_ADMIN_EMAIL: ADMIN.email,
      BOOTSTRAP_ADMIN_PASSWORD: ADMIN.password,
    };
    await start();
  });

  afterAll(async () => {
    await system?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('runs the lead flow in-process and keeps its data across a restart', async () => {
    const gw = `http://127.0.0.1:${env.GATEWAY_PORT}/graphql`;
    const admin = await signIn(gw, ADMIN.email, ADMIN.password);
    await untilKnownEverywhere(gw, admin);
    let auth = admin.headers;
    const cityId = await createCity(gw, 'GOI', auth);
    const branchId = await createBranch(gw, cityId, 'GOI', auth);
    const { createLead } = await gqlData(
      gw,
      ops.createLead,
      {
        input: { customerName: 'Gamma Infra', cityId, branchId },
      },
      auth,
    );
    expect(createLead.errors).toEqual([]);
    const lead = `query($id: ID!) { lead(id: $id) { customerName city { code } syncRecords { system } } }`;
    await waitUntil(
      async () => (await gqlData(gw, lead, { id: createLead.lead.id }, auth)).lead.syncRecords.length === 1,
    );

    expect(await system!.stop()).toBe(0);
    await start();
    // The signing key is kept in DATA_DIR, so the session survives the restart: renew it as a client would.
    const renewed = await gql(gw, REFRESH, { input: { refreshToken: admin.refreshToken } });
    expect(renewed.data?.refreshSession.errors).toEqual([]);
    auth = { authorization: `Bearer ${renewed.data?.refreshSession.tokens.accessToken as string}` };
    expect((await gql(gw, '{ leads(first: 1) { totalCount } }', {}, admin.headers)).errors).toBeUndefined();

    const after = await gqlData(gw, lead, { id: createLead.lead.id }, auth);
    expect(after.lead).toEqual({
      customerName: 'Gamma Infra',
      city: { code: 'GOI' },
      syncRecords: [{ system: 'LMS' }],
    });
  });
});
