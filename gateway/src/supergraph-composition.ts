import { existsSync, readFileSync } from 'node:fs';
import { composeServices } from '@apollo/composition';
import { parse, type DocumentNode, type GraphQLError } from 'graphql';
import { subgraphSchemaPath } from './subgraph-plan';

/** One subgraph's contract as composition needs it: its name, the URL the gateway calls, its SDL. */
export interface SubgraphSource {
  name: string;
  url: string;
  sdl: string;
  /** Where the SDL came from, for error messages (a file path). */
  origin?: string;
}

/** The result of composing: the supergraph SDL (and composition hints), or every error found. */
export type CompositionOutcome =
  { ok: true; supergraphSdl: string; hints: string[] } | { ok: false; errors: string[] };

/** The first line of the committed supergraph file: it is generated, and says how. */
export const SUPERGRAPH_HEADER =
  '# Composed from services/*/schema.graphql by `npm run supergraph:compose`. Do not edit by hand;\n' +
  '# `npm run supergraph:check` fails when this file differs from a fresh composition.\n';

/**
 * Reads the schema files of the named subgraphs below the repository root. Missing files are listed rather
 * than thrown one at a time, so one run names every subgraph still without a contract.
 */
export function readSubgraphSources(
  repoRoot: string,
  urls: Readonly<Record<string, string>>,
): { sources: SubgraphSource[]; missing: string[] } {
  const sources: SubgraphSource[] = [];
  const missing: string[] = [];
  for (const [name, url] of Object.entries(urls)) {
    const file = subgraphSchemaPath(repoRoot, name);
    if (!existsSync(file)) {
      missing.push(file);
      continue;
    }
    sources.push({ name, url, sdl: readFileSync(file, 'utf8'), origin: file });
  }
  return { sources, missing };
}

/**
 * Composes subgraph contracts into a Federation 2 supergraph with @apollo/composition. Every syntax and
 * composition error is returned (not just the first), each prefixed with its code.
 */
export function composeSupergraph(sources: readonly SubgraphSource[]): CompositionOutcome {
  const errors: string[] = [];
  const services: { name: string; url: string; typeDefs: DocumentNode }[] = [];
  for (const source of sources) {
    try {
      services.push({ name: source.name, url: source.url, typeDefs: parse(source.sdl) });
    } catch (err) {
      errors.push(`[${source.name}] syntax error in ${source.origin ?? 'schema'}: ${(err as Error).message}`);
    }
  }
  if (errors.length > 0) return { ok: false, errors };
  const result = composeServices(services);
  if (result.errors) return { ok: false, errors: result.errors.map(formatCompositionError) };
  return {
    ok: true,
    supergraphSdl: result.supergraphSdl,
    hints: result.hints.map((hint) => `${hint.definition.code}: ${hint.message}`),
  };
}

/** The exact text of the supergraph file for a composed SDL: header, SDL, one trailing newline. */
export function renderSupergraphFile(supergraphSdl: string): string {
  return `${SUPERGRAPH_HEADER}${supergraphSdl.trimEnd()}\n`;
}

/** Whether the committed supergraph file matches a fresh composition, and if not a short hint where. */
export interface DriftReport {
  upToDate: boolean;
  /** A few lines locating the first difference; absent when up to date. */
  hint?: string;
}

/**
 * Compares the committed supergraph file with the freshly rendered one (line endings normalised, so a
 * checkout with CRLF is not drift) and locates the first differing line.
 */
export function compareSupergraph(committed: string | null, fresh: string): DriftReport {
  if (committed === null) return { upToDate: false, hint: 'the supergraph file does not exist yet' };
  const a = committed.replace(/\r\n/g, '\n').split('\n');
  const b = fresh.replace(/\r\n/g, '\n').split('\n');
  const length = Math.max(a.length, b.length);
  let first = -1;
  let differing = 0;
  for (let i = 0; i < length; i++) {
    if (a[i] !== b[i]) {
      if (first < 0) first = i;
      differing++;
    }
  }
  if (first < 0) return { upToDate: true };
  const lines = [
    `first difference at line ${first + 1} (${differing} of ${length} lines differ by position):`,
  ];
  for (let i = first; i < Math.min(first + 3, length); i++) {
    if (a[i] === b[i]) continue;
    lines.push(`  - committed: ${show(a[i])}`, `  + composed:  ${show(b[i])}`);
  }
  lines.push(`committed file has ${a.length} lines, a fresh composition ${b.length}`);
  return { upToDate: false, hint: lines.join('\n') };
}

function show(line: string | undefined): string {
  if (line === undefined) return '(end of file)';
  return line.length > 120 ? `${line.slice(0, 117)}...` : line;
}

function formatCompositionError(error: GraphQLError): string {
  const code = error.extensions?.code;
  return typeof code === 'string' ? `${code}: ${error.message}` : error.message;
}
