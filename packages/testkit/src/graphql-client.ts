import { GATEWAY_PROOF_HEADER } from '@oms/auth';
import { defaultProofHeaders } from './access';
/** The body of a GraphQL response. */
export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/** Posts one GraphQL operation, as a frontend would, and returns the parsed response. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- specs read untyped responses loosely
export async function gql<T = Record<string, any>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<T>> {
  const proof = GATEWAY_PROOF_HEADER in headers ? {} : await defaultProofHeaders(url);
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...proof, ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const text = await res.text();
  try {
    return JSON.parse(text) as GraphQLResponse<T>;
  } catch {
    throw new Error(`non-JSON response (${res.status}) from ${url}: ${text.slice(0, 500)}`);
  }
}

/** Like `gql`, but fails the test on any GraphQL error and returns `data`. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- specs read untyped responses loosely
export async function gqlData<T = Record<string, any>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<T> {
  const res = await gql<T>(url, query, variables, headers);
  if (res.errors?.length || !res.data) throw new Error(`GraphQL errors: ${JSON.stringify(res.errors)}`);
  return res.data;
}
