import { z } from 'zod';
import { loadConfig, port } from '@oms/config';
import { backupScheduleShape } from '@oms/backup';

/** The settings of the embedded mode (everything has a default: no servers needed). */
export const embeddedEnvSchema = z.object({
  DATA_DIR: z.string().default('./data'),
  GATEWAY_HOST: z.string().default('127.0.0.1'),
  GATEWAY_PORT: port(4000),
  ORDERS_PORT: port(4001),
  APPROVALS_PORT: port(4002),
  FEASIBILITY_PORT: port(4003),
  MASTERS_PORT: port(4004),
  INTEGRATIONS_PORT: port(4005),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
  /** The daily backup: BACKUP_DAILY_AT (HH:MM UTC or off), BACKUP_DIR, BACKUP_RETENTION_DAYS/_COUNT. */
  ...backupScheduleShape,
});

/** Embedded-mode settings. */
export type EmbeddedEnv = z.infer<typeof embeddedEnvSchema>;

/** Reads the embedded settings from the environment. */
export function loadEmbeddedEnv(env: NodeJS.ProcessEnv = process.env): EmbeddedEnv {
  return loadConfig(embeddedEnvSchema, env);
}
