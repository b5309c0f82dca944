import { loadBackupSettings } from './settings';

describe('backup settings', () => {
  it('defaults to the embedded mode: the SQLite files of DATA_DIR, archives in DATA_DIR/backups, daily at 02:00', () => {
    expect(loadBackupSettings({})).toMatchObject({
      mode: 'embedded',
      dataDir: './data',
      backupDir: 'data/backups',
      retention: { days: 14 },
      dailyAt: { hour: 2, minute: 0 },
    });
  });

  it('selects MySQL when MYSQL_URL is set, one oms_<service> database each, with overrides per service', () => {
    const settings = loadBackupSettings({
      MYSQL_URL: 'mysql://backup:secret@db:3306/',
      MASTERS_DATABASE_URL: 'mysql://other@db2:3307/masters_db',
      BACKUP_DIR: '/backups',
      BACKUP_RETENTION_DAYS: '30',
      BACKUP_RETENTION_COUNT: '10',
    });
    expect(settings.mode).toBe('mysql');
    expect(settings.backupDir).toBe('/backups');
    expect(settings.retention).toEqual({ days: 30, count: 10 });
    expect(settings.mysql.map((t) => [t.service, t.url, t.database])).toEqual([
      ['orders', 'mysql://backup:secret@db:3306/oms_orders', 'oms_orders'],
      ['approvals', 'mysql://backup:secret@db:3306/oms_approvals', 'oms_approvals'],
      ['feasibility', 'mysql://backup:secret@db:3306/oms_feasibility', 'oms_feasibility'],
      ['masters', 'mysql://other@db2:3307/masters_db', 'masters_db'],
      ['integrations', 'mysql://backup:secret@db:3306/oms_integrations', 'oms_integrations'],
    ]);
  });

  it('takes BACKUP_MODE over the guess; mysql then uses the launcher default server', () => {
    expect(loadBackupSettings({ BACKUP_MODE: 'mysql' }).mysql[0].url).toBe(
      'mysql://root@127.0.0.1:3306/oms_orders',
    );
    expect(loadBackupSettings({ BACKUP_MODE: 'embedded', MYSQL_URL: 'mysql://root@db:3306' }).mode).toBe(
      'embedded',
    );
  });

  it('turns the schedule off and names a malformed variable', () => {
    expect(loadBackupSettings({ BACKUP_DAILY_AT: 'off' }).dailyAt).toBeNull();
    expect(() => loadBackupSettings({ BACKUP_DAILY_AT: '25:00' })).toThrow(/BACKUP_DAILY_AT: must be HH:MM/);
    expect(() => loadBackupSettings({ BACKUP_RETENTION_DAYS: '0' })).toThrow(/BACKUP_RETENTION_DAYS/);
    expect(() => loadBackupSettings({ BACKUP_MODE: 'postgres' })).toThrow(/BACKUP_MODE/);
    expect(() => loadBackupSettings({ MYSQL_URL: 'http://db' })).toThrow(/MYSQL_URL/);
  });
});
