import { gql } from 'graphql-tag';
import { createLogger } from '@oms/config';
import { Principal, unauthenticated } from '@oms/auth';
import { ServiceMetrics } from './metrics';
import { sampleOf } from './prometheus-text';
import {
  ANONYMOUS_OPERATION,
  OPERATION_DURATION_METRIC,
  OTHER_OPERATION,
  OperationLabels,
  UNKNOWN_OPERATION,
} from './operation-metrics';
import { startSubgraphServer, type SubgraphServer } from './subgraph-server';
import type { RequestContext } from './request-context';

describe('OperationLabels', () => {
  it('labels names as they are up to the cap, then folds new ones into (other)', () => {
    const labels = new OperationLabels(2);
    expect(labels.labelOf('OrderList')).toBe('OrderList');
    expect(labels.labelOf('SubmitOrder')).toBe('SubmitOrder');
    expect(labels.labelOf('Third')).toBe(OTHER_OPERATION);
    expect(labels.labelOf(`Attack${Math.random()}`)).toBe(OTHER_OPERATION);
    // Names admitted before the cap keep their label.
    expect(labels.labelOf('OrderList')).toBe('OrderList');
  });

  it('tells unnamed operations from requests whose operation never resolved', () => {
    const labels = new OperationLabels(1);
    expect(labels.labelOf(null)).toBe(ANONYMOUS_OPERATION);
    expect(labels.labelOf('')).toBe(ANONYMOUS_OPERATION);
    expect(labels.labelOf(undefined)).toBe(UNKNOWN_OPERATION);
    // Neither uses up the cap.
    expect(labels.labelOf('Named')).toBe('Named');
  });

  it('folds a very long name into (other)', () => {
    expect(new OperationLabels(10).labelOf('A'.repeat(101))).toBe(OTHER_OPERATION);
  });

  it("on a subgraph, labels the gateway's fetches by the client's operation", () => {
    const labels = new OperationLabels(10, 'orders');
    expect(labels.labelOf('SubmitOrder__orders__0')).toBe('SubmitOrder');
    expect(labels.labelOf('SubmitOrder__orders__3')).toBe('SubmitOrder');
    expect(labels.labelOf('My__Op__orders__12')).toBe('My__Op');
    expect(labels.labelOf('SubmitOrder__approvals__1')).toBe('SubmitOrder__approvals__1');
    expect(new OperationLabels(10).labelOf('SubmitOrder__orders__0')).toBe('SubmitOrder__orders__0');
  });
});

describe('a subgraph server observing its operations', () => {
  const typeDefs = gql`
    extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
    type Query {
      hello: String!
      boom: String
    }
  `;
  const lines: Record<string, unknown>[] = [];
  const appLogger = createLogger('probe', 'info', {
    write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>),
  });
  let server: SubgraphServer;
  let base: string;

  beforeAll(async () => {
    server = await startSubgraphServer<RequestContext>({
      name: 'probe',
      typeDefs,
      resolvers: {
        Query: {
          hello: () => {
            appLogger.info('resolving hello');
            return 'hi';
          },
          boom: () => {
            throw new Error('boom');
          },
        },
      },
      host: '127.0.0.1',
      port: 0,
      production: false,
      logger: appLogger,
      ready: async () => true,
      authenticate: async (headers) => {
        if (headers['x-test-pass'] !== 'yes') throw unauthenticated('no pass', 401);
        return Principal.anonymous();
      },
      metrics: new ServiceMetrics('probe'),
      maxOperationNames: 3,
      routes: (app) =>
        app.get('/files/probe', (_req, res) => {
          appLogger.info('serving a file');
          res.send('ok');
        }),
    });
    base = server.url.replace('/graphql', '');
  });
  afterAll(() => server.stop());

  const post = (body: unknown, headers: Record<string, string> = { 'x-test-pass': 'yes' }) =>
    fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    }).then((r) => r.json());
  const scrape = async () => {
    const res = await fetch(`${base}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/plain');
    return res.text();
  };
  const count = (text: string, operation: string, outcome: string) =>
    sampleOf(text, `${OPERATION_DURATION_METRIC}_count`, { operation, outcome, service: 'probe' }) ?? 0;

  it('records each request in the histogram by operation and outcome', async () => {
    const before = await scrape();
    await post({ query: 'query Greeting__probe__0 { hello }' });
    await post({ query: 'query Greeting { hello }' });
    await post({ query: 'query Broken { boom }' });
    await post({ query: '{ hello }' });
    await post({ query: '{ hello' });
    await post({ query: 'query Refused { hello }' }, {});
    const after = await scrape();
    expect(count(after, 'Greeting', 'ok') - count(before, 'Greeting', 'ok')).toBe(2);
    expect(count(after, 'Broken', 'error') - count(before, 'Broken', 'error')).toBe(1);
    expect(count(after, ANONYMOUS_OPERATION, 'ok') - count(before, ANONYMOUS_OPERATION, 'ok')).toBe(1);
    // Unparseable, and refused before the operation was known.
    expect(count(after, UNKNOWN_OPERATION, 'error') - count(before, UNKNOWN_OPERATION, 'error')).toBe(2);
    expect(
      sampleOf(after, `${OPERATION_DURATION_METRIC}_bucket`, {
        operation: 'Greeting',
        outcome: 'ok',
        le: '+Inf',
      }),
    ).toBe(2);
  });

  it('caps the distinct operation names a client can create', async () => {
    for (let i = 0; i < 5; i++) await post({ query: `query Made${i} { hello }` });
    const text = await scrape();
    const operations = new Set(
      [
        ...text.matchAll(new RegExp(`^${OPERATION_DURATION_METRIC}_count\\{[^}]*operation="([^"]*)"`, 'gm')),
      ].map((m) => m[1]),
    );
    // Greeting and Broken from before, one Made name, and the rest folded.
    expect([...operations].filter((o) => !o.startsWith('('))).toHaveLength(3);
    expect(count(text, OTHER_OPERATION, 'ok')).toBeGreaterThanOrEqual(4);
  });

  it('writes an access-log line per request, and every line meanwhile carries the correlation id', async () => {
    lines.length = 0;
    await post({ query: 'query Greeting { hello }' }, { 'x-test-pass': 'yes', 'x-correlation-id': 'corr-7' });
    const resolving = lines.find((l) => l.msg === 'resolving hello');
    expect(resolving?.correlationId).toBe('corr-7');
    expect(lines.find((l) => l.msg === 'graphql operation')).toMatchObject({
      correlationId: 'corr-7',
      operation: 'Greeting',
      outcome: 'ok',
      status: 200,
      service: 'probe',
    });
    lines.length = 0;
    await post({ query: '{ boom }' }, { 'x-test-pass': 'yes', 'x-correlation-id': 'corr-8' });
    expect(lines.filter((l) => l.correlationId === 'corr-8').map((l) => l.msg)).toEqual([
      'unexpected resolver error',
      'graphql operation',
    ]);
    expect(lines.find((l) => l.msg === 'graphql operation')).toMatchObject({
      operation: null,
      outcome: 'error',
      errorCodes: ['INTERNAL_SERVER_ERROR'],
    });
  });

  it("carries the correlation id into the log lines of the service's other routes", async () => {
    lines.length = 0;
    await fetch(`${base}/files/probe`, { headers: { 'x-correlation-id': 'corr-9' } });
    expect(lines.find((l) => l.msg === 'serving a file')?.correlationId).toBe('corr-9');
  });
});
