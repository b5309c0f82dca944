import { loadEmbeddedEnv } from './embedded-env';

describe('embedded settings', () => {
  it('defaults to the documented ports and data folder', () => {
    expect(loadEmbeddedEnv({})).toMatchObject({
      DATA_DIR: './data',
      GATEWAY_PORT: 4000,
      ORDERS_PORT: 4001,
      APPROVALS_PORT: 4002,
      FEASIBILITY_PORT: 4003,
      MASTERS_PORT: 4004,
      INTEGRATIONS_PORT: 4005,
    });
  });

  it('backs up daily at 02:00 UTC by default and names a malformed schedule', () => {
    expect(loadEmbeddedEnv({})).toMatchObject({ BACKUP_DAILY_AT: '02:00', BACKUP_RETENTION_DAYS: 14 });
    expect(loadEmbeddedEnv({ BACKUP_DAILY_AT: 'off' }).BACKUP_DAILY_AT).toBe('off');
    expect(() => loadEmbeddedEnv({ BACKUP_DAILY_AT: '2am' })).toThrow(/BACKUP_DAILY_AT/);
  });

  it('names a malformed port', () => {
    expect(() => loadEmbeddedEnv({ MASTERS_PORT: 'x' })).toThrow(/MASTERS_PORT/);
  });
});
