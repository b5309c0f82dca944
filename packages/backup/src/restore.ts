import { createReadStream, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { BackupError, messageOf } from './errors';
import { openVerifiedArchive, type VerifiedArchive } from './archive';
import { sameCounts, type Manifest } from './manifest';
import type { DumpLine } from './mysql-dump';
import { restoreMysql } from './mysql-restore';
import type { BackupSettings } from './settings';
import { embeddedRunningOn } from './run-lock';
import { inspectSqlite, restoreSqliteFiles } from './sqlite-files';

/** Options of a restore. */
export interface RestoreOptions {
  /** Replace databases that hold data (their current data is discarded). */
  force?: boolean;
}

/**
 * Restores every service database from an archive. The whole archive is verified first (see
 * `openVerifiedArchive`); a tampered, corrupted or incomplete one is refused before anything is touched.
 * The archive's mode must be the settings' mode. Then the databases are replaced all or nothing (see
 * `restoreMysql` and `restoreSqliteFiles`).
 */
export async function restoreBackup(
  settings: BackupSettings,
  archivePath: string,
  options: RestoreOptions = {},
): Promise<Manifest> {
  // Unpacked on the backup volume when there is one (it has room for archives), else in the temp folder.
  const archive = await openVerifiedArchive(
    archivePath,
    existsSync(settings.backupDir) ? settings.backupDir : tmpdir(),
  );
  try {
    const { manifest } = archive;
    if (manifest.mode !== settings.mode)
      throw new BackupError(
        manifest.mode === 'mysql'
          ? 'this archive holds MySQL databases but the settings select the embedded mode: set MYSQL_URL (or BACKUP_MODE=mysql) to the server to restore to'
          : 'this archive holds the embedded SQLite files but the settings select MySQL: set BACKUP_MODE=embedded and DATA_DIR to restore them',
      );
    await restoreVerified(settings, archive, options.force ?? false);
    return manifest;
  } finally {
    await archive.dispose();
  }
}

async function restoreVerified(settings: BackupSettings, archive: VerifiedArchive, force: boolean) {
  const entries = archive.manifest.databases;
  if (settings.mode === 'mysql') {
    await restoreMysql(
      settings.mysql.map((target) => {
        const entry = entries.find((e) => e.service === target.service)!;
        return { target, entry, file: archive.pathOf(entry.file) };
      }),
      { force },
    );
  } else {
    // A running embedded system would write its in-memory databases over the restored files.
    const running = embeddedRunningOn(settings.dataDir);
    if (running !== null)
      throw new BackupError(
        `the embedded system is running on ${settings.dataDir} (pid ${running}): stop it, then restore`,
      );
    await restoreSqliteFiles(
      settings.dataDir,
      entries.map((entry) => ({ service: entry.service, entry, file: archive.pathOf(entry.file) })),
      { force },
    );
  }
}

/**
 * Verifies an archive without restoring it: its manifest, its members and every checksum, then that each
 * database's content reads and holds the tables and row counts the manifest lists.
 */
export async function verifyBackup(archivePath: string): Promise<Manifest> {
  const archive = await openVerifiedArchive(archivePath);
  try {
    for (const entry of archive.manifest.databases) {
      const path = archive.pathOf(entry.file);
      const counts =
        archive.manifest.mode === 'mysql'
          ? await countDumpRows(path, entry.file)
          : (await inspectSqlite(await readFile(path), entry.file)).tables;
      if (!sameCounts(counts, entry.tables))
        throw new BackupError(`${entry.file} holds other tables or row counts than its manifest lists`);
    }
    return archive.manifest;
  } finally {
    await archive.dispose();
  }
}

/** The tables and row counts a MySQL dump file holds. */
async function countDumpRows(path: string, label: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  const lines = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
  try {
    for await (const text of lines) {
      if (text === '') continue;
      const line = JSON.parse(text) as DumpLine;
      if (line.kind === 'table') counts[line.name] = 0;
      else if (line.kind === 'rows') counts[line.table] = (counts[line.table] ?? 0) + line.rows.length;
    }
  } catch (err) {
    throw new BackupError(`${label} cannot be read: ${messageOf(err)}`);
  }
  return counts;
}
