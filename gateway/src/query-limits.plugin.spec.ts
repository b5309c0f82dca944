import { ApolloServer } from '@apollo/server';
import { queryLimitsPlugin } from './query-limits.plugin';

const typeDefs = `
  type Query { items(first: Int): [Item!]! item: Item }
  type Item { id: ID! child: Item }
`;
const resolvers = {
  Query: {
    items: (_: unknown, { first }: { first?: number }) =>
      Array.from({ length: Math.min(first ?? 20, 3) }, (_x, i) => ({ id: String(i) })),
    item: () => ({ id: 'root' }),
  },
  Item: { child: ({ id }: { id: string }) => ({ id: `${id}.child` }) },
};

describe('queryLimitsPlugin (through Apollo Server)', () => {
  let server: ApolloServer;
  beforeAll(async () => {
    server = new ApolloServer({
      typeDefs,
      resolvers,
      plugins: [queryLimitsPlugin({ maxDepth: 3, maxCost: 100 })],
    });
    await server.start();
  });
  afterAll(() => server.stop());

  async function run(query: string, variables?: Record<string, unknown>) {
    const res = await server.executeOperation({ query, variables });
    if (res.body.kind !== 'single') throw new Error('expected a single result');
    return { status: res.http.status, ...res.body.singleResult };
  }

  it('executes an operation within both limits', async () => {
    const res = await run('{ item { child { id } } items(first: 2) { id } }');
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ item: { child: { id: 'root.child' } }, items: [{ id: '0' }, { id: '1' }] });
  });

  it('answers 400 with QUERY_TOO_DEEP and keeps the typed code (not GRAPHQL_VALIDATION_FAILED)', async () => {
    const res = await run('{ item { child { child { id } } } }');
    expect(res.status).toBe(400);
    expect(res.data).toBeUndefined();
    expect(res.errors).toHaveLength(1);
    expect(res.errors![0].extensions).toEqual({ code: 'QUERY_TOO_DEEP', limit: 3, actual: 4 });
  });

  it('weighs `first` from the variables of the request', async () => {
    const query = 'query($n: Int) { items(first: $n) { id } }'; // n × 2
    expect((await run(query, { n: 50 })).errors).toBeUndefined();
    const res = await run(query, { n: 51 });
    expect(res.status).toBe(400);
    expect(res.errors![0].extensions).toEqual({ code: 'QUERY_TOO_COMPLEX', limit: 100, actual: 102 });
  });

  it('checks a cached document again with new variables', async () => {
    const query = 'query Again($n: Int) { items(first: $n) { id } }';
    expect((await run(query, { n: 1 })).errors).toBeUndefined();
    expect((await run(query, { n: 1000 })).errors![0].extensions!.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('reports variables of the wrong type as BAD_USER_INPUT, not as a server error', async () => {
    const res = await run('query($n: Int) { items(first: $n) { id } }', { n: 'many' });
    expect(res.status).toBe(400);
    expect(res.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  });
});
