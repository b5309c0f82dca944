import { GraphQLError } from 'graphql';

/** The stable codes a client can switch on when the gateway refuses an operation for its shape. */
export type QueryLimitCode = 'QUERY_TOO_DEEP' | 'QUERY_TOO_COMPLEX';

/**
 * An operation refused before any subgraph is called because it is too deep or too costly. The extensions
 * carry the `code`, the `limit` and the `actual` value; `http.status` makes Apollo Server answer 400 (it
 * strips `http` from the response body).
 */
export class QueryLimitError extends GraphQLError {
  constructor(
    readonly code: QueryLimitCode,
    readonly limit: number,
    readonly actual: number,
    message: string,
  ) {
    super(message, { extensions: { code, limit, actual, http: { status: 400 } } });
    this.name = 'QueryLimitError';
  }
}

/** Nesting deeper than `MAX_QUERY_DEPTH`. */
export function queryTooDeep(limit: number, actual: number): QueryLimitError {
  return new QueryLimitError(
    'QUERY_TOO_DEEP',
    limit,
    actual,
    `Query is nested ${actual} levels deep; the limit is ${limit}.`,
  );
}

/** An estimated cost above `MAX_QUERY_COST`. */
export function queryTooComplex(limit: number, actual: number): QueryLimitError {
  return new QueryLimitError(
    'QUERY_TOO_COMPLEX',
    limit,
    actual,
    `Query has an estimated cost of ${actual}; the limit is ${limit}. Ask for fewer items (smaller \`first\`) or fewer nested lists.`,
  );
}
