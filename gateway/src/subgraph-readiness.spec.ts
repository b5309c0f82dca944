import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { checkSubgraphs, readinessUrlOf } from './subgraph-readiness';
import { SubgraphHttpClient } from './subgraph-http-client';

describe('readinessUrlOf', () => {
  it('replaces the GraphQL path with /readyz', () => {
    expect(readinessUrlOf('http://orders:4001/graphql')).toBe('http://orders:4001/readyz');
    expect(readinessUrlOf('https://oms.example/orders/graphql?x=1')).toBe(
      'https://oms.example/orders/readyz',
    );
    expect(readinessUrlOf('http://localhost:4004/')).toBe('http://localhost:4004/readyz');
  });
});

describe('checkSubgraphs', () => {
  let server: http.Server;
  let base: string;
  const client = new SubgraphHttpClient();
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      if (req.url === '/up/readyz') res.writeHead(200).end('{}');
      else if (req.url === '/slow/readyz') setTimeout(() => res.writeHead(200).end('{}'), 500);
      else res.writeHead(503).end('{}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    client.destroy();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('is ready when every subgraph answers 200', async () => {
    const report = await checkSubgraphs(new Map([['a', `${base}/up/graphql`]]), client, 1000);
    expect(report).toEqual({ ready: true, subgraphs: { a: 'ready' } });
  });

  it('names the subgraphs that are not ready, unreachable or too slow', async () => {
    const report = await checkSubgraphs(
      new Map([
        ['up', `${base}/up/graphql`],
        ['down', `${base}/down/graphql`],
        ['gone', 'http://127.0.0.1:1/graphql'],
        ['slow', `${base}/slow/graphql`],
      ]),
      client,
      100,
    );
    expect(report).toEqual({
      ready: false,
      subgraphs: { down: 'not ready', gone: 'unreachable', slow: 'unreachable', up: 'ready' },
    });
  });
});
