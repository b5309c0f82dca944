// Renders a kustomization with the kubectl on PATH (or $KUBECTL): no cluster is contacted.
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAllDocuments } from 'yaml';

/** The deploy workspace's folder. */
export const deployDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The repository root. */
export const repoRoot = join(deployDir, '..');
/** The overlays every check runs on. */
export const overlays = ['dev', 'prod'];

let kubectl;
/** The kubectl binary, or an error that says how to get one. */
export function kubectlBinary() {
  if (kubectl) return kubectl;
  const candidate = process.env.KUBECTL ?? 'kubectl';
  try {
    execFileSync(candidate, ['version', '--client', '--output=json'], { stdio: 'pipe' });
  } catch (err) {
    throw new Error(
      `kubectl is needed to render deploy/k8s (its built-in kustomize, no cluster) but "${candidate}" ` +
        `did not run (${err.code ?? err.message}). Install kubectl >= 1.27 or set KUBECTL=/path/to/kubectl.`,
    );
  }
  return (kubectl = candidate);
}

/** Renders `deploy/k8s/<path>` and returns its objects. */
export function render(path) {
  const text = execFileSync(kubectlBinary(), ['kustomize', join(deployDir, 'k8s', path)], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
  return parseObjects(text);
}

/** Parses a multi-document YAML stream into plain objects; a YAML error throws. */
export function parseObjects(text) {
  return parseAllDocuments(text)
    .map((doc) => {
      if (doc.errors.length > 0) throw new Error(`YAML error: ${doc.errors[0].message}`);
      return doc.toJS();
    })
    .filter((o) => o !== null && o !== undefined);
}
