import { SignJWT, UnsecuredJWT, base64url, decodeJwt } from 'jose';
import { generateSigningKey, importSigningKey } from '@oms/auth';
import { TEST_TOKEN_PRIVATE_JWK, TEST_TOKEN_PUBLIC_JWK, gql, waitUntil } from '@oms/testkit';
import {
  ADMIN,
  REFRESH,
  signIn,
  startSecuredSystem,
  untilKnownEverywhere,
  type SecuredSystem,
  type Session,
} from './secured-system';

const LEADS = '{ leads(first: 1) { totalCount } }';
const STATES = '{ states(first: 1) { totalCount } }';
const LOGOUT = 'mutation { logout { loggedOut errors { code } } }';

/**
 * Access tokens through the real gateway (MariaDB + Kafka behind it): every way a token can be wrong is
 * refused with UNAUTHENTICATED before any subgraph answers, and the good token is accepted.
 */
describe('access tokens at the gateway', () => {
  let system: SecuredSystem;
  let admin: Session;
  let claims: { sub: string; sid: string };

  /** A token with the admin's identity, signed with the real key unless told otherwise. */
  const forge = async (
    changes: { header?: Record<string, unknown>; claims?: Record<string, unknown>; key?: object } = {},
  ) => {
    const now = Math.floor(Date.now() / 1000);
    const payload = {
      sub: claims.sub,
      sid: claims.sid,
      jti: `forged-${now}`,
      iat: now,
      nbf: now,
      exp: now + 600,
      iss: 'oms-masters',
      aud: 'oms-api',
      ...changes.claims,
    };
    return new SignJWT(payload)
      .setProtectedHeader({ alg: 'EdDSA', kid: TEST_TOKEN_PUBLIC_JWK.kid, typ: 'at+jwt', ...changes.header })
      .sign(await importSigningKey((changes.key ?? TEST_TOKEN_PRIVATE_JWK) as never, 'sign'));
  };
  const ask = (token: string, query = LEADS) =>
    gql(system.gatewayUrl, query, {}, { authorization: `Bearer ${token}` });
  /**
   * A token the gateway can tell is bad is refused before any subgraph runs (no data at all); a token that is
   * well signed but revoked passes the gateway and is refused by the subgraph (data null). Either way the
   * caller gets UNAUTHENTICATED and nothing else.
   */
  const expectRefused = async (token: string, query = LEADS) => {
    const res = await ask(token, query);
    expect(res.data ?? null).toBeNull();
    expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  };

  beforeAll(async () => {
    system = await startSecuredSystem();
    admin = await signIn(system.gatewayUrl, ADMIN.email, ADMIN.password);
    await untilKnownEverywhere(system.gatewayUrl, admin);
    claims = decodeJwt(admin.accessToken);
  });

  afterAll(async () => {
    await system?.stop();
  });

  it('accepts the real token, and a token forged exactly like it with the real key (the control case)', async () => {
    expect((await ask(admin.accessToken)).errors).toBeUndefined();
    expect((await ask(await forge())).errors).toBeUndefined();
  });

  const now = () => Math.floor(Date.now() / 1000);
  const cases: [string, () => Promise<string>][] = [
    ['expired', () => forge({ claims: { exp: now() - 60, iat: now() - 700, nbf: now() - 700 } })],
    ['not yet valid', () => forge({ claims: { nbf: now() + 300 } })],
    ['issued more than 15 minutes ago', () => forge({ claims: { iat: now() - 1200 } })],
    [
      'algorithm none',
      async () => new UnsecuredJWT({ ...claims, iss: 'oms-masters', aud: 'oms-api' }).encode(),
    ],
    [
      'HS256 keyed with the published public key',
      async () =>
        new SignJWT({ ...claims, iss: 'oms-masters', aud: 'oms-api', jti: 'x' })
          .setProtectedHeader({ alg: 'HS256', kid: TEST_TOKEN_PUBLIC_JWK.kid, typ: 'at+jwt' })
          .setIssuedAt()
          .setExpirationTime('5m')
          .sign(new TextEncoder().encode(JSON.stringify(TEST_TOKEN_PUBLIC_JWK))),
    ],
    [
      'unknown key id',
      async () => {
        const key = await generateSigningKey('k-unknown');
        return forge({ header: { kid: 'k-unknown' }, key: key.privateJwk });
      },
    ],
    [
      'a stranger key under the real key id',
      async () => forge({ key: (await generateSigningKey(TEST_TOKEN_PUBLIC_JWK.kid)).privateJwk }),
    ],
    [
      'tampered payload (another subject)',
      async () => {
        const [header, , signature] = admin.accessToken.split('.');
        const payload = { ...decodeJwt(admin.accessToken), sub: 'someone-else' };
        return `${header}.${base64url.encode(JSON.stringify(payload))}.${signature}`;
      },
    ],
    ['wrong issuer', () => forge({ claims: { iss: 'evil-issuer' } })],
    ['wrong audience', () => forge({ claims: { aud: 'another-api' } })],
    ['wrong token type', () => forge({ header: { typ: 'JWT' } })],
    ['a refresh token sent as an access token', async () => admin.refreshToken],
    ['garbage', async () => 'not.a.token'],
  ];

  it.each(cases)('refuses a token that is %s', async (_name, make) => {
    for (const query of [LEADS, STATES]) {
      const res = await ask(await make(), query);
      // Refused at the gateway: no subgraph ran, so there is no data at all.
      expect(res.data).toBeUndefined();
      expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
  });

  it('refuses an Authorization header that is not a bearer token', async () => {
    for (const authorization of [`Token ${admin.accessToken}`, 'Bearer', `Basic ${admin.accessToken}`]) {
      const res = await gql(system.gatewayUrl, LEADS, {}, { authorization });
      expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      expect(res.data).toBeUndefined();
    }
  });

  it('refuses the tokens of a session that logged out, in masters at once and everywhere soon after', async () => {
    const session = await signIn(system.gatewayUrl, ADMIN.email, ADMIN.password);
    expect((await ask(session.accessToken, STATES)).errors).toBeUndefined();
    const out = await gql(system.gatewayUrl, LOGOUT, {}, session.headers);
    expect(out.data?.logout).toEqual({ loggedOut: true, errors: [] });
    await expectRefused(session.accessToken, STATES);
    await waitUntil(
      async () => (await ask(session.accessToken)).errors?.[0]?.extensions?.code === 'UNAUTHENTICATED',
    );
    await expectRefused(session.accessToken);
    const refreshed = await gql(system.gatewayUrl, REFRESH, {
      input: { refreshToken: session.refreshToken },
    });
    expect(refreshed.data?.refreshSession.errors[0].code).toBe('INVALID_REFRESH_TOKEN');
    // The admin's other session is untouched.
    expect((await ask(admin.accessToken)).errors).toBeUndefined();
  });

  it('rotates refresh tokens, and reuse of a spent one revokes the whole family', async () => {
    const session = await signIn(system.gatewayUrl, ADMIN.email, ADMIN.password);
    const first = await gql(system.gatewayUrl, REFRESH, { input: { refreshToken: session.refreshToken } });
    const next = first.data?.refreshSession.tokens as { accessToken: string; refreshToken: string };
    expect(first.data?.refreshSession.errors).toEqual([]);
    expect(next.refreshToken).not.toBe(session.refreshToken);
    expect((await ask(next.accessToken, STATES)).errors).toBeUndefined();

    const reuse = await gql(system.gatewayUrl, REFRESH, { input: { refreshToken: session.refreshToken } });
    expect(reuse.data?.refreshSession).toMatchObject({
      tokens: null,
      errors: [{ code: 'INVALID_REFRESH_TOKEN' }],
    });
    const afterReuse = await gql(system.gatewayUrl, REFRESH, { input: { refreshToken: next.refreshToken } });
    expect(afterReuse.data?.refreshSession.errors[0].code).toBe('INVALID_REFRESH_TOKEN');
    await expectRefused(next.accessToken, STATES);
    await expectRefused(session.accessToken, STATES);
  });
});
