import { buildSchema, parse, validate, type OperationDefinitionNode } from 'graphql';
import { createDepthLimitRule, operationDepth } from './depth-limit.rule';
import { QueryLimitError } from './query-limit-errors';

const schema = buildSchema(`
  type Query { state(id: ID!): State, node: Node }
  interface Node { id: ID! }
  type State implements Node { id: ID! name: String! cities: [City!]! }
  type City implements Node { id: ID! name: String! state: State! }
`);

function depthOf(query: string): number {
  const document = parse(query);
  return operationDepth(document.definitions[0] as OperationDefinitionNode, document);
}

describe('operationDepth', () => {
  it('counts nested field levels', () => {
    expect(depthOf('{ state(id: 1) { id } }')).toBe(2);
    expect(depthOf('{ state(id: 1) { cities { state { name } } } }')).toBe(4);
  });

  it('follows fragment spreads and inline fragments where they are used', () => {
    const query = `
      query { node { ... on City { state { ...StateParts } } } }
      fragment StateParts on State { cities { name } }`;
    expect(depthOf(query)).toBe(4);
  });

  it('takes the deepest branch, and does not count introspection fields', () => {
    expect(depthOf('{ __typename a: state(id: 1) { id } b: state(id: 2) { cities { id } } }')).toBe(3);
    expect(depthOf('{ __schema { types { fields { type { ofType { ofType { name } } } } } } }')).toBe(0);
  });

  it('does not loop on a fragment cycle (the standard rules report it)', () => {
    const query = `
      { state(id: 1) { ...A } }
      fragment A on State { cities { state { ...A } } }`;
    // state → cities → state; the inner ...A is not expanded again.
    expect(depthOf(query)).toBe(3);
  });
});

describe('createDepthLimitRule', () => {
  const deep = '{ state(id: 1) { cities { state { cities { state { name } } } } } }'; // depth 6

  it('lets an operation at the limit pass', () => {
    expect(validate(schema, parse(deep), [createDepthLimitRule(6)])).toEqual([]);
  });

  it('refuses an operation over the limit with QUERY_TOO_DEEP, the limit and the actual depth', () => {
    const errors = validate(schema, parse(deep), [createDepthLimitRule(5)]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toBeInstanceOf(QueryLimitError);
    expect(errors[0].extensions).toMatchObject({ code: 'QUERY_TOO_DEEP', limit: 5, actual: 6 });
    expect(errors[0].message).toBe('Query is nested 6 levels deep; the limit is 5.');
  });

  it('measures only the named operation when one is selected', () => {
    const document = parse(`query Shallow { state(id: 1) { id } } query Deep ${deep}`);
    expect(validate(schema, document, [createDepthLimitRule(3, 'Shallow')])).toEqual([]);
    expect(validate(schema, document, [createDepthLimitRule(3, 'Deep')])[0].extensions.code).toBe(
      'QUERY_TOO_DEEP',
    );
  });
});
