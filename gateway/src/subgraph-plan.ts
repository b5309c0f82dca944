import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The five subgraphs the supergraph is composed of, in the (alphabetical) order they are composed. */
export const SUBGRAPH_NAMES = ['approvals', 'feasibility', 'integrations', 'masters', 'orders'] as const;

/** The name of one subgraph, as it appears in `services/<name>` and in the supergraph's `join__graph`. */
export type SubgraphName = (typeof SUBGRAPH_NAMES)[number];

/** The default port plan: where each subgraph listens when nothing overrides it. */
export const DEFAULT_SUBGRAPH_PORTS: Readonly<Record<SubgraphName, number>> = {
  orders: 4001,
  approvals: 4002,
  feasibility: 4003,
  masters: 4004,
  integrations: 4005,
};

/** The canonical subgraph URLs written into the composed supergraph (the default port plan on localhost). */
export const DEFAULT_SUBGRAPH_URLS: Readonly<Record<SubgraphName, string>> = Object.fromEntries(
  SUBGRAPH_NAMES.map((name) => [name, `http://localhost:${DEFAULT_SUBGRAPH_PORTS[name]}/graphql`]),
) as Record<SubgraphName, string>;

/** Where the composed supergraph lives, relative to the repository root. */
export const SUPERGRAPH_FILE = path.join('supergraph', 'supergraph.graphql');

/**
 * The repository root: the nearest directory at or above `from` whose package.json declares workspaces.
 * Works the same from `gateway/src` (tests) and `gateway/dist` (the built scripts).
 */
export function findRepoRoot(from: string = __dirname): string {
  let dir = path.resolve(from);
  for (;;) {
    const manifest = path.join(dir, 'package.json');
    if (existsSync(manifest)) {
      const json = JSON.parse(readFileSync(manifest, 'utf8')) as { workspaces?: unknown };
      if (json.workspaces) return dir;
    }
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`no workspace root (package.json with "workspaces") above ${from}`);
    dir = parent;
  }
}

/** The path of a subgraph's schema file (its contract), below the repository root. */
export function subgraphSchemaPath(repoRoot: string, name: string): string {
  return path.join(repoRoot, 'services', name, 'schema.graphql');
}
