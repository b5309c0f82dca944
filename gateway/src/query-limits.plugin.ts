import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, validate } from 'graphql';
import { createCostLimitRule } from './cost-limit.rule';
import { createDepthLimitRule } from './depth-limit.rule';
import { QueryLimitError } from './query-limit-errors';

/** The shape limits the gateway enforces on every operation. */
export interface QueryLimits {
  maxDepth: number;
  maxCost: number;
  /** Page size assumed for a paged field whose `first` is not given. */
  defaultPageSize?: number;
}

/**
 * Enforces the depth and cost limits on every operation before it is planned or sent to any subgraph.
 *
 * This is a plugin rather than Apollo Server `validationRules` for two reasons: validation rules never see
 * the request's variables (so `first: $n` could not be weighed) and are skipped for documents already in
 * the validated-document cache; and Apollo Server rewrites the `extensions.code` of validation errors to
 * GRAPHQL_VALIDATION_FAILED, which would lose the typed codes. `didResolveOperation` runs on every request,
 * with the variables, and an error thrown there reaches the client as it is.
 */
export function queryLimitsPlugin<C extends object>(limits: QueryLimits): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, request }) {
          const rules = [
            createDepthLimitRule(limits.maxDepth, request.operationName),
            createCostLimitRule({
              maxCost: limits.maxCost,
              variables: request.variables,
              operationName: request.operationName,
              defaultPageSize: limits.defaultPageSize,
            }),
          ];
          let errors: readonly GraphQLError[];
          try {
            errors = validate(schema, document, rules);
          } catch (err) {
            // Measuring coerces argument values; a malformed value is the caller's mistake, not ours.
            if (err instanceof GraphQLError) throw badInput(err);
            throw err;
          }
          if (errors.length === 0) return;
          throw errors.find((e) => e instanceof QueryLimitError) ?? badInput(errors[0]);
        },
      };
    },
  };
}

/** Variables that do not fit their declared types (found while weighing `first`) are a 400, as in execution. */
function badInput(error: GraphQLError): GraphQLError {
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    extensions: { ...error.extensions, code: 'BAD_USER_INPUT', http: { status: 400 } },
  });
}
