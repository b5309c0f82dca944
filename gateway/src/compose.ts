import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  compareSupergraph,
  composeSupergraph,
  readSubgraphSources,
  renderSupergraphFile,
} from './supergraph-composition';
import { DEFAULT_SUBGRAPH_URLS, SUPERGRAPH_FILE, findRepoRoot } from './subgraph-plan';

export { DEFAULT_SUBGRAPH_PORTS, DEFAULT_SUBGRAPH_URLS, SUBGRAPH_NAMES } from './subgraph-plan';

/** Where the compose command writes its messages (injectable for tests). */
export interface ComposeIo {
  out(text: string): void;
  err(text: string): void;
}

/** Options of one compose run; the defaults are the real repository and the default port plan. */
export interface ComposeOptions {
  repoRoot?: string;
  /** Subgraph name → URL written into the supergraph. */
  subgraphs?: Readonly<Record<string, string>>;
  io?: ComposeIo;
}

const USAGE = 'usage: node gateway/dist/compose.js --write | --check';

/**
 * The `supergraph:compose` / `supergraph:check` command. `--write` composes `services/<name>/schema.graphql`
 * into `supergraph/supergraph.graphql`; `--check` fails when the committed file differs from a fresh
 * composition. Returns the exit code: 0 done / up to date, 1 composition failed or drift, 2 bad usage.
 */
export function runCompose(argv: readonly string[], options: ComposeOptions = {}): number {
  const io = options.io ?? {
    out: (text: string) => process.stdout.write(`${text}\n`),
    err: (text: string) => process.stderr.write(`${text}\n`),
  };
  const mode = argv.length === 1 && (argv[0] === '--write' || argv[0] === '--check') ? argv[0] : null;
  if (!mode) {
    io.err(USAGE);
    return 2;
  }
  const repoRoot = options.repoRoot ?? findRepoRoot(__dirname);
  const target = path.join(repoRoot, SUPERGRAPH_FILE);
  const relativeTarget = path.relative(repoRoot, target);

  const { sources, missing } = readSubgraphSources(repoRoot, options.subgraphs ?? DEFAULT_SUBGRAPH_URLS);
  if (missing.length > 0) {
    io.err(`Cannot compose: ${missing.length} subgraph schema file(s) missing:`);
    for (const file of missing) io.err(`  - ${path.relative(repoRoot, file)}`);
    return 1;
  }
  const outcome = composeSupergraph(sources);
  if (!outcome.ok) {
    io.err(`Composition failed with ${outcome.errors.length} error(s):`);
    for (const error of outcome.errors) io.err(`  - ${error}`);
    return 1;
  }
  const fresh = renderSupergraphFile(outcome.supergraphSdl);

  if (mode === '--write') {
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, fresh);
    for (const hint of outcome.hints) io.err(`hint: ${hint}`);
    io.out(`Wrote ${relativeTarget} from ${sources.length} subgraphs.`);
    return 0;
  }

  const committed = existsSync(target) ? readFileSync(target, 'utf8') : null;
  const drift = compareSupergraph(committed, fresh);
  if (drift.upToDate) {
    io.out(`${relativeTarget} is up to date with ${sources.length} subgraph schemas.`);
    return 0;
  }
  io.err(`${relativeTarget} is out of date: it differs from a fresh composition of the subgraph schemas.`);
  if (drift.hint) io.err(drift.hint);
  io.err('Run `npm run supergraph:compose` (after `npm run build`) and commit the result.');
  return 1;
}

if (require.main === module) {
  process.exitCode = runCompose(process.argv.slice(2));
}
