import {
  backupSettingsOf,
  createBackup,
  DailyBackups,
  formatDailyAt,
  type BackupSettings,
} from '@oms/backup';
import type { Logger } from '@oms/config';
import type { RunningService } from '@oms/server';
import type { EmbeddedEnv } from './embedded-env';

/** The backup settings of the embedded system: its own SQLite files, the schedule and retention of `env`. */
export function embeddedBackupSettings(env: EmbeddedEnv): BackupSettings {
  return backupSettingsOf({ ...env, BACKUP_MODE: 'embedded' });
}

/**
 * Arms the daily backup of the running embedded system (`BACKUP_DAILY_AT`, UTC; `off` turns it off). Each
 * run holds every service's database still while the files are copied, so the archive is one moment of
 * the whole system even while it serves requests.
 */
export function startDailyBackups(
  env: EmbeddedEnv,
  services: readonly RunningService[],
  logger: Logger,
): DailyBackups | null {
  const settings = embeddedBackupSettings(env);
  if (!settings.dailyAt) {
    logger.info('daily backup is off (BACKUP_DAILY_AT=off)');
    return null;
  }
  const hold = holdAll(services.map((s) => s.db));
  const backups = new DailyBackups(settings.dailyAt, () => createBackup(settings, { hold }), logger).start();
  logger.info(
    {
      at: `${formatDailyAt(settings.dailyAt)} UTC`,
      backupDir: settings.backupDir,
      nextRunAt: backups.nextRunAt?.toISOString(),
    },
    'daily backup scheduled',
  );
  return backups;
}

/**
 * Runs `work` while every database waits: each SQLite database serialises its reads and transactions in
 * one queue, and `work` is queued in all of them at once, so no transaction commits while it runs.
 */
function holdAll(dbs: RunningService['db'][]) {
  return <T>(work: () => Promise<T>): Promise<T> =>
    dbs.reduceRight<() => Promise<T>>((inner, db) => () => db.read(() => inner()), work)();
}
