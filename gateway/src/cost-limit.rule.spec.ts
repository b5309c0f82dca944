import { buildSchema, parse, validate } from 'graphql';
import { createCostLimitRule } from './cost-limit.rule';
import { QueryLimitError } from './query-limit-errors';

const schema = buildSchema(`
  type Query {
    states(first: Int, after: String): StateConnection!
    state(id: ID!): State
  }
  type StateConnection { edges: [StateEdge!]! totalCount: Int! }
  type StateEdge { cursor: String! node: State! }
  type State { id: ID! name: String! cities(first: Int): [City!]! }
  type City { id: ID! name: String! }
`);

function costOf(query: string, variables?: Record<string, unknown>): number {
  let cost = -1;
  const errors = validate(schema, parse(query), [
    createCostLimitRule({ maxCost: Number.MAX_SAFE_INTEGER, variables, onCost: (c) => (cost = c) }),
  ]);
  expect(errors).toEqual([]);
  return cost;
}

describe('the cost model', () => {
  it('counts 1 per field plus its selection', () => {
    expect(costOf('{ state(id: 1) { id name } }')).toBe(3);
  });

  it('weighs a paged field by the `first` it asks for', () => {
    // states: 10 × (1 + edges(1 + node(1 + id 1 + name 1)) + totalCount 1) = 10 × 6
    expect(costOf('{ states(first: 10) { edges { node { id name } } totalCount } }')).toBe(60);
  });

  it('uses the variable value actually sent for `first: $n`', () => {
    const query = 'query($n: Int) { states(first: $n) { totalCount } }';
    expect(costOf(query, { n: 50 })).toBe(100);
    expect(costOf(query, { n: 5 })).toBe(10);
  });

  it('assumes the default page size (20) when `first` is left out', () => {
    expect(costOf('{ states { totalCount } }')).toBe(40);
  });

  it('multiplies nested pages', () => {
    // states: 10 × (1 + edges(1 + node(1 + cities 5 × (1 + 1))))
    expect(costOf('{ states(first: 10) { edges { node { cities(first: 5) { id } } } } }')).toBe(10 * 13);
  });
});

describe('createCostLimitRule', () => {
  const query = 'query($n: Int) { states(first: $n) { edges { node { id } } } }'; // n × 4

  it('lets an operation within the limit pass', () => {
    const errors = validate(schema, parse(query), [
      createCostLimitRule({ maxCost: 400, variables: { n: 100 } }),
    ]);
    expect(errors).toEqual([]);
  });

  it('refuses an operation over the limit with QUERY_TOO_COMPLEX, the limit and the actual cost', () => {
    const errors = validate(schema, parse(query), [
      createCostLimitRule({ maxCost: 400, variables: { n: 101 } }),
    ]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toBeInstanceOf(QueryLimitError);
    expect(errors[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 400, actual: 404 });
  });
});
