import { z } from 'zod';
import { SERVICES, type ServiceName } from '@oms/contracts';
import { BackupError } from './errors';

/** The manifest's own name inside an archive. */
export const MANIFEST_FILE = 'manifest.json';

/** The archive layout this code writes; a restore refuses any other. */
export const FORMAT_VERSION = 1;

const serviceName = z.enum(SERVICES);

/** The state of one service database at backup time. */
const databaseEntrySchema = z.object({
  service: serviceName,
  /** MySQL: the database's name; embedded: the SQLite file's name. */
  database: z.string().min(1),
  /** The member holding it: `databases/<service>.jsonl` (MySQL) or `databases/<service>.sqlite` (embedded). */
  file: z.string().regex(/^databases\/[a-z]+\.(jsonl|sqlite)$/),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  size: z.number().int().nonnegative(),
  /** Rows per table. */
  tables: z.record(z.string(), z.number().int().nonnegative()),
  /** The schema version: how many TypeORM migrations had run, and the last one's name. */
  migrations: z.object({ count: z.number().int().nonnegative(), latest: z.string().nullable() }),
});

/** What an archive holds and how to check it: read before anything is restored. */
export const manifestSchema = z.object({
  format: z.literal('oms-backup'),
  formatVersion: z.literal(FORMAT_VERSION),
  createdAt: z.iso.datetime(),
  mode: z.enum(['mysql', 'embedded']),
  databases: z.array(databaseEntrySchema),
});

/** An archive's manifest. */
export type Manifest = z.infer<typeof manifestSchema>;
/** One database of a manifest. */
export type DatabaseEntry = z.infer<typeof databaseEntrySchema>;

/** The archive member of a service's database in a mode. */
export function memberOf(service: ServiceName, mode: Manifest['mode']): string {
  return `databases/${service}.${mode === 'mysql' ? 'jsonl' : 'sqlite'}`;
}

/**
 * Reads and checks a manifest: the JSON, its shape, the format version, and that it covers every service
 * exactly once with the member the mode prescribes. Anything else is refused with a message saying what.
 */
export function parseManifest(text: string): Manifest {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new BackupError(`the archive's ${MANIFEST_FILE} is not valid JSON (${(err as Error).message})`);
  }
  const version = (json as { formatVersion?: unknown } | null)?.formatVersion;
  if (typeof version === 'number' && version !== FORMAT_VERSION)
    throw new BackupError(
      `the archive has format version ${version}; this version of the tool reads version ${FORMAT_VERSION}`,
    );
  const result = manifestSchema.safeParse(json);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new BackupError(`the archive's ${MANIFEST_FILE} is malformed: ${problems.join('; ')}`);
  }
  const manifest = result.data;
  for (const service of SERVICES) {
    const entries = manifest.databases.filter((d) => d.service === service);
    if (entries.length === 0)
      throw new BackupError(`the archive is incomplete: it holds no database of the ${service} service`);
    if (entries.length > 1)
      throw new BackupError(`the archive's manifest lists the ${service} service ${entries.length} times`);
    if (entries[0].file !== memberOf(service, manifest.mode))
      throw new BackupError(
        `the archive's manifest names ${entries[0].file} for ${service}; a ${manifest.mode} archive keeps it in ${memberOf(service, manifest.mode)}`,
      );
  }
  return manifest;
}

/** The manifest as written into an archive (stable key order, readable). */
export function formatManifest(manifest: Manifest): string {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/** True when two tables-to-row-counts records name the same tables with the same counts. */
export function sameCounts(a: Record<string, number>, b: Record<string, number>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => Object.hasOwn(b, k) && a[k] === b[k]);
}
