import { loadIntegrationsSettings } from './settings';

describe('loadIntegrationsSettings', () => {
  it('defaults to no SMTP server and no URLs (embedded: mail to files, calls recorded locally)', () => {
    const settings = loadIntegrationsSettings({});
    expect(settings.smtpUrl).toBeNull();
    expect(settings.connectors.BMS).toEqual({ url: null, secret: null });
    expect(settings.syncRetry).toEqual({ maxAttempts: 8, baseMs: 2000, maxMs: 1800000 });
  });

  it('requires a signing secret with a connector URL', () => {
    expect(() => loadIntegrationsSettings({ LMS_URL: 'http://lms.example/hook' })).toThrow(/LMS_HMAC_SECRET/);
  });

  it('refuses URLs of the wrong kind', () => {
    expect(() => loadIntegrationsSettings({ SMTP_URL: 'http://mail' })).toThrow(/SMTP_URL/);
    expect(() => loadIntegrationsSettings({ BMS_URL: 'ftp://bms', BMS_HMAC_SECRET: 'x'.repeat(16) })).toThrow(
      /BMS_URL/,
    );
  });
});
