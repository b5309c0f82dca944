import {
  compareSupergraph,
  composeSupergraph,
  renderSupergraphFile,
  SUPERGRAPH_HEADER,
} from './supergraph-composition';

const FED = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])';
const catalog = {
  name: 'catalog',
  url: 'http://localhost:4101/graphql',
  sdl: `${FED}
    type Query { city(id: ID!): City }
    type City @key(fields: "id") { id: ID! name: String! }`,
};
const orders = {
  name: 'orders',
  url: 'http://localhost:4102/graphql',
  sdl: `${FED}
    type Query { orders: [Order!]! }
    type Order @key(fields: "id") { id: ID! city: City! }
    type City @key(fields: "id", resolvable: false) { id: ID! }`,
};

describe('composeSupergraph', () => {
  it('composes subgraphs into a supergraph naming each subgraph and its URL', () => {
    const outcome = composeSupergraph([catalog, orders]);
    if (!outcome.ok) throw new Error(outcome.errors.join('\n'));
    expect(outcome.supergraphSdl).toContain(
      'CATALOG @join__graph(name: "catalog", url: "http://localhost:4101/graphql")',
    );
    expect(outcome.supergraphSdl).toContain(
      'ORDERS @join__graph(name: "orders", url: "http://localhost:4102/graphql")',
    );
    expect(outcome.supergraphSdl).toMatch(/type Order\s+@join__type\(graph: ORDERS, key: "id"\)/);
  });

  it('is deterministic, so the committed file can be checked for drift', () => {
    const a = composeSupergraph([catalog, orders]);
    const b = composeSupergraph([catalog, orders]);
    expect(a).toEqual(b);
  });

  it('reports every composition error with its code', () => {
    const billing = {
      name: 'billing',
      url: 'http://localhost:4103/graphql',
      sdl: `${FED}
        type Query { invoice: ID }
        type City @key(fields: "id") { id: ID! name: Int! }`,
    };
    const outcome = composeSupergraph([catalog, orders, billing]);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.errors).toEqual([
      expect.stringMatching(
        /^FIELD_TYPE_MISMATCH: Type of field "City.name" is incompatible across subgraphs/,
      ),
      expect.stringMatching(/^INVALID_FIELD_SHARING: Non-shareable field "City.name"/),
    ]);
  });

  it('reports invalid subgraphs each by name', () => {
    const outcome = composeSupergraph([
      {
        ...catalog,
        sdl: `${catalog.sdl}
 type Extra { parcel: Parcel }`,
      },
      {
        ...orders,
        sdl: `${FED}
 type Query { invoice: Invoice }`,
      },
    ]);
    expect(outcome).toEqual({
      ok: false,
      errors: [
        'INVALID_GRAPHQL: [catalog] Unknown type Parcel',
        'INVALID_GRAPHQL: [orders] Unknown type Invoice',
      ],
    });
  });

  it('reports a syntax error naming the subgraph and its file', () => {
    const outcome = composeSupergraph([
      catalog,
      { ...orders, sdl: 'type Query {', origin: 'services/orders/schema.graphql' },
    ]);
    expect(outcome).toEqual({
      ok: false,
      errors: [
        expect.stringMatching(/^\[orders\] syntax error in services\/orders\/schema\.graphql: Syntax Error/),
      ],
    });
  });
});

describe('compareSupergraph', () => {
  const fresh = renderSupergraphFile(
    'schema\n  @link(url: "https://specs.apollo.dev/link/v1.0")\n{\n  query: Query\n}\n\ntype Query {\n  a: Int\n}',
  );

  it('starts the file with the generated-file header and ends it with one newline', () => {
    expect(fresh.startsWith(SUPERGRAPH_HEADER)).toBe(true);
    expect(fresh.endsWith('}\n')).toBe(true);
  });

  it('finds no drift in an identical file, nor in one checked out with CRLF line endings', () => {
    expect(compareSupergraph(fresh, fresh)).toEqual({ upToDate: true });
    expect(compareSupergraph(fresh.replace(/\n/g, '\r\n'), fresh)).toEqual({ upToDate: true });
  });

  it('locates the first differing line', () => {
    const committed = fresh.replace('  a: Int', '  a: String');
    const report = compareSupergraph(committed, fresh);
    expect(report.upToDate).toBe(false);
    const line = fresh.split('\n').indexOf('  a: Int') + 1;
    expect(report.hint).toContain(`first difference at line ${line}`);
    expect(report.hint).toContain('  - committed:   a: String');
    expect(report.hint).toContain('  + composed:    a: Int');
  });

  it('reports a missing file as drift', () => {
    expect(compareSupergraph(null, fresh)).toEqual({
      upToDate: false,
      hint: 'the supergraph file does not exist yet',
    });
  });
});
