import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { CORRELATION_HEADER } from '@oms/server/lite';
import type { GatewayContext } from './gateway-context';
import type { SubgraphHttpClient } from './subgraph-http-client';

/**
 * How the gateway calls one subgraph: over the shared keep-alive client, forwarding the caller's
 * `Authorization` header and the request's correlation id, so every subgraph call of one client request
 * carries the same id.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(url: string, client: SubgraphHttpClient) {
    super({ url, fetcher: client.fetcher });
  }

  /** Adds the forwarded headers to the outgoing subgraph request. */
  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    const headers = request.http?.headers;
    // Requests the gateway makes on its own (health checks) have an empty context.
    const { correlationId, authorization } = (context ?? {}) as Partial<GatewayContext>;
    if (!headers) return;
    if (correlationId) headers.set(CORRELATION_HEADER, correlationId);
    if (authorization) headers.set('authorization', authorization);
  }
}
