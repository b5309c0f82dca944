import { SignJWT, UnsecuredJWT, base64url, decodeJwt } from 'jose';
import { AccessTokenIssuer, AccessTokenVerifier } from './tokens';
import { generateSigningKey, importSigningKey, type JwkPair } from './keys';

const AUDIENCE = { issuer: 'oms-masters', audience: 'oms-api' };
const CLAIMS = { userId: 'u-1', sessionId: 's-1' };

describe('access tokens', () => {
  let k1: JwkPair;
  let k2: JwkPair;
  let stranger: JwkPair;
  let issuer: AccessTokenIssuer;
  let verifier: AccessTokenVerifier;

  /** A token signed with `key`, with the standard claims unless overridden. */
  const forge = async (
    key: JwkPair,
    changes: { header?: Record<string, unknown>; claims?: Record<string, unknown> } = {},
  ) => {
    const now = Math.floor(Date.now() / 1000);
    const claims = {
      sub: 'u-1',
      sid: 's-1',
      jti: 'j',
      iat: now,
      nbf: now,
      exp: now + 600,
      iss: AUDIENCE.issuer,
    };
    return new SignJWT({ ...claims, aud: AUDIENCE.audience, ...changes.claims })
      .setProtectedHeader({ alg: 'EdDSA', kid: key.publicJwk.kid, typ: 'at+jwt', ...changes.header })
      .sign(await importSigningKey(key.privateJwk, 'sign'));
  };

  beforeAll(async () => {
    k1 = await generateSigningKey('k1');
    k2 = await generateSigningKey('k2');
    stranger = await generateSigningKey('k1');
    issuer = await AccessTokenIssuer.create([k1.privateJwk, k2.privateJwk], 'k1', {
      ...AUDIENCE,
      ttlSeconds: 900,
    });
    verifier = AccessTokenVerifier.local(issuer.jwks(), AUDIENCE);
  });

  it('issues a token of at most 15 minutes that verifies to its user and session', async () => {
    const { token, expiresAt } = await issuer.issue(CLAIMS);
    expect(await verifier.verify(token)).toEqual(CLAIMS);
    const claims = decodeJwt(token);
    expect((claims.exp as number) - (claims.iat as number)).toBe(900);
    expect(expiresAt.getTime()).toBe((claims.exp as number) * 1000);
  });

  it('publishes only public keys, every configured one', () => {
    const { keys } = issuer.jwks();
    expect(keys.map((k) => k.kid)).toEqual(['k1', 'k2']);
    for (const key of keys) expect(key).not.toHaveProperty('d');
  });

  it('refuses lifetimes over 15 minutes, unknown active keys and keys without ids', async () => {
    await expect(
      AccessTokenIssuer.create([k1.privateJwk], 'k1', { ...AUDIENCE, ttlSeconds: 901 }),
    ).rejects.toThrow(/1\.\.900/);
    await expect(
      AccessTokenIssuer.create([k1.privateJwk], 'nope', { ...AUDIENCE, ttlSeconds: 60 }),
    ).rejects.toThrow(/not among/);
    const { kid: _kid, ...anonymous } = k1.privateJwk;
    await expect(
      AccessTokenIssuer.create([anonymous], undefined, { ...AUDIENCE, ttlSeconds: 60 }),
    ).rejects.toThrow(/key id/);
  });

  const refusals: [string, () => Promise<string>][] = [
    ['expired', () => forge(k1, { claims: { exp: Math.floor(Date.now() / 1000) - 60 } })],
    ['not yet valid', () => forge(k1, { claims: { nbf: Math.floor(Date.now() / 1000) + 120 } })],
    [
      'issued over 15 minutes ago',
      () => forge(k1, { claims: { iat: Math.floor(Date.now() / 1000) - 1200 } }),
    ],
    [
      'alg none',
      async () => new UnsecuredJWT({ sub: 'u-1', sid: 's-1' }).setIssuer(AUDIENCE.issuer).encode(),
    ],
    [
      'HS256 keyed with the public key (algorithm confusion)',
      async () =>
        new SignJWT({ sub: 'u-1', sid: 's-1', jti: 'j' })
          .setProtectedHeader({ alg: 'HS256', kid: 'k1', typ: 'at+jwt' })
          .setIssuedAt()
          .setExpirationTime('5m')
          .setIssuer(AUDIENCE.issuer)
          .setAudience(AUDIENCE.audience)
          .sign(new TextEncoder().encode(JSON.stringify(k1.publicJwk))),
    ],
    ['unknown key id', () => forge(k1, { header: { kid: 'k9' } })],
    ['signed by another key under a known id', () => forge(stranger)],
    [
      'tampered payload',
      async () => {
        const [h, , s] = (await issuer.issue(CLAIMS)).token.split('.');
        const payload = { ...decodeJwt((await issuer.issue(CLAIMS)).token), sub: 'admin' };
        return `${h}.${base64url.encode(JSON.stringify(payload))}.${s}`;
      },
    ],
    ['wrong issuer', () => forge(k1, { claims: { iss: 'someone-else' } })],
    ['wrong audience', () => forge(k1, { claims: { aud: 'another-api' } })],
    ['wrong type (an ID token, not an access token)', () => forge(k1, { header: { typ: 'JWT' } })],
    ['no session id', () => forge(k1, { claims: { sid: undefined } })],
    ['not a JWT at all', async () => 'definitely-not-a-token'],
  ];

  it('accepts a forged-for-test token built the same way (so the refusals below test one thing each)', async () => {
    expect(await verifier.verify(await forge(k1))).toEqual(CLAIMS);
  });

  it.each(refusals)('refuses a token: %s', async (_name, make) => {
    await expect(verifier.verify(await make())).rejects.toThrow();
  });
});
