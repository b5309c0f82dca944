import { SignJWT, decodeJwt, decodeProtectedHeader, type JWK } from 'jose';
import {
  JWKS_REFETCH_COOLDOWN_MS,
  MAX_ACCESS_TOKEN_TTL_SECONDS,
  generateSigningKey,
  importSigningKey,
  type JwkPair,
} from '@oms/auth';
import { gql } from '@oms/testkit';
import {
  ADMIN,
  REFRESH,
  signIn,
  startSecuredSystem,
  untilKnownEverywhere,
  type SecuredSystem,
} from './secured-system';

/** Served by orders. */
const LEADS = '{ leads(first: 1) { totalCount } }';
/** Served by masters. */
const STATES = '{ states(first: 1) { totalCount } }';

/**
 * The documented rotation of the access-token signing keys (root README, "Rotating the signing keys"),
 * through the real gateway with MariaDB + Kafka behind it: masters is rolled alone, on the same database and
 * port, while the gateway and the other subgraphs keep running and keep their caches.
 *
 * What the gateway caches, and so what this spec can honestly promise: the gateway keeps masters' JWK set for
 * 10 minutes and fetches it again when a token names a key id it does not hold, but not within
 * JWKS_REFETCH_COOLDOWN_MS of its previous fetch: a token of the new key that arrives inside that window is
 * refused (UNAUTHENTICATED) although masters publishes its key. So the spec lets the cooldown pass before the
 * first token of a new key id reaches the gateway (`pastCooldown`); it asserts no timing. A removed key keeps
 * verifying until the gateway fetches the set again — the procedure waits 15 minutes (the longest token life)
 * before removing a key, so by then every token it signed has expired anyway.
 */
describe('signing-key rotation without downtime', () => {
  let system: SecuredSystem;
  let k1: JwkPair;
  let k2: JwkPair;
  /** When the gateway last answered a request with a token: its last key fetch ended before that. */
  let lastTokenAnswer = 0;

  const ask = async (token: string, query: string) => {
    const res = await gql(system.gatewayUrl, query, {}, { authorization: `Bearer ${token}` });
    lastTokenAnswer = Date.now();
    return res;
  };
  /** The token works through the gateway, for a query served by orders and one served by masters. */
  const expectAccepted = async (token: string) => {
    for (const query of [LEADS, STATES]) {
      const res = await ask(token, query);
      expect(res.errors).toBeUndefined();
      expect(res.data).toBeDefined();
    }
  };
  /** The gateway refuses the token before any subgraph runs. */
  const expectRefusedAtGateway = async (token: string) => {
    for (const query of [LEADS, STATES]) {
      const res = await ask(token, query);
      expect(res.data).toBeUndefined();
      expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
  };
  /** Waits until the gateway may fetch masters' key set again (see the describe's comment). */
  const pastCooldown = async () => {
    const wait = lastTokenAnswer + JWKS_REFETCH_COOLDOWN_MS + 250 - Date.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  };
  const signingKeys = (...pairs: JwkPair[]) => JSON.stringify(pairs.map((p) => p.privateJwk));
  const publishedKids = async () => {
    const masters = system.services.masters.service;
    const res = await fetch(new URL('/.well-known/jwks.json', masters.url));
    expect(res.status).toBe(200);
    const jwks = (await res.json()) as { keys: JWK[] };
    // Public halves only.
    for (const key of jwks.keys) expect(key).not.toHaveProperty('d');
    return jwks.keys.map((k) => k.kid);
  };
  const kidOf = (token: string) => decodeProtectedHeader(token).kid;

  beforeAll(async () => {
    k1 = await generateSigningKey('k-2026-01');
    k2 = await generateSigningKey('k-2026-02');
    system = await startSecuredSystem({ AUTH_SIGNING_KEYS: signingKeys(k1) });
  });

  afterAll(async () => {
    await system?.stop();
  });

  it('publishes a new key, signs with it, then retires the old one, while the gateway keeps running', async () => {
    // Step 1: one key, and the tokens it signs work everywhere.
    expect(await publishedKids()).toEqual([k1.publicJwk.kid]);
    const token1 = await signIn(system.gatewayUrl, ADMIN.email, ADMIN.password);
    expect(kidOf(token1.accessToken)).toBe(k1.publicJwk.kid);
    await untilKnownEverywhere(system.gatewayUrl, token1);
    lastTokenAnswer = Date.now();
    await expectAccepted(token1.accessToken);

    // Step 2: publish k2 beside k1, k1 still signing. masters comes back on the same port.
    const mastersPort = system.services.masters.service.port;
    await system.restartMasters({
      AUTH_SIGNING_KEYS: signingKeys(k1, k2),
      AUTH_ACTIVE_KEY_ID: k1.publicJwk.kid as string,
    });
    expect(system.services.masters.service.port).toBe(mastersPort);
    expect(await publishedKids()).toEqual([k1.publicJwk.kid, k2.publicJwk.kid]);
    const stillK1 = await signIn(system.gatewayUrl, ADMIN.email, ADMIN.password);
    expect(kidOf(stillK1.accessToken)).toBe(k1.publicJwk.kid);
    await expectAccepted(stillK1.accessToken);
    await expectAccepted(token1.accessToken);

    // Step 3: k2 signs new tokens; both keys are still published.
    await system.restartMasters({
      AUTH_SIGNING_KEYS: signingKeys(k1, k2),
      AUTH_ACTIVE_KEY_ID: k2.publicJwk.kid as string,
    });
    expect(await publishedKids()).toEqual([k1.publicJwk.kid, k2.publicJwk.kid]);
    const token2 = await signIn(system.gatewayUrl, ADMIN.email, ADMIN.password);
    expect(kidOf(token2.accessToken)).toBe(k2.publicJwk.kid);

    // The gateway learns k2 from the first token naming it; tokens of k1 keep working beside it.
    await pastCooldown();
    await expectAccepted(token2.accessToken);
    await expectAccepted(token1.accessToken);

    // Step 4 (the procedure waits 15 minutes first): k2 alone.
    await system.restartMasters({ AUTH_SIGNING_KEYS: signingKeys(k2) });
    expect(await publishedKids()).toEqual([k2.publicJwk.kid]);
    await expectAccepted(token2.accessToken);
    const token3 = await signIn(system.gatewayUrl, ADMIN.email, ADMIN.password);
    expect(kidOf(token3.accessToken)).toBe(k2.publicJwk.kid);
    await expectAccepted(token3.accessToken);

    // The old key under a new key id is unknown to the published set: refused at the gateway. Past the
    // cooldown, that token also makes the gateway fetch the set again (now k2 alone).
    await pastCooldown();
    const claims = decodeJwt(token1.accessToken);
    const now = Math.floor(Date.now() / 1000);
    const renamed = await new SignJWT({
      ...claims,
      jti: `renamed-${now}`,
      iat: now,
      nbf: now,
      exp: now + 600,
    })
      .setProtectedHeader({ alg: 'EdDSA', kid: 'k-2026-01-renamed', typ: 'at+jwt' })
      .sign(await importSigningKey(k1.privateJwk, 'sign'));
    await expectRefusedAtGateway(renamed);

    // What the procedure promises for tokens of the removed key: it waits 15 minutes before removing a key,
    // and no token lives longer than that, so none of them is valid by then. Here the gateway has just fetched
    // the key set again, so even the still-unexpired token1 is refused.
    const { iat, exp } = decodeJwt(token1.accessToken) as { iat: number; exp: number };
    expect(exp - iat).toBeLessThanOrEqual(MAX_ACCESS_TOKEN_TTL_SECONDS);
    await expectRefusedAtGateway(token1.accessToken);
    // A session signed in under k1 goes on: its refresh token gets a k2 token.
    const renewed = await gql(system.gatewayUrl, REFRESH, { input: { refreshToken: token1.refreshToken } });
    expect(renewed.data?.refreshSession.errors).toEqual([]);
    const token4 = renewed.data?.refreshSession.tokens.accessToken as string;
    expect(kidOf(token4)).toBe(k2.publicJwk.kid);
    await expectAccepted(token4);
    await expectAccepted(token2.accessToken);
  });
});
