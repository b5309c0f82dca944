import { z } from 'zod';
import { loadConfig, positiveInt } from '@oms/config';
import type { SyncSystem } from './domain/sync-record';
import type { RetryPolicy } from './domain/delivery';

const httpUrl = z.url({ protocol: /^https?$/, message: 'must be an http(s):// URL' });

/** integrations' own settings, beside the ones every service reads (see the README's configuration table). */
export const integrationsEnvSchema = z
  .object({
    /** smtp://host:port or smtps://user:pass@host:port; unset: mails are written to files under DATA_DIR/mail. */
    SMTP_URL: z.url({ protocol: /^smtps?$/, message: 'must be an smtp:// or smtps:// URL' }).optional(),
    MAIL_FROM: z.string().min(3).default('OMS <no-reply@oms.local>'),
    MAIL_MAX_ATTEMPTS: positiveInt(6),
    MAIL_RETRY_BASE_MS: positiveInt(5000),
    MAIL_RETRY_MAX_MS: positiveInt(15 * 60 * 1000),
    BMS_URL: httpUrl.optional(),
    LMS_URL: httpUrl.optional(),
    HELPDESK_URL: httpUrl.optional(),
    BMS_HMAC_SECRET: z.string().min(16).optional(),
    LMS_HMAC_SECRET: z.string().min(16).optional(),
    HELPDESK_HMAC_SECRET: z.string().min(16).optional(),
    SYNC_MAX_ATTEMPTS: positiveInt(8),
    SYNC_RETRY_BASE_MS: positiveInt(2000),
    SYNC_RETRY_MAX_MS: positiveInt(30 * 60 * 1000),
    SYNC_TIMEOUT_MS: positiveInt(10000),
    /** How often the mail and sync senders look for due work. */
    DELIVERY_POLL_MS: positiveInt(1000),
  })
  .superRefine((env, ctx) => {
    for (const system of ['BMS', 'LMS', 'HELPDESK'] as const) {
      if (env[`${system}_URL`] && !env[`${system}_HMAC_SECRET`]) {
        ctx.addIssue({
          code: 'custom',
          path: [`${system}_HMAC_SECRET`],
          message: `is required when ${system}_URL is set (at least 16 characters)`,
        });
      }
    }
  });

export type IntegrationsEnv = z.infer<typeof integrationsEnvSchema>;

/** Where one system's connector posts, and the secret it signs with; null URL: calls are recorded locally. */
export interface ConnectorSetting {
  url: string | null;
  secret: string | null;
}

/** integrations' settings in the shape the wiring uses. */
export interface IntegrationsSettings {
  smtpUrl: string | null;
  mailFrom: string;
  mailRetry: RetryPolicy;
  connectors: Record<SyncSystem, ConnectorSetting>;
  syncRetry: RetryPolicy;
  syncTimeoutMs: number;
  pollMs: number;
}

/** Reads integrations' settings, stopping start-up with a message naming each bad variable. */
export function loadIntegrationsSettings(env: NodeJS.ProcessEnv = process.env): IntegrationsSettings {
  const e = loadConfig(integrationsEnvSchema, env);
  const connector = (system: SyncSystem): ConnectorSetting => ({
    url: e[`${system}_URL`] ?? null,
    secret: e[`${system}_HMAC_SECRET`] ?? null,
  });
  return {
    smtpUrl: e.SMTP_URL ?? null,
    mailFrom: e.MAIL_FROM,
    mailRetry: { maxAttempts: e.MAIL_MAX_ATTEMPTS, baseMs: e.MAIL_RETRY_BASE_MS, maxMs: e.MAIL_RETRY_MAX_MS },
    connectors: { BMS: connector('BMS'), LMS: connector('LMS'), HELPDESK: connector('HELPDESK') },
    syncRetry: { maxAttempts: e.SYNC_MAX_ATTEMPTS, baseMs: e.SYNC_RETRY_BASE_MS, maxMs: e.SYNC_RETRY_MAX_MS },
    syncTimeoutMs: e.SYNC_TIMEOUT_MS,
    pollMs: e.DELIVERY_POLL_MS,
  };
}
