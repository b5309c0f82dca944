import type { Retention } from './settings';

/** A backup archive in the backup folder, as its file name tells it. */
export interface ArchiveFile {
  name: string;
  createdAt: Date;
  /** Orders archives of the same second: 0 for the first, then 1, 2, ... */
  sequence: number;
}

const ARCHIVE_NAME = /^oms-backup-(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z(?:-(\d+))?\.tar\.gz$/;

/** The archive name for a backup taken at `at`: `oms-backup-20261207T120000Z.tar.gz` (UTC). */
export function archiveNameAt(at: Date, sequence = 0): string {
  const stamp = at
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
  return `oms-backup-${stamp}${sequence > 0 ? `-${sequence}` : ''}.tar.gz`;
}

/** The archive a file name denotes, or null for any other file (which retention never touches). */
export function parseArchiveName(name: string): ArchiveFile | null {
  const m = ARCHIVE_NAME.exec(name);
  if (!m) return null;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number);
  const createdAt = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  return Number.isNaN(createdAt.getTime()) ? null : { name, createdAt, sequence: Number(m[7] ?? 0) };
}

/**
 * The archives retention removes: those older than `retention.days` before `now`, and, when a count is set,
 * all but the `retention.count` newest. `keep` (the archive just written) is never removed, so a backup
 * never deletes itself whatever the settings or the clock say.
 */
export function archivesToPrune(
  archives: ArchiveFile[],
  now: Date,
  retention: Retention,
  keep?: string,
): ArchiveFile[] {
  const cutoff = now.getTime() - retention.days * 24 * 60 * 60 * 1000;
  const newestFirst = [...archives].sort(
    (a, b) => b.createdAt.getTime() - a.createdAt.getTime() || b.sequence - a.sequence,
  );
  return newestFirst.filter(
    (archive, index) =>
      archive.name !== keep &&
      (archive.createdAt.getTime() < cutoff || (retention.count !== undefined && index >= retention.count)),
  );
}
