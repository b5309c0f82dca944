import { type ValidationRule } from 'graphql';
import {
  createComplexityRule,
  simpleEstimator,
  type ComplexityEstimator,
  type ComplexityEstimatorArgs,
} from 'graphql-query-complexity';
import { queryTooComplex } from './query-limit-errors';

/** Page size assumed for a field with a `first` argument the client left out (the subgraphs' default). */
export const DEFAULT_PAGE_SIZE = 20;

/**
 * Weighs a paged field by the number of items it asks for: a field with a `first` argument costs
 * `first × (1 + cost of one item's selection)`, using `DEFAULT_PAGE_SIZE` when `first` is not given. The
 * requested `first` counts, not the subgraph's cap, so asking for 10 000 is refused rather than silently cut.
 */
export function pageSizeEstimator(defaultPageSize = DEFAULT_PAGE_SIZE): ComplexityEstimator {
  return ({ field, args, childComplexity }: ComplexityEstimatorArgs) => {
    if (!field.args.some((arg) => arg.name === 'first')) return undefined;
    const requested: unknown = args.first;
    const items =
      typeof requested === 'number' && Number.isFinite(requested) ? Math.max(0, requested) : defaultPageSize;
    return items * (1 + childComplexity);
  };
}

/** The estimators of the gateway's cost model: paged fields by `first`, every other field 1 + its children. */
export function costEstimators(defaultPageSize = DEFAULT_PAGE_SIZE): ComplexityEstimator[] {
  return [pageSizeEstimator(defaultPageSize), simpleEstimator({ defaultComplexity: 1 })];
}

/** What the cost rule of one request needs. */
export interface CostLimitOptions {
  maxCost: number;
  /** The request's variables: `first: $n` is weighed by the value actually sent. */
  variables?: Record<string, unknown>;
  operationName?: string | null;
  defaultPageSize?: number;
  /** Called with the cost of the measured operation (for logs and metrics). */
  onCost?: (cost: number) => void;
}

/**
 * A validation rule refusing an operation whose estimated cost exceeds `maxCost` with a
 * `QUERY_TOO_COMPLEX` error (graphql-query-complexity with the estimators above). It depends on the
 * request's variables, so it is built per request.
 */
export function createCostLimitRule(options: CostLimitOptions): ValidationRule {
  return createComplexityRule({
    maximumComplexity: options.maxCost,
    variables: options.variables,
    operationName: options.operationName ?? undefined,
    estimators: costEstimators(options.defaultPageSize),
    createError: (max, actual) => queryTooComplex(max, actual),
    onComplete: options.onCost,
  });
}
