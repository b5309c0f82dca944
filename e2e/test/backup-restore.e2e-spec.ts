import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { SERVICES, type ServiceName } from '@oms/contracts';
import { createBackup, databaseUrlVariable, restoreBackup, sqliteFileOf, verifyBackup } from '@oms/backup';
import { loadEmbeddedEnv, startEmbedded, embeddedBackupSettings, type EmbeddedSystem } from '@oms/embedded';
import { gqlData, snapshotMysqlDatabase, waitUntil } from '@oms/testkit';
import {
  ADMIN,
  signIn,
  startSecuredSystem,
  untilKnownEverywhere,
  type SecuredSystem,
} from './secured-system';
import { createBranch, createCity, embeddedPorts, ops, repoRoot } from './system';

const run = promisify(execFile);
const CLI = join(repoRoot, 'packages', 'backup', 'dist', 'cli.js');
const LEAD = `query($id: ID!) { lead(id: $id) { customerName city { code } syncRecords { system } } }`;

/** Runs the built backup CLI as the Kubernetes CronJob does; resolves to its exit code and output. */
async function cli(args: string[], env: Record<string, string>) {
  try {
    const { stdout, stderr } = await run(process.execPath, [CLI, ...args], {
      env: { PATH: process.env.PATH ?? '', ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const failed = err as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

/** Through the gateway as the administrator: a city, a branch and a lead, until integrations synced it. */
async function createData(gatewayUrl: string, tag: string): Promise<string> {
  const admin = await signIn(gatewayUrl, ADMIN.email, ADMIN.password);
  await untilKnownEverywhere(gatewayUrl, admin);
  const cityId = await createCity(gatewayUrl, tag, admin.headers);
  const branchId = await createBranch(gatewayUrl, cityId, tag, admin.headers);
  // The lead's branch reaches orders through the bus: create the lead once orders knows it.
  let id = '';
  await waitUntil(async () => {
    const { createLead } = await gqlData(
      gatewayUrl,
      ops.createLead,
      { input: { customerName: `Backup ${tag} Ltd`, cityId, branchId } },
      admin.headers,
    );
    id = (createLead.lead?.id as string | undefined) ?? '';
    return createLead.errors.length === 0;
  });
  await waitUntil(
    async () => (await gqlData(gatewayUrl, LEAD, { id }, admin.headers)).lead.syncRecords.length === 1,
  );
  return id;
}

describe('backup and restore of the distributed system (MariaDB)', () => {
  const backupDir = mkdtempSync(join(tmpdir(), 'oms-backup-e2e-'));
  let system: SecuredSystem;
  let env: Record<string, string>;
  const databaseOf = (s: ServiceName) => system.services[s].database.name;
  const snapshot = async () => {
    const all: Record<string, unknown> = {};
    for (const s of SERVICES) all[s] = await snapshotMysqlDatabase(system.services[s].database.url);
    return all;
  };

  beforeAll(async () => {
    system = await startSecuredSystem();
    env = {
      BACKUP_DIR: backupDir,
      ...Object.fromEntries(SERVICES.map((s) => [databaseUrlVariable(s), system.services[s].database.url])),
    };
  });

  afterAll(async () => {
    await system?.stop();
    rmSync(backupDir, { recursive: true, force: true });
  });

  it('backs up what was made through the gateway, and restores every table row for row after a wipe', async () => {
    await createData(system.gatewayUrl, 'BKP');
    // Quiet the system so that the databases stand still between the snapshot and the backup.
    await system.gateway.stop();
    for (const s of SERVICES) await system.halt(s);
    const before = await snapshot();

    const backup = await cli(['backup'], env);
    expect(backup).toMatchObject({ code: 0, stderr: '' });
    const archive = /backup written: (\S+)/.exec(backup.stdout)![1];
    const manifest = await verifyBackup(archive);
    const orders = manifest.databases.find((d) => d.service === 'orders')!;
    expect(orders.database).toBe(databaseOf('orders'));
    expect(orders.tables.sales_lead).toBe(1);
    expect(orders.migrations.latest).not.toBeNull();

    for (const s of SERVICES) await system.services[s].database.drop();
    const restored = await cli(['restore', archive], env);
    expect(restored).toMatchObject({ code: 0, stderr: '' });
    expect(await snapshot()).toEqual(before);

    // Over databases that now hold data: refused without --force, and a corrupted archive even with it.
    const refused = await cli(['restore', archive], env);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/refusing to overwrite databases that hold data: .*--force/);
    const corrupted = join(backupDir, 'corrupted.tar.gz');
    const bytes = readFileSync(archive);
    bytes[Math.floor(bytes.length / 2)] ^= 0x5a;
    writeFileSync(corrupted, bytes);
    const bad = await cli(['restore', corrupted, '--force'], env);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/restore failed: (cannot read|checksum mismatch)/);
    expect(await snapshot()).toEqual(before);
  });
});

describe('backup and restore of the embedded system (SQLite)', () => {
  const root = mkdtempSync(join(tmpdir(), 'oms-backup-embedded-e2e-'));
  const saved = { email: process.env.BOOTSTRAP_ADMIN_EMAIL, password: process.env.BOOTSTRAP_ADMIN_PASSWORD };
  let env: ReturnType<typeof loadEmbeddedEnv>;
  let system: EmbeddedSystem | undefined;

  beforeAll(async () => {
    // The embedded system passes the BOOTSTRAP_ADMIN_* of its process to masters.
    process.env.BOOTSTRAP_ADMIN_EMAIL = ADMIN.email;
    process.env.BOOTSTRAP_ADMIN_PASSWORD = ADMIN.password;
    env = loadEmbeddedEnv({
      DATA_DIR: join(root, 'data'),
      ...(await embeddedPorts()),
      LOG_LEVEL: 'warn',
      BACKUP_DAILY_AT: '03:00',
    });
  });

  afterAll(async () => {
    await system?.stop();
    process.env.BOOTSTRAP_ADMIN_EMAIL = saved.email;
    process.env.BOOTSTRAP_ADMIN_PASSWORD = saved.password;
    if (saved.email === undefined) delete process.env.BOOTSTRAP_ADMIN_EMAIL;
    if (saved.password === undefined) delete process.env.BOOTSTRAP_ADMIN_PASSWORD;
    rmSync(root, { recursive: true, force: true });
  });

  it('schedules a daily backup, backs up while running and after a stop, and restores the files after a wipe', async () => {
    system = await startEmbedded(env);
    expect(system.backups?.nextRunAt?.toISOString()).toMatch(/T03:00:00\.000Z$/);
    const leadId = await createData(system.gatewayUrl, 'EMB');

    // The scheduled job's own run, taken while the system serves: a valid archive holding the lead.
    const live = await system.backups!.runNow();
    expect(
      (await verifyBackup(live.archive)).databases.find((d) => d.service === 'orders')!.tables.sales_lead,
    ).toBe(1);
    // Restoring under the running system is refused: it would write its databases over the restored files.
    const settings = embeddedBackupSettings(env);
    await expect(restoreBackup(settings, live.archive, { force: true })).rejects.toThrow(
      /the embedded system is running on .* \(pid \d+\): stop it, then restore/,
    );

    await system.stop();
    system = undefined;
    const files = () => SERVICES.map((s) => readFileSync(sqliteFileOf(env.DATA_DIR, s)));
    const before = files();
    const { archive } = await createBackup(settings);
    expect(readdirSync(settings.backupDir).filter((n) => n.endsWith('.tar.gz'))).toHaveLength(2);

    for (const s of SERVICES) rmSync(sqliteFileOf(env.DATA_DIR, s));
    await restoreBackup(settings, archive);
    // Byte-identical files: every table is the same row for row.
    expect(files()).toEqual(before);
    await expect(restoreBackup(settings, archive)).rejects.toThrow(
      /refusing to overwrite databases that hold data/,
    );

    // The restored system serves what was made before the wipe.
    system = await startEmbedded(env);
    const admin = await signIn(system.gatewayUrl, ADMIN.email, ADMIN.password);
    const { lead } = await gqlData(system.gatewayUrl, LEAD, { id: leadId }, admin.headers);
    expect(lead).toEqual({
      customerName: 'Backup EMB Ltd',
      city: { code: 'EMB' },
      syncRecords: [{ system: 'LMS' }],
    });
  });
});
