import { createLogger } from '@oms/config';
import { embeddedBackupSettings, startDailyBackups } from './backup-schedule';
import { loadEmbeddedEnv } from './embedded-env';

describe('the embedded daily backup', () => {
  const logger = createLogger('embedded', 'silent');

  it('backs up its own SQLite files into DATA_DIR/backups, whatever MySQL variables are around', () => {
    const settings = embeddedBackupSettings(
      loadEmbeddedEnv({
        DATA_DIR: '/srv/oms',
        BACKUP_RETENTION_DAYS: '7',
        MYSQL_URL: 'mysql://root@db:3306',
      }),
    );
    expect(settings).toMatchObject({
      mode: 'embedded',
      dataDir: '/srv/oms',
      backupDir: '/srv/oms/backups',
      retention: { days: 7 },
      dailyAt: { hour: 2, minute: 0 },
    });
    expect(embeddedBackupSettings(loadEmbeddedEnv({ BACKUP_DIR: '/mnt/backups' })).backupDir).toBe(
      '/mnt/backups',
    );
  });

  it('arms the timer for the configured UTC time, and not at all when it is off', async () => {
    const backups = startDailyBackups(loadEmbeddedEnv({ BACKUP_DAILY_AT: '23:45' }), [], logger);
    expect(backups?.nextRunAt?.toISOString()).toMatch(/T23:45:00\.000Z$/);
    await backups?.stop();
    expect(startDailyBackups(loadEmbeddedEnv({ BACKUP_DAILY_AT: 'off' }), [], logger)).toBeNull();
  });
});
