import { exportJWK, generateKeyPair, importJWK, type KeyLike, type JWK } from 'jose';

/** The one signature algorithm the system issues and accepts (Ed25519). */
export const SIGNING_ALGORITHM = 'EdDSA';

/** A key pair as JSON Web Keys: what the settings carry. */
export interface JwkPair {
  privateJwk: JWK;
  publicJwk: JWK;
}

/** Generates an Ed25519 key pair with a key id, as JWKs. */
export async function generateSigningKey(kid: string): Promise<JwkPair> {
  const { privateKey, publicKey } = await generateKeyPair(SIGNING_ALGORITHM, {
    crv: 'Ed25519',
    extractable: true,
  });
  const meta = { kid, alg: SIGNING_ALGORITHM, use: 'sig' };
  return {
    privateJwk: { ...(await exportJWK(privateKey)), ...meta },
    publicJwk: { ...(await exportJWK(publicKey)), ...meta },
  };
}

/** The public half of a private JWK (drops the private component `d`). */
export function publicJwkOf(jwk: JWK): JWK {
  const { d: _private, ...rest } = jwk;
  return rest;
}

/** Imports a JWK for signing or verifying with the system's algorithm; a wrong kind of key is refused. */
export async function importSigningKey(jwk: JWK, use: 'sign' | 'verify'): Promise<KeyLike> {
  if (jwk.kty !== 'OKP' || jwk.crv !== 'Ed25519') throw new Error('the key must be an Ed25519 (OKP) JWK');
  if (use === 'sign' && !jwk.d) throw new Error('a signing key must be a private JWK (with "d")');
  const key = await importJWK({ ...jwk, alg: SIGNING_ALGORITHM }, SIGNING_ALGORITHM);
  return key as KeyLike;
}

/** Parses a JWK or a JWK set from a setting's JSON text. */
export function parseJwks(text: string, setting: string): JWK[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new Error(`${setting} is not valid JSON`);
  }
  const keys = Array.isArray(parsed)
    ? parsed
    : parsed && typeof parsed === 'object' && Array.isArray((parsed as { keys?: unknown }).keys)
      ? (parsed as { keys: unknown[] }).keys
      : [parsed];
  for (const key of keys) {
    if (!key || typeof key !== 'object' || typeof (key as JWK).kty !== 'string')
      throw new Error(`${setting} must hold a JWK, an array of JWKs or a JWK set {"keys": [...]}`);
  }
  return keys as JWK[];
}
export type { JWK } from 'jose';
