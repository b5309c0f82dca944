import type { SubgraphHttpClient } from './subgraph-http-client';

/** The readiness of one subgraph as the gateway saw it. */
export type SubgraphReadiness = 'ready' | 'not ready' | 'unreachable';

/** The gateway's `/readyz` verdict: ready only when every subgraph is. */
export interface ReadinessReport {
  ready: boolean;
  subgraphs: Record<string, SubgraphReadiness>;
}

/**
 * The `/readyz` URL of a subgraph, from its GraphQL URL: the last path segment (`/graphql`) is replaced,
 * so `http://orders:4001/graphql` → `http://orders:4001/readyz` and a prefixed mount keeps its prefix.
 */
export function readinessUrlOf(graphqlUrl: string): string {
  const url = new URL(graphqlUrl);
  url.pathname = url.pathname.replace(/\/[^/]*$/, '') + '/readyz';
  url.search = '';
  url.hash = '';
  return url.toString();
}

/** Asks every subgraph's `/readyz` at once; a subgraph is ready only if it answers 200 within the time. */
export async function checkSubgraphs(
  subgraphs: ReadonlyMap<string, string>,
  client: SubgraphHttpClient,
  timeoutMs: number,
): Promise<ReadinessReport> {
  const entries = await Promise.all(
    [...subgraphs].map(async ([name, url]): Promise<[string, SubgraphReadiness]> => {
      try {
        const status = await client.status(readinessUrlOf(url), timeoutMs);
        return [name, status === 200 ? 'ready' : 'not ready'];
      } catch {
        return [name, 'unreachable'];
      }
    }),
  );
  const report = Object.fromEntries(entries.sort(([a], [b]) => a.localeCompare(b)));
  return { ready: entries.length > 0 && entries.every(([, state]) => state === 'ready'), subgraphs: report };
}
