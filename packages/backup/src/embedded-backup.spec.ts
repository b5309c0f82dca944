import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  truncateSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import initSqlJs from 'sql.js';
import { SERVICES } from '@oms/contracts';
import { rewriteArchive } from '../test/archive-tools';
import { createBackup } from './backup';
import { main } from './cli';
import { restoreBackup, verifyBackup } from './restore';
import { holdRunLock } from './run-lock';
import { loadBackupSettings } from './settings';
import { sqliteFileOf } from './sqlite-files';

/**
 * The embedded mode's backup on real SQLite files (made with sql.js, as the services make them): archive,
 * verify, restore, and the refusals. No server is needed, so these run with the unit specs.
 */
describe('embedded backup and restore', () => {
  const root = mkdtempSync(join(tmpdir(), 'oms-embedded-backup-'));
  const dataDir = join(root, 'data');
  const settings = loadBackupSettings({ DATA_DIR: dataDir, BACKUP_RETENTION_COUNT: '3' });
  const files = () => Object.fromEntries(SERVICES.map((s) => [s, readFileSync(sqliteFileOf(dataDir, s))]));

  beforeAll(async () => {
    const SQL = await initSqlJs();
    mkdirSync(dataDir, { recursive: true });
    for (const [i, service] of SERVICES.entries()) {
      const db = new SQL.Database();
      db.exec(`CREATE TABLE migrations (id INTEGER PRIMARY KEY, timestamp BIGINT, name TEXT);
        INSERT INTO migrations (timestamp, name) VALUES (1, 'Init1'), (2, 'Second2');
        CREATE TABLE things (id TEXT PRIMARY KEY, n INTEGER, body BLOB);
        INSERT INTO things VALUES ('${service}-1', ${i}, X'00FF'), ('${service}-2', NULL, NULL);`);
      writeFileSync(sqliteFileOf(dataDir, service), db.export());
      db.close();
    }
  });

  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('archives every SQLite file with its checksum, rows and migration version, and restores them byte for byte', async () => {
    const before = files();
    const { archive, manifest } = await createBackup(settings);
    expect(archive.startsWith(join(dataDir, 'backups'))).toBe(true);
    expect(manifest.mode).toBe('embedded');
    expect(manifest.databases.map((d) => [d.service, d.file, d.tables, d.migrations])).toEqual(
      SERVICES.map((s) => [
        s,
        `databases/${s}.sqlite`,
        { migrations: 2, things: 2 },
        { count: 2, latest: 'Second2' },
      ]),
    );
    expect(manifest.databases[0].size).toBe(before.orders.length);
    await expect(verifyBackup(archive)).resolves.toEqual(manifest);

    for (const s of SERVICES) rmSync(sqliteFileOf(dataDir, s));
    await restoreBackup(settings, archive);
    expect(files()).toEqual(before);
    // Nothing is left beside the files.
    expect(readdirSync(dataDir).filter((n) => n.startsWith('.'))).toEqual([]);
    // Onto a fresh machine: the data folder is made.
    const fresh = join(root, 'fresh', 'data');
    await restoreBackup({ ...settings, dataDir: fresh }, archive);
    expect(SERVICES.map((s) => readFileSync(sqliteFileOf(fresh, s)))).toEqual(SERVICES.map((s) => before[s]));
  });

  it('refuses to overwrite files that hold data without --force, and replaces them with it', async () => {
    const { archive } = await createBackup(settings);
    const original = files();
    writeFileSync(sqliteFileOf(dataDir, 'masters'), readFileSync(sqliteFileOf(dataDir, 'orders')));
    const changed = files();
    await expect(restoreBackup(settings, archive)).rejects.toThrow(
      /refusing to overwrite databases that hold data: orders\.sqlite \(things\);.*--force/,
    );
    expect(files()).toEqual(changed);
    await restoreBackup(settings, archive, { force: true });
    expect(files()).toEqual(original);
  });

  it('refuses to restore under a running embedded system, and changes nothing', async () => {
    const { archive } = await createBackup(settings);
    const before = files();
    const release = holdRunLock(dataDir);
    try {
      await expect(restoreBackup(settings, archive, { force: true })).rejects.toThrow(
        `the embedded system is running on ${settings.dataDir} (pid ${process.pid}): stop it, then restore`,
      );
      expect(files()).toEqual(before);
    } finally {
      release();
    }
  });

  it('refuses a tampered, truncated or incomplete archive, or one of the other mode, and changes nothing', async () => {
    const { archive } = await createBackup(settings);
    const before = files();
    const byte = await rewriteArchive(archive, 'byte', (members) => {
      members.get('databases/feasibility.sqlite')![100] ^= 0xff;
    });
    const size = await rewriteArchive(archive, 'size', (members) => {
      const manifest = JSON.parse(members.get('manifest.json')!.toString()) as {
        databases: { size: number }[];
      };
      manifest.databases[0].size += 1;
      members.set('manifest.json', Buffer.from(JSON.stringify(manifest)));
    });
    const missing = await rewriteArchive(archive, 'missing', (members) =>
      members.delete('databases/orders.sqlite'),
    );
    const noManifest = await rewriteArchive(archive, 'nomanifest', (members) =>
      members.delete('manifest.json'),
    );
    const extra = await rewriteArchive(archive, 'extra', (members) =>
      members.set('databases/evil.sqlite', Buffer.from('x')),
    );
    const truncated = archive.replace(/\.tar\.gz$/, '.truncated.tar.gz');
    writeFileSync(truncated, readFileSync(archive));
    truncateSync(truncated, Math.floor(readFileSync(archive).length / 2));

    for (const [bad, message] of [
      [byte, /checksum mismatch for databases\/feasibility\.sqlite/],
      [size, /checksum mismatch for databases\/orders\.sqlite/],
      [missing, /incomplete: databases\/orders\.sqlite missing/],
      [noManifest, /incomplete: it has no manifest\.json/],
      [extra, /members its manifest does not list: databases\/evil\.sqlite/],
      [truncated, /not a complete \.tar\.gz archive/],
    ] as const) {
      await expect(restoreBackup(settings, bad, { force: true })).rejects.toThrow(message);
      await expect(verifyBackup(bad)).rejects.toThrow(message);
    }
    await expect(restoreBackup({ ...settings, mode: 'mysql' }, archive, { force: true })).rejects.toThrow(
      /holds the embedded SQLite files but the settings select MySQL/,
    );
    expect(files()).toEqual(before);
  });

  it('clears what a killed backup left behind once it is a day old', async () => {
    const dir = settings.backupDir;
    mkdirSync(join(dir, '.work-killed'), { recursive: true });
    writeFileSync(join(dir, '.old.partial'), 'half');
    writeFileSync(join(dir, '.recent.partial'), 'maybe still written');
    const twoDaysAgo = new Date(Date.now() - 2 * 24 * 60 * 60 * 1000);
    utimesSync(join(dir, '.work-killed'), twoDaysAgo, twoDaysAgo);
    utimesSync(join(dir, '.old.partial'), twoDaysAgo, twoDaysAgo);
    await createBackup(settings);
    expect(readdirSync(dir).filter((n) => n.startsWith('.'))).toEqual(['.recent.partial']);
    rmSync(join(dir, '.recent.partial'));
  });

  it('the CLI: exit codes, messages, and retention by count', async () => {
    const out: string[] = [];
    const err: string[] = [];
    const output = { out: (l: string) => void out.push(l), err: (l: string) => void err.push(l) };
    const env = { DATA_DIR: dataDir, BACKUP_RETENTION_COUNT: '3' };
    expect(await main(['backup'], env, output)).toBe(0);
    expect(out[0]).toMatch(/^backup written: .*oms-backup-\d{8}T\d{6}Z(-\d+)?\.tar\.gz$/);
    // Three or more archives were written above: only the three newest stay.
    expect(
      readdirSync(settings.backupDir).filter((n) => n.endsWith('.tar.gz') && !/\.[a-z]+\.tar\.gz$/.test(n)),
    ).toHaveLength(3);
    expect(out.some((l) => l.startsWith('pruned (retention): oms-backup-'))).toBe(true);

    expect(await main(['restore', join(root, 'nope.tar.gz')], env, output)).toBe(1);
    expect(err.join('\n')).toMatch(
      /restore failed: archive not found: .*nope\.tar\.gz\nnothing was restored/,
    );
    expect(await main(['restore'], env, output)).toBe(2);
    expect(await main(['backup', '--dry'], env, output)).toBe(2);
    expect(await main(['backup'], { DATA_DIR: join(root, 'empty') }, output)).toBe(1);
    expect(err.join('\n')).toMatch(/backup failed: the orders database file .*orders\.sqlite does not exist/);
    expect(existsSync(join(root, 'empty', 'backups')) && readdirSync(join(root, 'empty', 'backups'))).toEqual(
      [],
    );
  });
});
