import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { GATEWAY_PROOF_HEADER } from '@oms/auth/lite';
import { CORRELATION_HEADER } from '@oms/server/lite';
import type { GatewayContext } from './gateway-context';
import type { SubgraphHttpClient } from './subgraph-http-client';

/**
 * How the gateway calls one subgraph: over the shared keep-alive client, with the request's correlation id
 * and the gateway's signed proof of the verified caller. The client's own headers (its token included) are
 * not passed on: the subgraphs trust the proof, which only the gateway can sign.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(url: string, client: SubgraphHttpClient) {
    super({ url, fetcher: client.fetcher });
  }

  /** Adds the correlation id and the proof to the outgoing subgraph request. */
  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    const headers = request.http?.headers;
    // Requests the gateway makes on its own (health checks) have an empty context.
    const { correlationId, proof } = (context ?? {}) as Partial<GatewayContext>;
    if (!headers) return;
    if (correlationId) headers.set(CORRELATION_HEADER, correlationId);
    if (proof) headers.set(GATEWAY_PROOF_HEADER, proof);
  }
}
