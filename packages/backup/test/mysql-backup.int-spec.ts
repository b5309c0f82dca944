import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createConnection, type Connection, type RowDataPacket } from 'mysql2/promise';
import { SERVICES, type ServiceName } from '@oms/contracts';
import {
  createTestDatabase,
  snapshotMysqlDatabase,
  testMysqlServerUrl,
  type TestDatabase,
} from '@oms/testkit';
import {
  createBackup,
  databaseUrlVariable,
  loadBackupSettings,
  restoreBackup,
  verifyBackup,
  type BackupSettings,
} from '../src';
import { main } from '../src/cli';
import { rewriteArchive } from './archive-tools';

/**
 * Backup and restore against the real MariaDB: five databases standing in for the services, with the column
 * types the services use (and a few more), foreign keys, an auto-increment counter and a migrations table.
 */
describe('MySQL backup and restore', () => {
  const backupDir = mkdtempSync(join(tmpdir(), 'oms-backup-int-'));
  const databases = {} as Record<ServiceName, TestDatabase>;
  let server: Connection;
  let settings: BackupSettings;
  let env: Record<string, string>;

  beforeAll(async () => {
    server = await createConnection({ uri: testMysqlServerUrl(), multipleStatements: true });
    for (const service of SERVICES) {
      databases[service] = await createTestDatabase(`bk_${service}`);
      await seed(server, databases[service].name, service);
    }
    env = {
      BACKUP_DIR: backupDir,
      ...Object.fromEntries(SERVICES.map((s) => [databaseUrlVariable(s), databases[s].url])),
    };
    settings = loadBackupSettings(env);
  });

  afterAll(async () => {
    for (const db of Object.values(databases)) await db.drop();
    await server.end();
    rmSync(backupDir, { recursive: true, force: true });
  });

  const snapshotAll = async () => {
    const all: Record<string, unknown> = {};
    for (const s of SERVICES) all[s] = await snapshotMysqlDatabase(databases[s].url);
    return all;
  };

  it('backs up every database, restores them into emptied databases and gives back every row', async () => {
    const before = await snapshotAll();
    const { archive, manifest } = await createBackup(settings);
    expect(archive).toMatch(/oms-backup-\d{8}T\d{6}Z(-\d+)?\.tar\.gz$/);
    expect(manifest.mode).toBe('mysql');
    const masters = manifest.databases.find((d) => d.service === 'masters')!;
    expect(masters).toMatchObject({
      database: databases.masters.name,
      tables: { migrations: 2, parent: 3, child: 4, blobs: 2 },
      migrations: { count: 2, latest: 'AddChildren1700000000001' },
    });
    expect(masters.sha256).toMatch(/^[0-9a-f]{64}$/);
    await expect(verifyBackup(archive)).resolves.toEqual(manifest);

    for (const s of SERVICES) await server.query(`DROP DATABASE \`${databases[s].name}\``);
    await restoreBackup(settings, archive);

    expect(await snapshotAll()).toEqual(before);
    // The counter survives too: the next row gets the id after the restored ones, and keys still bind.
    await server.query(`INSERT INTO \`${databases.orders.name}\`.parent (code) VALUES ('next')`);
    const [rows] = await server.query<RowDataPacket[]>(
      `SELECT id FROM \`${databases.orders.name}\`.parent WHERE code = 'next'`,
    );
    expect(Number(rows[0].id)).toBe(4);
    await expect(
      server.query(
        `INSERT INTO \`${databases.orders.name}\`.child (parent_id, label) VALUES (999, 'orphan')`,
      ),
    ).rejects.toThrow(/foreign key constraint fails/);
    await server.query(`DELETE FROM \`${databases.orders.name}\`.parent WHERE code = 'next'`);
  });

  it('refuses to overwrite databases that hold data without --force, and replaces them with it', async () => {
    const { archive } = await createBackup(settings);
    await server.query(`INSERT INTO \`${databases.feasibility.name}\`.parent (code) VALUES ('after-backup')`);
    const changed = await snapshotAll();

    await expect(restoreBackup(settings, archive)).rejects.toThrow(
      /refusing to overwrite databases that hold data: .*--force/,
    );
    expect(await snapshotAll()).toEqual(changed);

    await restoreBackup(settings, archive, { force: true });
    const [rows] = await server.query<RowDataPacket[]>(
      `SELECT COUNT(*) AS n FROM \`${databases.feasibility.name}\`.parent WHERE code = 'after-backup'`,
    );
    expect(Number(rows[0].n)).toBe(0);
    // No staging or set-aside database is left behind.
    const [left] = await server.query<RowDataPacket[]>(
      "SELECT SCHEMA_NAME AS name FROM information_schema.SCHEMATA WHERE SCHEMA_NAME LIKE '%\\_\\_r%'",
    );
    expect(left.map((r) => r.name as string).filter((n) => n.startsWith('t_bk_'))).toEqual([]);
  });

  it('leaves every database as it was when the final swap fails', async () => {
    const { archive } = await createBackup(settings);
    // A trigger keeps a table from moving to another database, so the one RENAME TABLE of the swap fails
    // after all five databases were loaded into staging.
    const integrations = databases.integrations.name;
    await server.query(
      `CREATE TRIGGER \`${integrations}\`.keep_here BEFORE INSERT ON \`${integrations}\`.child FOR EACH ROW SET NEW.label = NEW.label`,
    );
    try {
      await server.query(`INSERT INTO \`${databases.orders.name}\`.parent (code) VALUES ('kept')`);
      const before = await snapshotAll();
      await expect(restoreBackup(settings, archive, { force: true })).rejects.toThrow(
        /moving the restored tables in on mysql:\/\/root@127\.0\.0\.1:3306\/ failed: .*; nothing was changed/,
      );
      expect(await snapshotAll()).toEqual(before);
      const [left] = await server.query<RowDataPacket[]>(
        "SELECT SCHEMA_NAME AS name FROM information_schema.SCHEMATA WHERE SCHEMA_NAME LIKE 't\\_bk\\_%\\_\\_r%'",
      );
      expect(left).toEqual([]);
    } finally {
      await server.query(`DROP TRIGGER \`${integrations}\`.keep_here`);
      await server.query(`DELETE FROM \`${databases.orders.name}\`.parent WHERE code = 'kept'`);
    }
  });

  it('refuses a tampered, corrupted or incomplete archive and changes nothing', async () => {
    const { archive } = await createBackup(settings);
    const before = await snapshotAll();
    const byte = await rewriteArchive(archive, 'byte', (files) => {
      const dump = files.get('databases/orders.jsonl')!;
      dump[dump.length - 10] ^= 1;
    });
    const checksum = await rewriteArchive(archive, 'checksum', (files) => {
      const manifest = JSON.parse(files.get('manifest.json')!.toString()) as {
        databases: { sha256: string }[];
      };
      manifest.databases[1].sha256 = '0'.repeat(64);
      files.set('manifest.json', Buffer.from(JSON.stringify(manifest)));
    });
    const missing = await rewriteArchive(archive, 'missing', (files) =>
      files.delete('databases/masters.jsonl'),
    );

    for (const [bad, message] of [
      [byte, /checksum mismatch for databases\/orders\.jsonl/],
      [checksum, /checksum mismatch for databases\/approvals\.jsonl/],
      [missing, /incomplete: databases\/masters\.jsonl missing/],
      [join(backupDir, 'no-such.tar.gz'), /archive not found/],
    ] as const) {
      await expect(restoreBackup(settings, bad, { force: true })).rejects.toThrow(message);
    }
    expect(await snapshotAll()).toEqual(before);
  });

  it('the CLI exits non-zero with a clear message when MySQL cannot be reached or a database is missing, and writes no archive', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'oms-backup-unreachable-'));
    const errors: string[] = [];
    const output = { out: () => undefined, err: (line: string) => void errors.push(line) };
    // Port 1 on loopback: nothing listens there.
    const unreachable = { BACKUP_DIR: dir, MYSQL_URL: 'mysql://root@127.0.0.1:1' };
    const archive = join(
      backupDir,
      readdirSync(backupDir).find((n) => /Z\.tar\.gz$/.test(n))!,
    );
    expect(await main(['backup'], unreachable, output)).toBe(1);
    expect(await main(['restore', archive, '--force'], unreachable, output)).toBe(1);
    expect(errors.join('\n')).toMatch(
      /backup failed: cannot connect to MySQL at mysql:\/\/root@127\.0\.0\.1:1\//,
    );
    expect(errors.join('\n')).toMatch(/restore failed: cannot connect to MySQL .*\nnothing was restored/);
    // A service database that does not exist: named, and still no archive.
    const missing = { ...env, BACKUP_DIR: dir, ORDERS_DATABASE_URL: `${databases.orders.url}_gone` };
    expect(await main(['backup'], missing, output)).toBe(1);
    expect(errors.join('\n')).toMatch(/database t_bk_orders_\w+_gone of the orders service does not exist/);
    expect(readdirSync(dir)).toEqual([]);
    rmSync(dir, { recursive: true, force: true });
  });
});

/** Creates the tables of one stand-in service database and fills them. */
async function seed(conn: Connection, database: string, service: ServiceName): Promise<void> {
  await conn.query(`
    USE \`${database}\`;
    CREATE TABLE migrations (id INT AUTO_INCREMENT PRIMARY KEY, timestamp BIGINT NOT NULL, name VARCHAR(255) NOT NULL);
    INSERT INTO migrations (timestamp, name) VALUES (1700000000000, 'Init1700000000000'), (1700000000001, 'AddChildren1700000000001');
    CREATE TABLE parent (
      id BIGINT UNSIGNED AUTO_INCREMENT PRIMARY KEY,
      code VARCHAR(40) NOT NULL UNIQUE,
      amount DECIMAL(18,4) NULL,
      ratio DOUBLE NULL,
      created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
      seen TIMESTAMP NULL,
      doc JSON NULL,
      upper_code VARCHAR(40) AS (UPPER(code)) VIRTUAL
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
    CREATE TABLE child (
      id INT AUTO_INCREMENT PRIMARY KEY,
      parent_id BIGINT UNSIGNED NOT NULL,
      label TEXT NOT NULL,
      CONSTRAINT fk_child_parent FOREIGN KEY (parent_id) REFERENCES parent (id) ON DELETE CASCADE
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
    CREATE TABLE blobs (id CHAR(36) PRIMARY KEY, body LONGBLOB NULL, flags BIT(8) NULL) ENGINE=InnoDB;
    INSERT INTO parent (code, amount, ratio, created_at, seen, doc) VALUES
      ('${service}-a', 12345678901234.5678, 0.1, '2026-01-02 03:04:05.678', '2026-06-30 23:59:59', '{"k": "väl\\\\"ue", "n": [1, 2]}'),
      ('${service}-b', NULL, -1.5e-300, '1999-12-31 23:59:59.999', NULL, NULL),
      ('${service}-c', -0.0001, NULL, '2026-12-07 12:00:00.000', '2038-01-19 03:14:07', '"line\\\\nbreak; tab\\\\t and emoji 🚀"');
    INSERT INTO child (parent_id, label) VALUES (1, 'one'), (1, 'two ''quoted'''), (2, 'naïve — ünïcödé'), (3, REPEAT('x', 5000));
    INSERT INTO blobs (id, body, flags) VALUES ('00000000-0000-0000-0000-000000000001', UNHEX('00FF0A0D5C27220000'), b'10100101'), ('00000000-0000-0000-0000-000000000002', NULL, NULL);
  `);
}
