import { GraphQLError } from 'graphql';

/**
 * The caller is not signed in, or its credentials/proof are not valid. `status` sets the HTTP status of the
 * whole response — only for refusals before execution (a bad token at the gateway, a call without the
 * gateway's proof); an error inside an operation leaves it alone, so the gateway passes the message on.
 */
export function unauthenticated(message = 'Sign in to do this.', status?: number): GraphQLError {
  return new GraphQLError(message, {
    extensions: status ? { code: 'UNAUTHENTICATED', http: { status } } : { code: 'UNAUTHENTICATED' },
  });
}

/** The caller is signed in but may not do this (a missing permission or a record outside its scope). */
export function forbidden(message = 'You are not allowed to do this.'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN' } });
}
