import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DEFAULT_SUBGRAPH_URLS, runCompose } from './compose';
import { SUPERGRAPH_HEADER } from './supergraph-composition';

const FED = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])';
const SCHEMAS: Record<string, string> = {
  catalog: `${FED}
    type Query { city(id: ID!): City }
    type City @key(fields: "id") { id: ID! name: String! }`,
  orders: `${FED}
    type Query { orders: [Order!]! }
    type Order @key(fields: "id") { id: ID! city: City! }
    type City @key(fields: "id", resolvable: false) { id: ID! }`,
};
const URLS = { catalog: 'http://localhost:4101/graphql', orders: 'http://localhost:4102/graphql' };

/** A throw-away repository with two subgraph schema files. */
function fixtureRepo(schemas: Record<string, string> = SCHEMAS): string {
  const root = mkdtempSync(path.join(tmpdir(), 'oms-compose-'));
  for (const [name, sdl] of Object.entries(schemas)) {
    mkdirSync(path.join(root, 'services', name), { recursive: true });
    writeFileSync(path.join(root, 'services', name, 'schema.graphql'), sdl);
  }
  return root;
}

function run(args: string[], repoRoot: string, subgraphs: Record<string, string> = URLS) {
  const out: string[] = [];
  const err: string[] = [];
  const code = runCompose(args, {
    repoRoot,
    subgraphs,
    io: { out: (t) => out.push(t), err: (t) => err.push(t) },
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('the compose command', () => {
  let root: string;
  const supergraph = () => path.join(root, 'supergraph', 'supergraph.graphql');
  beforeEach(() => {
    root = fixtureRepo();
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('--write composes the schema files into supergraph/supergraph.graphql', () => {
    const res = run(['--write'], root);
    expect(res).toMatchObject({ code: 0, out: 'Wrote supergraph/supergraph.graphql from 2 subgraphs.' });
    const text = readFileSync(supergraph(), 'utf8');
    expect(text.startsWith(SUPERGRAPH_HEADER)).toBe(true);
    expect(text).toContain('@join__graph(name: "orders", url: "http://localhost:4102/graphql")');
  });

  it('--check passes on a freshly written file', () => {
    run(['--write'], root);
    expect(run(['--check'], root)).toMatchObject({
      code: 0,
      out: 'supergraph/supergraph.graphql is up to date with 2 subgraph schemas.',
    });
  });

  it('--check fails with a hint when a schema changed but the supergraph was not recomposed', () => {
    run(['--write'], root);
    writeFileSync(
      path.join(root, 'services', 'catalog', 'schema.graphql'),
      SCHEMAS.catalog.replace('name: String!', 'name: String!\n population: Int'),
    );
    const res = run(['--check'], root);
    expect(res.code).toBe(1);
    expect(res.err).toContain('supergraph/supergraph.graphql is out of date');
    expect(res.err).toContain('first difference at line');
    expect(res.err).toContain('+ composed:    population: Int');
    expect(res.err).toContain('npm run supergraph:compose');
  });

  it('--check fails when the file was edited by hand, and when it is missing', () => {
    run(['--write'], root);
    writeFileSync(supergraph(), readFileSync(supergraph(), 'utf8') + '\n# tweak\n');
    expect(run(['--check'], root).code).toBe(1);
    rmSync(supergraph());
    expect(run(['--check'], root)).toMatchObject({ code: 1 });
    expect(run(['--check'], root).err).toContain('does not exist yet');
  });

  it('prints every composition error and exits 1 without writing', () => {
    const extend = (name: string, sdl: string) =>
      writeFileSync(path.join(root, 'services', name, 'schema.graphql'), `${SCHEMAS[name]}\n${sdl}`);
    extend('orders', 'type Extra { parcel: Parcel }');
    extend('catalog', 'type Extra2 { invoice: Invoice }');
    const res = run(['--write'], root);
    expect(res.code).toBe(1);
    expect(res.err.split('\n')).toEqual([
      'Composition failed with 2 error(s):',
      '  - INVALID_GRAPHQL: [catalog] Unknown type Invoice',
      '  - INVALID_GRAPHQL: [orders] Unknown type Parcel',
    ]);
    expect(() => readFileSync(supergraph())).toThrow();
  });

  it('names every missing schema file', () => {
    const res = run(['--check'], root, { ...URLS, billing: 'x', shipping: 'y' });
    expect(res.code).toBe(1);
    expect(res.err).toContain('2 subgraph schema file(s) missing');
    expect(res.err).toContain(path.join('services', 'billing', 'schema.graphql'));
    expect(res.err).toContain(path.join('services', 'shipping', 'schema.graphql'));
  });

  it('refuses unknown arguments with the usage line', () => {
    expect(run([], root)).toMatchObject({ code: 2, err: expect.stringContaining('usage:') });
    expect(run(['--wirte'], root).code).toBe(2);
  });
});

describe('the port plan', () => {
  it('puts the five subgraphs on ports 4001–4005 of localhost', () => {
    expect(DEFAULT_SUBGRAPH_URLS).toEqual({
      orders: 'http://localhost:4001/graphql',
      approvals: 'http://localhost:4002/graphql',
      feasibility: 'http://localhost:4003/graphql',
      masters: 'http://localhost:4004/graphql',
      integrations: 'http://localhost:4005/graphql',
    });
  });
});
