import { mkdir, mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { SERVICES } from '@oms/contracts';
import { digestFile, writeArchive } from './archive';
import { FORMAT_VERSION, memberOf, type DatabaseEntry, type Manifest } from './manifest';
import { dumpServer } from './mysql-dump';
import { archiveNameAt, archivesToPrune, parseArchiveName } from './retention';
import { serverOf, type BackupSettings, type MysqlTarget } from './settings';
import { copySqliteFiles } from './sqlite-files';

/** What a backup run produced. */
export interface BackupResult {
  /** The archive's path. */
  archive: string;
  manifest: Manifest;
  /** Names of the older archives retention removed. */
  pruned: string[];
}

/** Options of one backup run. */
export interface BackupOptions {
  /** The time the archive is named after (now by default). */
  now?: Date;
  /**
   * Embedded mode: keeps every database still while their files are read (the running embedded system
   * passes one that waits for and holds each database's write queue).
   */
  hold?: <T>(work: () => Promise<T>) => Promise<T>;
}

/**
 * Takes one backup of every service database into `<BACKUP_DIR>/oms-backup-<UTC stamp>.tar.gz` with a
 * manifest of checksums, row counts and migration versions, then prunes archives retention no longer
 * keeps. Nothing is left behind when it fails: the archive appears complete or not at all.
 */
export async function createBackup(
  settings: BackupSettings,
  options: BackupOptions = {},
): Promise<BackupResult> {
  const now = options.now ?? new Date();
  const backupDir = resolve(settings.backupDir);
  await mkdir(backupDir, { recursive: true });
  const work = await mkdtemp(join(backupDir, '.work-'));
  try {
    await mkdir(join(work, 'databases'));
    const pathOf = (member: string) => join(work, member);
    const summaries =
      settings.mode === 'mysql'
        ? await dumpMysql(settings.mysql, (t) => pathOf(memberOf(t.service, 'mysql')))
        : await copySqliteFiles(
            settings.dataDir,
            SERVICES,
            (s) => pathOf(memberOf(s, 'embedded')),
            options.hold,
          );
    const databases: DatabaseEntry[] = [];
    for (const summary of summaries) {
      const file = memberOf(summary.service, settings.mode);
      databases.push({ ...summary, file, ...(await digestFile(pathOf(file))) });
    }
    const manifest: Manifest = {
      format: 'oms-backup',
      formatVersion: FORMAT_VERSION,
      createdAt: now.toISOString(),
      mode: settings.mode,
      databases,
    };
    const archive = join(backupDir, freeArchiveName(backupDir, now));
    await writeArchive(work, manifest, archive);
    const pruned = await prune(backupDir, now, settings, basename(archive));
    return { archive, manifest, pruned };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** Dumps the databases grouped by server: one consistent snapshot covers all databases of a server. */
async function dumpMysql(targets: MysqlTarget[], fileOf: (t: MysqlTarget) => string) {
  const servers = new Map<string, MysqlTarget[]>();
  for (const target of targets) {
    const key = serverOf(target.url);
    servers.set(key, [...(servers.get(key) ?? []), target]);
  }
  const summaries = [];
  for (const group of servers.values()) summaries.push(...(await dumpServer(group, fileOf)));
  return summaries;
}

/** The archive name for `now`, with a sequence number when a backup of the same second exists. */
function freeArchiveName(dir: string, now: Date): string {
  for (let sequence = 0; ; sequence += 1) {
    const name = archiveNameAt(now, sequence);
    if (!existsSync(join(dir, name))) return name;
  }
}

/** Removes the archives retention no longer keeps; other files in the folder are never touched. */
async function prune(dir: string, now: Date, settings: BackupSettings, keep: string): Promise<string[]> {
  const names = await readdir(dir);
  const archives = names.flatMap((name) => parseArchiveName(name) ?? []);
  const doomed = archivesToPrune(archives, now, settings.retention, keep);
  for (const archive of doomed) await rm(join(dir, archive.name), { force: true });
  // What a killed backup left behind (its work folder, a half-written archive); a day old, so surely not
  // a backup still running beside this one.
  for (const name of names.filter((n) => n.startsWith('.work-') || n.endsWith('.partial'))) {
    const path = join(dir, name);
    if (now.getTime() - (await stat(path)).mtimeMs > LEFTOVER_AGE_MS)
      await rm(path, { recursive: true, force: true });
  }
  return doomed.map((a) => a.name);
}

const LEFTOVER_AGE_MS = 24 * 60 * 60 * 1000;
