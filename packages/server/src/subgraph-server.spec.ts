import { gql } from 'graphql-tag';
import { createLogger } from '@oms/config';
import { Principal, unauthenticated } from '@oms/auth';
import { startSubgraphServer, type SubgraphServer } from './subgraph-server';
import type { RequestContext } from './request-context';

const typeDefs = gql`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
  type Query {
    whoami: String!
    boom: String
  }
`;

describe('startSubgraphServer', () => {
  let ready = true;
  const servers: SubgraphServer[] = [];
  const start = (production: boolean) =>
    startSubgraphServer<RequestContext>({
      name: 'probe',
      typeDefs,
      resolvers: {
        Query: {
          whoami: (_: unknown, __: unknown, ctx: RequestContext) => ctx.correlationId,
          boom: () => {
            throw new Error('database password is hunter2');
          },
        },
      },
      host: '127.0.0.1',
      port: 0,
      production,
      logger: createLogger('probe', 'silent'),
      ready: async () => ready,
      authenticate: async (headers) => {
        if (headers['x-test-pass'] !== 'yes') throw unauthenticated('no pass', 401);
        return Principal.anonymous();
      },
    }).then((s) => {
      servers.push(s);
      return s;
    });
  const post = (url: string, query: string, headers: Record<string, string> = {}) =>
    fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-test-pass': 'yes', ...headers },
      body: JSON.stringify({ query }),
    }).then(
      (r) =>
        r.json() as Promise<{
          data?: Record<string, unknown>;
          errors?: { message: string; extensions?: Record<string, unknown> }[];
        }>,
    );

  afterAll(async () => {
    for (const s of servers) await s.stop();
  });

  it('answers /healthz always and /readyz only when ready', async () => {
    const server = await start(false);
    const base = server.url.replace('/graphql', '');
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    ready = true;
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
    ready = false;
    expect((await fetch(`${base}/readyz`)).status).toBe(503);
    ready = true;
  });

  it('carries the caller correlation id into the context', async () => {
    const server = await start(false);
    const res = await post(server.url, '{ whoami }', { 'x-correlation-id': 'req-42' });
    expect(res.data).toEqual({ whoami: 'req-42' });
  });

  it('refuses a request the authenticate hook rejects with its status, before any resolver runs', async () => {
    const server = await start(false);
    const res = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ whoami }' }),
    });
    expect(res.status).toBe(401);
    const body = (await res.json()) as { data?: unknown; errors: { extensions: { code: string } }[] };
    expect(body.data).toBeUndefined();
    expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('hides internal error details and introspection in production', async () => {
    const server = await start(true);
    const boom = await post(server.url, '{ boom }');
    expect(boom.errors?.[0]?.message).toBe('Internal server error');
    expect(JSON.stringify(boom)).not.toContain('hunter2');
    const introspection = await post(server.url, '{ __schema { types { name } } }');
    expect(introspection.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('leaves SIGTERM to the process shutdown, outside tests too', async () => {
    // Apollo installs its own SIGTERM/SIGINT handlers unless NODE_ENV is test; they would race the process's.
    const nodeEnv = process.env.NODE_ENV;
    const before = process.listenerCount('SIGTERM');
    process.env.NODE_ENV = 'development';
    try {
      await start(false);
    } finally {
      process.env.NODE_ENV = nodeEnv;
    }
    expect(process.listenerCount('SIGTERM')).toBe(before);
  });

  it('stops taking requests after stop()', async () => {
    const server = await start(false);
    await server.stop();
    await expect(fetch(`${server.url.replace('/graphql', '')}/healthz`)).rejects.toThrow();
  });
});
