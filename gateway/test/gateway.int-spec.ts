import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createLogger } from '@oms/config';
import { AccessTokenIssuer, ProofVerifier, generateSigningKey, type JwkPair } from '@oms/auth/lite';
import { composeSupergraph, renderSupergraphFile, startGateway, type RunningGateway } from '../src';
import { startTinySubgraph, type TinySubgraph } from './tiny-subgraph';

const FED = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])';

const CATALOG_SDL = `${FED}
  type Query { city(id: ID!): City  boom: String }
  type City @key(fields: "id") { id: ID! name: String! state: State! }
  type State { id: ID! name: String! cities: [City!]! }`;

const ORDERS_SDL = `${FED}
  type Query { orders(first: Int): [Order!]! }
  type Order @key(fields: "id") { id: ID! orderNo: String! city: City! }
  type City @key(fields: "id", resolvable: false) { id: ID! }`;

const STATE = { id: 's1', name: 'Maharashtra' };
const CITIES: Record<string, { id: string; name: string }> = {
  c1: { id: 'c1', name: 'Pune' },
  c2: { id: 'c2', name: 'Mumbai' },
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Posts an operation as a browser client would, returning status, headers and the parsed body. */
async function post(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return {
    status: res.status,
    headers: res.headers,
    body: (await res.json()) as {
      data?: unknown;
      errors?: { message: string; extensions?: Record<string, unknown> }[];
    },
  };
}

describe('gateway over two real subgraphs', () => {
  let catalog: TinySubgraph;
  let orders: TinySubgraph;
  let gateway: RunningGateway;
  let production: RunningGateway;
  let dir: string;
  const logger = createLogger('gateway-test', 'silent');
  let tokenKey: JwkPair;
  let proofKey: JwkPair;

  beforeAll(async () => {
    tokenKey = await generateSigningKey('t1');
    proofKey = await generateSigningKey('gw');
    catalog = await startTinySubgraph('catalog', CATALOG_SDL, {
      Query: {
        city: (_: unknown, { id }: { id: string }) => CITIES[id] ?? null,
        boom: () => {
          throw new Error('database password is hunter2');
        },
      },
      City: {
        __resolveReference: ({ id }: { id: string }) => CITIES[id] ?? null,
        state: () => STATE,
      },
      State: { cities: () => Object.values(CITIES) },
    });
    orders = await startTinySubgraph('orders', ORDERS_SDL, {
      Query: {
        orders: (_: unknown, { first }: { first?: number }) =>
          [
            { id: 'o1', orderNo: 'ORD-1', city: { id: 'c1' } },
            { id: 'o2', orderNo: 'ORD-2', city: { id: 'c2' } },
          ].slice(0, first ?? 20),
      },
    });

    // Composed with placeholder URLs, as the committed file is; the gateway is pointed at the real ports.
    const composed = composeSupergraph([
      { name: 'catalog', url: 'http://localhost:4901/graphql', sdl: CATALOG_SDL },
      { name: 'orders', url: 'http://localhost:4902/graphql', sdl: ORDERS_SDL },
    ]);
    if (!composed.ok) throw new Error(composed.errors.join('\n'));
    dir = mkdtempSync(path.join(tmpdir(), 'oms-gateway-'));
    const supergraphPath = path.join(dir, 'supergraph.graphql');
    writeFileSync(supergraphPath, renderSupergraphFile(composed.supergraphSdl));

    const common = {
      supergraphPath,
      subgraphUrls: { catalog: catalog.url, orders: orders.url },
      port: 0,
      maxQueryDepth: 5,
      maxQueryCost: 200,
      logger,
      proofPrivateKey: proofKey.privateJwk,
      tokenKeys: { keys: [tokenKey.publicJwk] },
    };
    gateway = await startGateway(common);
    production = await startGateway({ ...common, production: true });
  });

  afterAll(async () => {
    await gateway?.stop();
    await production?.stop();
    await orders?.stop();
    await catalog?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('answers a query joining both subgraphs', async () => {
    const res = await post(gateway.url, '{ orders(first: 2) { orderNo city { name state { name } } } }');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      data: {
        orders: [
          { orderNo: 'ORD-1', city: { name: 'Pune', state: { name: 'Maharashtra' } } },
          { orderNo: 'ORD-2', city: { name: 'Mumbai', state: { name: 'Maharashtra' } } },
        ],
      },
    });
  });

  it('vouches for the verified caller and forwards the correlation id on every subgraph call', async () => {
    const issuer = await AccessTokenIssuer.create([tokenKey.privateJwk], 't1', {
      issuer: 'oms-masters',
      audience: 'oms-api',
      ttlSeconds: 900,
    });
    const { token } = await issuer.issue({ userId: 'u-7', sessionId: 's-7' });
    const proofs = await ProofVerifier.fromJwks([proofKey.publicJwk]);
    const before = { orders: orders.received.length, catalog: catalog.received.length };
    const res = await post(gateway.url, '{ orders { city { name } } }', undefined, {
      authorization: `Bearer ${token}`,
      'x-correlation-id': 'it-corr-1',
    });
    expect(res.body.errors).toBeUndefined();
    expect(res.headers.get('x-correlation-id')).toBe('it-corr-1');
    const calls = [...orders.received.slice(before.orders), ...catalog.received.slice(before.catalog)];
    expect(calls.map((c) => c.query)).toEqual([
      expect.stringContaining('orders'),
      expect.stringContaining('_entities'),
    ]);
    for (const call of calls) {
      expect(call.headers).not.toHaveProperty('authorization');
      expect(call.headers['x-correlation-id']).toBe('it-corr-1');
      const proof = call.headers['x-oms-gateway-proof'] as string;
      expect(await proofs.verify(proof)).toEqual({ userId: 'u-7', sessionId: 's-7' });
    }
  });

  it('refuses a request with a bad token (401) without calling any subgraph', async () => {
    const before = catalog.received.length + orders.received.length;
    const res = await post(gateway.url, '{ orders { orderNo } }', undefined, {
      authorization: 'Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.',
    });
    expect(res.status).toBe(401);
    expect(res.body.data).toBeUndefined();
    expect(res.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(catalog.received.length + orders.received.length).toBe(before);
  });

  it('gives a request without a correlation id one new id, the same in every subgraph call', async () => {
    const before = { orders: orders.received.length, catalog: catalog.received.length };
    const res = await post(gateway.url, '{ orders { city { name } } }');
    const id = res.headers.get('x-correlation-id');
    expect(id).toMatch(UUID);
    expect(orders.received.slice(before.orders).map((c) => c.headers['x-correlation-id'])).toEqual([id]);
    expect(catalog.received.slice(before.catalog).map((c) => c.headers['x-correlation-id'])).toEqual([id]);
    const anonymous = orders.received.at(-1)!.headers['x-oms-gateway-proof'] as string;
    expect(await (await ProofVerifier.fromJwks([proofKey.publicJwk])).verify(anonymous)).toEqual({
      userId: null,
      sessionId: null,
    });

    const next = await post(gateway.url, '{ orders { orderNo } }');
    expect(next.headers.get('x-correlation-id')).toMatch(UUID);
    expect(next.headers.get('x-correlation-id')).not.toBe(id);
  });

  it('refuses a too-deep query with QUERY_TOO_DEEP before calling any subgraph', async () => {
    const before = catalog.received.length + orders.received.length;
    // city → state → cities → state → cities → name: 6 levels, the limit is 5
    const res = await post(
      gateway.url,
      '{ city(id: "c1") { state { cities { state { cities { name } } } } } }',
    );
    expect(res.status).toBe(400);
    expect(res.body.data).toBeUndefined();
    expect(res.body.errors).toHaveLength(1);
    expect(res.body.errors![0]).toMatchObject({
      message: 'Query is nested 6 levels deep; the limit is 5.',
      extensions: { code: 'QUERY_TOO_DEEP', limit: 5, actual: 6 },
    });
    expect(catalog.received.length + orders.received.length).toBe(before);
  });

  it('refuses a too-costly query with QUERY_TOO_COMPLEX, weighing `first` from the variables', async () => {
    const query = 'query Orders($n: Int) { orders(first: $n) { orderNo } }'; // n × 2
    expect((await post(gateway.url, query, { n: 100 })).body.errors).toBeUndefined();
    const res = await post(gateway.url, query, { n: 101 });
    expect(res.status).toBe(400);
    expect(res.body.errors).toHaveLength(1);
    expect(res.body.errors![0].extensions).toMatchObject({
      code: 'QUERY_TOO_COMPLEX',
      limit: 200,
      actual: 202,
    });
  });

  it('keeps CSRF prevention on: a simple GET without a preflight header is refused', async () => {
    const res = await fetch(`${gateway.url}?query=${encodeURIComponent('{ __typename }')}`);
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('Cross-Site Request Forgery');
  });

  it('allows introspection outside production', async () => {
    const res = await post(gateway.url, '{ __schema { queryType { name } } }');
    expect(res.body).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
  });

  it('in production refuses introspection, shows no landing page and hides internal errors', async () => {
    const introspection = await post(production.url, '{ __schema { queryType { name } } }');
    expect(introspection.status).toBe(400);
    expect(introspection.body.errors![0].extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(introspection.body.errors![0].message).toMatch(/introspection is not allowed/);

    const page = await fetch(production.url, { headers: { accept: 'text/html' } });
    expect(await page.text()).not.toMatch(/<html/i);
    const devPage = await fetch(gateway.url, { headers: { accept: 'text/html' } });
    expect(await devPage.text()).toMatch(/<html/i);

    // The typed limit errors come without a stack trace in production.
    const deep = await post(
      production.url,
      '{ city(id: "c1") { state { cities { state { cities { name } } } } } }',
    );
    expect(deep.body.errors).toEqual([
      {
        message: 'Query is nested 6 levels deep; the limit is 5.',
        extensions: { code: 'QUERY_TOO_DEEP', limit: 5, actual: 6 },
      },
    ]);

    const boom = await post(production.url, '{ boom }');
    expect(JSON.stringify(boom.body)).not.toMatch(/hunter2|stacktrace/);
    expect(boom.body.errors![0]).toMatchObject({
      message: 'Internal server error',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    const devBoom = await post(gateway.url, '{ boom }');
    expect(devBoom.body.errors![0].message).toContain('hunter2');
  });

  it('is alive on /healthz and ready on /readyz while every subgraph is', async () => {
    const health = await fetch(gateway.url.replace('/graphql', '/healthz'));
    expect(health.status).toBe(200);
    const ready = await fetch(gateway.url.replace('/graphql', '/readyz'));
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({
      status: 'ready',
      service: 'gateway',
      subgraphs: { catalog: 'ready', orders: 'ready' },
    });
  });

  // Keep last: it stops a subgraph.
  it('answers 503 on /readyz when a subgraph is stopped', async () => {
    await catalog.stop();
    const ready = await fetch(gateway.url.replace('/graphql', '/readyz'));
    expect(ready.status).toBe(503);
    expect(await ready.json()).toEqual({
      status: 'not ready',
      service: 'gateway',
      subgraphs: { catalog: 'unreachable', orders: 'ready' },
    });
  });
});
