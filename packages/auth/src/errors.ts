import { GraphQLError } from 'graphql';

/** The caller is not signed in, or its credentials/proof are not valid. */
export function unauthenticated(message = 'Sign in to do this.'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}

/** The caller is signed in but may not do this (a missing permission or a record outside its scope). */
export function forbidden(message = 'You are not allowed to do this.'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN' } });
}
