import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AccessTokenIssuer, generateSigningKey, parseJwks, type JWK } from '@oms/auth';
import type { Logger, ServiceEnv } from '@oms/config';

/** Where a developer machine keeps its generated signing key, so tokens survive a restart. */
export const DEV_SIGNING_KEY_FILE = 'masters-dev-signing-key.json';

/**
 * The access-token issuer from the settings: the private JWKs in `AUTH_SIGNING_KEYS` and the active key id.
 * Production refuses to start without them. Elsewhere, when they are unset, a key is generated once and kept
 * in `DATA_DIR` (never in the repository), so a developer can start the system with no set-up.
 */
export async function loadTokenIssuer(env: ServiceEnv, logger: Logger): Promise<AccessTokenIssuer> {
  const options = {
    issuer: env.AUTH_ISSUER,
    audience: env.AUTH_AUDIENCE,
    ttlSeconds: env.ACCESS_TOKEN_TTL_SECONDS,
  };
  if (env.AUTH_SIGNING_KEYS) {
    const keys = parseJwks(env.AUTH_SIGNING_KEYS, 'AUTH_SIGNING_KEYS');
    return AccessTokenIssuer.create(keys, env.AUTH_ACTIVE_KEY_ID, options);
  }
  if (env.NODE_ENV === 'production')
    throw new Error(
      'AUTH_SIGNING_KEYS is required in production: the private JWKs access tokens are signed with',
    );
  const file = join(env.DATA_DIR, DEV_SIGNING_KEY_FILE);
  let keys: JWK[];
  if (existsSync(file)) {
    keys = parseJwks(readFileSync(file, 'utf8'), file);
  } else {
    keys = [(await generateSigningKey(`dev-${new Date().toISOString().slice(0, 10)}`)).privateJwk];
    mkdirSync(env.DATA_DIR, { recursive: true });
    writeFileSync(file, JSON.stringify({ keys }), { mode: 0o600 });
    logger.warn({ file }, 'AUTH_SIGNING_KEYS is not set: generated a development signing key');
  }
  return AccessTokenIssuer.create(keys, undefined, options);
}
