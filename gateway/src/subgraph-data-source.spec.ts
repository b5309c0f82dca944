import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { SubgraphDataSource } from './subgraph-data-source';
import { SubgraphHttpClient } from './subgraph-http-client';

/** A fake subgraph that records what it receives and answers a fixed GraphQL result. */
async function recordingServer() {
  const received: { headers: http.IncomingHttpHeaders; body: string; socket: number }[] = [];
  const sockets = new Map<unknown, number>();
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      if (!sockets.has(req.socket)) sockets.set(req.socket, sockets.size);
      received.push({ headers: req.headers, body, socket: sockets.get(req.socket)! });
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ data: { ok: true } }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  return { url, received, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

function incoming(context: Record<string, unknown>) {
  return {
    kind: 'incoming operation', // GraphQLDataSourceRequestKind.INCOMING_OPERATION (not exported)
    request: { query: '{ ok }' },
    context,
    incomingRequestContext: {},
    document: undefined,
    pathInIncomingRequest: [],
  } as never;
}

describe('SubgraphDataSource', () => {
  let subgraph: Awaited<ReturnType<typeof recordingServer>>;
  let client: SubgraphHttpClient;
  beforeEach(async () => {
    subgraph = await recordingServer();
    client = new SubgraphHttpClient();
  });
  afterEach(async () => {
    client.destroy();
    await subgraph.close();
  });

  it('sends the correlation id and the proof, never the client token', async () => {
    const source = new SubgraphDataSource(subgraph.url, client);
    const response = await source.process(
      incoming({ correlationId: 'req-1', proof: 'signed.proof.jwt', authorization: 'Bearer t' }),
    );
    expect(response.data).toEqual({ ok: true });
    expect(subgraph.received[0].headers['x-correlation-id']).toBe('req-1');
    expect(subgraph.received[0].headers['x-oms-gateway-proof']).toBe('signed.proof.jwt');
    expect(subgraph.received[0].headers).not.toHaveProperty('authorization');
    expect(JSON.parse(subgraph.received[0].body)).toMatchObject({ query: '{ ok }' });
  });

  it('sends no proof header when the context has none', async () => {
    const source = new SubgraphDataSource(subgraph.url, client);
    await source.process(incoming({ correlationId: 'req-2' }));
    expect(subgraph.received[0].headers).not.toHaveProperty('x-oms-gateway-proof');
    expect(subgraph.received[0].headers['x-correlation-id']).toBe('req-2');
  });

  it("sends the gateway's own requests (empty context) without forwarded headers", async () => {
    const source = new SubgraphDataSource(subgraph.url, client);
    await source.process(incoming({}));
    expect(subgraph.received[0].headers).not.toHaveProperty('x-oms-gateway-proof');
    expect(subgraph.received[0].headers).not.toHaveProperty('x-correlation-id');
  });

  it('reuses one kept-alive connection for consecutive calls', async () => {
    const source = new SubgraphDataSource(subgraph.url, client);
    for (let i = 0; i < 3; i++) await source.process(incoming({ correlationId: `req-${i}` }));
    expect(subgraph.received.map((r) => r.socket)).toEqual([0, 0, 0]);
    expect(subgraph.received[0].headers.connection).toBe('keep-alive');
  });
});
