#!/usr/bin/env bash
# The README's test command (`npm test`): format, codegen + build, supergraph drift, lint, typecheck, unit,
# then integration and end-to-end specs against the real MariaDB and a real Kafka broker (started here when
# none is running, and stopped again afterwards).
set -euo pipefail
cd "$(dirname "$0")/.."
export TURBO_TELEMETRY_DISABLED=1 TURBO_NO_UPDATE_NOTIFIER=1

step() { printf '\n=== %s ===\n' "$*"; }
# Test output is also kept here so the closing line can count every spec that ran.
results=$(mktemp)
trap 'rm -f "$results"' EXIT

step "format"
npx prettier --check . --log-level warn

step "codegen (resolver types from each schema.graphql)"
npx turbo run codegen --output-logs=errors-only
if git rev-parse --git-dir >/dev/null 2>&1 && ! git diff --quiet -- 'services/*/src/graphql/generated'; then
  echo "Generated resolver types are stale: run 'npm run codegen' and commit the result." >&2
  git diff --stat -- 'services/*/src/graphql/generated' >&2
  exit 1
fi

step "build"
npx turbo run build --output-logs=errors-only

step "supergraph drift check"
node gateway/dist/compose.js --check

step "lint"
npx eslint . --max-warnings=0

step "typecheck"
npx turbo run typecheck --output-logs=errors-only

step "unit tests"
npx turbo run test --output-logs=full --concurrency=2 | tee -a "$results"

step "integration and end-to-end tests (MariaDB + Kafka)"
bash tools/kafka/with-kafka.sh bash -c '
  npx turbo run test:integration --output-logs=new-only --concurrency=2 &&
  npx turbo run test:e2e --output-logs=new-only --concurrency=1' | tee -a "$results"

step "all checks passed"
# Jest prints one "Tests: …" line per run, node's test runner (the deploy checks) "ℹ pass N" lines; add them
# up into one closing line.
awk '/Tests:/ { for (i = 1; i <= NF; i++) { if ($(i+1) ~ /^passed/) p += $i; if ($(i+1) ~ /^failed/) f += $i; if ($(i+1) ~ /^skipped/) s += $i } }
     /ℹ pass [0-9]+$/ { p += $NF } /ℹ fail [0-9]+$/ { f += $NF } /ℹ skipped [0-9]+$/ { s += $NF }
     END { printf "%d passed, %d failed, %d skipped\n", p, f, s }' "$results"
