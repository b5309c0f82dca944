import { createHash } from 'node:crypto';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { mkdtemp, open, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import * as tar from 'tar';
import { BackupError, messageOf } from './errors';
import { MANIFEST_FILE, formatManifest, parseManifest, type Manifest } from './manifest';

/** The SHA-256 (hex) and size of a file, read as a stream. */
export async function digestFile(path: string): Promise<{ sha256: string; size: number }> {
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    hash.update(chunk);
    size += chunk.length;
  }
  return { sha256: hash.digest('hex'), size };
}

/**
 * Writes `manifest` and the members it lists (files under `workDir`) as a gzipped tar at `archivePath`.
 * The archive is written under a temporary name, flushed to disk and then renamed, so an archive with the
 * final name is always complete.
 */
export async function writeArchive(workDir: string, manifest: Manifest, archivePath: string): Promise<void> {
  await writeFile(join(workDir, MANIFEST_FILE), formatManifest(manifest));
  const partial = join(dirname(archivePath), `.${Date.now()}-${process.pid}.partial`);
  try {
    await tar.c({ gzip: true, file: partial, cwd: workDir, portable: true }, [
      MANIFEST_FILE,
      ...manifest.databases.map((d) => d.file),
    ]);
    const handle = await open(partial, 'r+');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(partial, archivePath);
  } catch (err) {
    await rm(partial, { force: true });
    throw err;
  }
}

/** An archive unpacked into a temporary folder whose every member matched its manifest checksum. */
export interface VerifiedArchive {
  manifest: Manifest;
  /** The folder holding `manifest.json` and `databases/*`. */
  dir: string;
  /** The path of a member in `dir`. */
  pathOf(member: string): string;
  /** Removes the temporary folder. */
  dispose(): Promise<void>;
}

/**
 * Unpacks an archive into a temporary folder and checks all of it before anything is restored: it must be
 * a readable tar.gz, hold a valid manifest covering every service, hold exactly the members the manifest
 * lists (nothing missing, nothing extra, only plain files), and each member's size and SHA-256 must be the
 * manifest's. The first problem found is thrown as a BackupError and the folder is removed.
 */
export async function openVerifiedArchive(
  archivePath: string,
  workRoot = tmpdir(),
): Promise<VerifiedArchive> {
  if (!existsSync(archivePath)) throw new BackupError(`archive not found: ${archivePath}`);
  if (!statSync(archivePath).isFile()) throw new BackupError(`not a file: ${archivePath}`);
  const dir = await mkdtemp(join(workRoot, '.work-unpack-'));
  const dispose = () => rm(dir, { recursive: true, force: true });
  try {
    const members: string[] = [];
    const odd: string[] = [];
    try {
      await tar.x({
        file: archivePath,
        cwd: dir,
        strict: true,
        filter: (path, entry) => {
          const type = 'type' in entry ? entry.type : 'File';
          if (type === 'File' || type === 'OldFile') members.push(path.replace(/^\.\//, ''));
          else if (type !== 'Directory') odd.push(`${path} (${type})`);
          return type === 'File' || type === 'OldFile' || type === 'Directory';
        },
      });
    } catch (err) {
      throw new BackupError(
        `cannot read ${archivePath}: it is not a complete .tar.gz archive (${messageOf(err)})`,
        { cause: err },
      );
    }
    if (odd.length > 0) throw new BackupError(`the archive holds unexpected entries: ${odd.join(', ')}`);
    if (!members.includes(MANIFEST_FILE))
      throw new BackupError(`the archive is incomplete: it has no ${MANIFEST_FILE}`);
    const manifest = parseManifest(await readFile(join(dir, MANIFEST_FILE), 'utf8'));
    const listed = new Set([MANIFEST_FILE, ...manifest.databases.map((d) => d.file)]);
    const missing = [...listed].filter((m) => !members.includes(m));
    if (missing.length > 0) throw new BackupError(`the archive is incomplete: ${missing.join(', ')} missing`);
    const extra = members.filter((m) => !listed.has(m));
    if (extra.length > 0)
      throw new BackupError(`the archive holds members its manifest does not list: ${extra.join(', ')}`);
    if (members.length !== new Set(members).size) throw new BackupError('the archive holds a member twice');
    for (const entry of manifest.databases) {
      const path = join(dir, entry.file);
      const actual = await digestFile(path);
      if (actual.size !== entry.size || actual.sha256 !== entry.sha256)
        throw new BackupError(
          `checksum mismatch for ${entry.file}: the manifest says ${entry.size} bytes with sha256 ${entry.sha256}, the archive holds ${actual.size} bytes with sha256 ${actual.sha256}`,
        );
    }
    return { manifest, dir, pathOf: (member) => join(dir, member), dispose };
  } catch (err) {
    await dispose();
    throw err;
  }
}
