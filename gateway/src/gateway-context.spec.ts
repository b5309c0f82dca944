import type { NextFunction, Request, Response } from 'express';
import {
  AccessTokenIssuer,
  AccessTokenVerifier,
  ProofSigner,
  ProofVerifier,
  generateSigningKey,
  type JwkPair,
} from '@oms/auth/lite';
import {
  bearerTokenOf,
  correlationIdMiddleware,
  gatewayContextOf,
  type GatewayAuth,
} from './gateway-context';

const AUDIENCE = { issuer: 'oms-masters', audience: 'oms-api' };
let tokenKey: JwkPair;
let proofKey: JwkPair;
let auth: GatewayAuth;
beforeAll(async () => {
  tokenKey = await generateSigningKey('k1');
  proofKey = await generateSigningKey('gw');
  auth = {
    tokens: AccessTokenVerifier.local({ keys: [tokenKey.publicJwk] }, AUDIENCE),
    proofs: await ProofSigner.fromJwk(proofKey.privateJwk),
  };
});

function fakeExchange(headers: Record<string, string>) {
  const req = { headers } as unknown as Request;
  const sent: Record<string, string> = {};
  const res = {
    locals: {},
    setHeader: (name: string, value: string) => {
      sent[name.toLowerCase()] = value;
    },
  } as unknown as Response;
  return { req, res, sent };
}

async function handle(headers: Record<string, string>) {
  const exchange = fakeExchange(headers);
  const next = jest.fn() as NextFunction;
  correlationIdMiddleware(exchange.req, exchange.res, next);
  expect(next).toHaveBeenCalledTimes(1);
  return { ...exchange, context: await gatewayContextOf(exchange.req, exchange.res, auth) };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('correlation id', () => {
  it("keeps the client's id and returns it as a response header", async () => {
    const { context, sent } = await handle({ 'x-correlation-id': 'web-7f3a.42' });
    expect(context.correlationId).toBe('web-7f3a.42');
    expect(sent['x-correlation-id']).toBe('web-7f3a.42');
  });

  it('generates one when the client sent none', async () => {
    const { context, sent } = await handle({});
    expect(context.correlationId).toMatch(UUID);
    expect(sent['x-correlation-id']).toBe(context.correlationId);
  });

  it('replaces an id that is not a sane token (header injection, overlong)', async () => {
    for (const bad of ['a b', 'x'.repeat(101), 'id\r\nset-cookie: x=1', '<script>']) {
      const { context } = await handle({ 'x-correlation-id': bad });
      expect(context.correlationId).toMatch(UUID);
    }
  });

  it('settles the id once per request: the context reuses the one the middleware chose', async () => {
    const { req, res } = fakeExchange({});
    correlationIdMiddleware(req, res, jest.fn());
    const first = (await gatewayContextOf(req, res, auth)).correlationId;
    expect((await gatewayContextOf(req, res, auth)).correlationId).toBe(first);
  });
});

describe('gateway context', () => {
  const proofOf = async (proof: string) => (await ProofVerifier.fromJwks([proofKey.publicJwk])).verify(proof);

  it('vouches for an anonymous caller when no token is sent', async () => {
    const { context } = await handle({});
    expect(context.caller).toEqual({ userId: null, sessionId: null });
    expect(await proofOf(context.proof)).toEqual({ userId: null, sessionId: null });
  });

  it('verifies a bearer token and signs a proof naming its user and session', async () => {
    const issuer = await AccessTokenIssuer.create([tokenKey.privateJwk], 'k1', {
      ...AUDIENCE,
      ttlSeconds: 900,
    });
    const { token } = await issuer.issue({ userId: 'u-1', sessionId: 's-1' });
    const { context } = await handle({ authorization: `Bearer ${token}` });
    expect(context.caller).toEqual({ userId: 'u-1', sessionId: 's-1' });
    expect(await proofOf(context.proof)).toEqual({ userId: 'u-1', sessionId: 's-1' });
  });

  it('refuses a malformed Authorization header or a bad token with UNAUTHENTICATED (401)', async () => {
    for (const authorization of ['Basic dXNlcjpwYXNz', 'Bearer', 'Bearer not-a-jwt']) {
      await expect(handle({ authorization })).rejects.toMatchObject({
        extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
      });
    }
  });

  it('reads only well-formed bearer headers', () => {
    expect(bearerTokenOf(undefined)).toBeUndefined();
    expect(bearerTokenOf('Bearer a.b.c')).toBe('a.b.c');
    expect(bearerTokenOf('bearer a.b.c')).toBe('a.b.c');
    expect(bearerTokenOf('Bearer a b')).toBeNull();
    expect(bearerTokenOf('Token a.b.c')).toBeNull();
  });
});
