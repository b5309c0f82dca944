import { join } from 'node:path';
import { z } from 'zod';
import { loadConfig, mysqlUrl, positiveInt } from '@oms/config';
import { SERVICES, type ServiceName } from '@oms/contracts';
import { parseDailyAt, type DailyAt } from './schedule';

/** Where service databases live: MySQL/MariaDB databases, or the embedded mode's SQLite files. */
export type BackupMode = 'mysql' | 'embedded';

/** The server MySQL mode uses when `MYSQL_URL` is not set (the distributed launcher's default). */
export const DEFAULT_MYSQL_URL = 'mysql://root@127.0.0.1:3306';

const serverUrl = z.string().refine((v) => {
  try {
    const url = new URL(v);
    return url.protocol === 'mysql:' || url.protocol === 'mariadb:';
  } catch {
    return false;
  }
}, 'must be a mysql://user:password@host:port URL');

/** The variable that overrides one service's database URL (`ORDERS_DATABASE_URL`, ...). */
export function databaseUrlVariable(service: ServiceName): string {
  return `${service.toUpperCase()}_DATABASE_URL`;
}

/**
 * The settings of the backup folder, retention and the daily schedule: shared by the CLI and the embedded
 * system (which spreads them into its own settings).
 */
export const backupScheduleShape = {
  BACKUP_DIR: z.string().optional(),
  BACKUP_RETENTION_DAYS: positiveInt(14),
  BACKUP_RETENTION_COUNT: z.coerce.number().int().positive().optional(),
  BACKUP_DAILY_AT: z
    .string()
    .refine((v) => v === 'off' || parseDailyAt(v) !== null, 'must be HH:MM (UTC, 24-hour) or off')
    .default('02:00'),
};

/** The backup and restore settings (see docs/operations/backup-and-restore.md). */
export const backupEnvSchema = z.object({
  BACKUP_MODE: z.enum(['mysql', 'embedded']).optional(),
  MYSQL_URL: serverUrl.optional(),
  ...(Object.fromEntries(SERVICES.map((s) => [databaseUrlVariable(s), mysqlUrl.optional()])) as Record<
    `${Uppercase<ServiceName>}_DATABASE_URL`,
    z.ZodOptional<typeof mysqlUrl>
  >),
  DATA_DIR: z.string().default('./data'),
  ...backupScheduleShape,
});

/** The parsed backup variables. */
export type BackupEnv = z.infer<typeof backupEnvSchema>;

/** One service database to back up or restore in MySQL mode. */
export interface MysqlTarget {
  service: ServiceName;
  /** The database's URL, e.g. `mysql://root@127.0.0.1:3306/oms_orders`. */
  url: string;
  database: string;
}

/** The validated settings of a backup or restore run. */
export interface BackupSettings {
  mode: BackupMode;
  /** MySQL mode: each service's database. */
  mysql: MysqlTarget[];
  /** Embedded mode: the folder of the SQLite files. */
  dataDir: string;
  /** Where archives are written (and pruned). */
  backupDir: string;
  retention: Retention;
  /** When the embedded system takes its daily backup; null when the schedule is off. */
  dailyAt: DailyAt | null;
}

/** How long archives are kept: older than `days` goes, and beyond the `count` newest goes. */
export interface Retention {
  days: number;
  count?: number;
}

/**
 * Reads the backup settings. The mode is `BACKUP_MODE` when set; otherwise MySQL when `MYSQL_URL` or a
 * `<SERVICE>_DATABASE_URL` is set, and embedded (the SQLite files under `DATA_DIR`) when neither is.
 */
export function loadBackupSettings(env: NodeJS.ProcessEnv = process.env): BackupSettings {
  return backupSettingsOf(loadConfig(backupEnvSchema, env));
}

/** The settings of already parsed variables (the embedded system parses them with its own). */
export function backupSettingsOf(parsed: BackupEnv): BackupSettings {
  const overrides = SERVICES.map(
    (s) => parsed[databaseUrlVariable(s) as keyof BackupEnv] as string | undefined,
  );
  const mode: BackupMode =
    parsed.BACKUP_MODE ?? (parsed.MYSQL_URL || overrides.some(Boolean) ? 'mysql' : 'embedded');
  const server = (parsed.MYSQL_URL ?? DEFAULT_MYSQL_URL).replace(/\/+$/, '');
  return {
    mode,
    mysql: SERVICES.map((service, i) => {
      const url = overrides[i] ?? `${server}/oms_${service}`;
      return { service, url, database: databaseOf(url) };
    }),
    dataDir: parsed.DATA_DIR,
    backupDir: parsed.BACKUP_DIR ?? join(parsed.DATA_DIR, 'backups'),
    retention: { days: parsed.BACKUP_RETENTION_DAYS, count: parsed.BACKUP_RETENTION_COUNT },
    dailyAt: parsed.BACKUP_DAILY_AT === 'off' ? null : parseDailyAt(parsed.BACKUP_DAILY_AT),
  };
}

/** The database name in a MySQL URL's path. */
export function databaseOf(url: string): string {
  return decodeURIComponent(new URL(url).pathname.slice(1));
}

/** The same URL without its database: what a connection to the server itself uses. */
export function serverOf(url: string): string {
  const parsed = new URL(url);
  parsed.pathname = '/';
  return parsed.toString();
}

/** A URL for logs and messages: the password is masked. */
export function redact(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}
