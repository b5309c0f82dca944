import { randomBytes } from 'node:crypto';
import type { Logger, ServiceEnv } from '@oms/config';
import type { EventContext } from '@oms/messaging';
import { SYSTEM_ACTOR } from '@oms/contracts';

/** Creates the first administrator; returns false when users already exist (it never runs twice). */
export type CreateFirstAdmin = (
  context: EventContext,
  admin: { email: string; name: string; password: string },
) => Promise<boolean>;

/** The address of the generated development administrator. */
export const DEV_ADMIN_EMAIL = 'admin@oms.local';

/**
 * Bootstraps the first administrator on an empty user table, once: from `BOOTSTRAP_ADMIN_EMAIL` and
 * `BOOTSTRAP_ADMIN_PASSWORD` when set. Outside production, with neither set, a development administrator
 * `admin@oms.local` is created with a random password that is logged once — the only time it is shown.
 */
export async function bootstrapAdmin(
  env: ServiceEnv,
  createFirstAdmin: CreateFirstAdmin,
  logger: Logger,
): Promise<void> {
  const context: EventContext = {
    correlationId: `bootstrap-${Date.now()}`,
    causationId: null,
    actor: SYSTEM_ACTOR,
  };
  const email = env.BOOTSTRAP_ADMIN_EMAIL;
  const password = env.BOOTSTRAP_ADMIN_PASSWORD;
  if (email && password) {
    if (await createFirstAdmin(context, { email, name: env.BOOTSTRAP_ADMIN_NAME, password }))
      logger.info({ email }, 'bootstrapped the first administrator from BOOTSTRAP_ADMIN_EMAIL');
    return;
  }
  if (email || password)
    throw new Error('set both BOOTSTRAP_ADMIN_EMAIL and BOOTSTRAP_ADMIN_PASSWORD, or neither');
  if (env.NODE_ENV === 'production' || env.NODE_ENV === 'test') return;
  const generated = `${randomBytes(12).toString('base64url')}-Aa1`;
  if (await createFirstAdmin(context, { email: DEV_ADMIN_EMAIL, name: 'Administrator', password: generated }))
    logger.warn(
      { email: DEV_ADMIN_EMAIL, password: generated },
      'created the development administrator: sign in with this password and change it (shown only once)',
    );
}
