// Static checks of the images' Dockerfiles (no Docker engine on the dev and CI machines): multi-stage,
// Node 20 LTS pinned to a patch release, dependencies from the workspace lockfile, a build of just the
// workspace and what it depends on, dev dependencies pruned, and a non-root runtime user.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './lib/render.mjs';

const images = [
  ...['orders', 'approvals', 'feasibility', 'masters', 'integrations'].map((name) => ({
    image: `oms/${name}`,
    dockerfile: `services/${name}/Dockerfile`,
    workspaceDir: `services/${name}`,
    entry: `services/${name}/dist/main.js`,
  })),
  {
    image: 'oms/gateway',
    dockerfile: 'gateway/Dockerfile',
    workspaceDir: 'gateway',
    entry: 'gateway/dist/main.js',
  },
  {
    image: 'oms/backup',
    dockerfile: 'deploy/docker/backup.Dockerfile',
    workspaceDir: 'packages/backup',
    entry: 'packages/backup/dist/cli.js',
  },
];
const nodeMajor = readFileSync(join(repoRoot, '.nvmrc'), 'utf8').trim();

/** The instructions of a Dockerfile, continuation lines joined and comments dropped. */
function instructions(text) {
  return text
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const [, op, args] = /^(\S+)\s*(.*)$/.exec(line);
      return { op: op.toUpperCase(), args };
    });
}

for (const { image, dockerfile, workspaceDir, entry } of images) {
  test(`${dockerfile}: multi-stage, Node ${nodeMajor} LTS, lockfile install, pruned, non-root`, () => {
    const path = join(repoRoot, dockerfile);
    assert.ok(existsSync(path), `${dockerfile} is missing (image ${image})`);
    const steps = instructions(readFileSync(path, 'utf8'));
    const workspace = JSON.parse(readFileSync(join(repoRoot, workspaceDir, 'package.json'), 'utf8')).name;

    const froms = steps.filter((s) => s.op === 'FROM');
    assert.ok(froms.length >= 2, 'multi-stage');
    for (const from of froms)
      assert.match(
        from.args,
        new RegExp(`^node:${nodeMajor}\\.\\d+\\.\\d+-(bookworm-slim|alpine\\d*\\.?\\d*)\\b`),
        from.args,
      );

    const runs = steps.filter((s) => s.op === 'RUN').map((s) => s.args);
    assert.ok(
      runs.some((r) => r.includes(`turbo@`) && r.includes(`prune ${workspace} `)),
      'turbo prune of the workspace',
    );
    assert.ok(
      runs.some((r) => /\bnpm ci\b/.test(r)),
      'npm ci from the lockfile',
    );
    assert.ok(
      runs.some((r) => r.includes(`turbo run build --filter=${workspace}...`)),
      'build of the workspace',
    );
    assert.ok(
      runs.some((r) => r.includes('npm prune --omit=dev')),
      'dev dependencies pruned',
    );

    const runtime = steps.slice(steps.lastIndexOf(froms.at(-1)));
    const users = runtime.filter((s) => s.op === 'USER').map((s) => s.args);
    assert.ok(users.length > 0 && !['root', '0'].includes(users.at(-1)), 'runtime runs as a non-root user');
    assert.ok(
      runtime.some((s) => s.op === 'COPY' && s.args.startsWith('--from=build')),
      'runtime copies the build',
    );
    assert.ok(
      runtime.some((s) => ['CMD', 'ENTRYPOINT'].includes(s.op) && s.args.includes(`"${entry}"`)),
      `starts ${entry}`,
    );
    assert.ok(
      existsSync(join(repoRoot, entry.replace('/dist/', '/src/').replace(/\.js$/, '.ts'))),
      `${entry} has a source`,
    );
  });
}

test('the deploy manifests use exactly the images that have a Dockerfile', () => {
  const base = readFileSync(join(repoRoot, 'deploy/k8s/base/kustomization.yaml'), 'utf8');
  const named = [...base.matchAll(/- name: (oms\/[\w-]+)/g)].map((m) => m[1]).sort();
  assert.deepEqual(named, images.map((i) => i.image).sort());
});

test('.dockerignore keeps installed modules, build output, git and env files out of the context', () => {
  const ignored = readFileSync(join(repoRoot, '.dockerignore'), 'utf8').split('\n');
  for (const entry of ['**/node_modules', '**/dist', '.git', '.env', '.env.*'])
    assert.ok(ignored.includes(entry), entry);
});
