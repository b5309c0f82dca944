#!/usr/bin/env bash
# Run a command with a local Kafka broker available.
#
# Usage: tools/kafka/with-kafka.sh <command> [args...]
#
# Starts the broker (tools/kafka/kafka.sh start) unless one already answers on
# 127.0.0.1:${KAFKA_PORT:-9092}, runs the command with KAFKA_BROKERS exported (if not already set),
# then stops the broker only if this script started it - also on failure or Ctrl-C.
# Exits with the command's exit code.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
KAFKA_SH="$HERE/kafka.sh"

if [[ $# -eq 0 ]]; then
  echo "usage: $0 <command> [args...]" >&2
  exit 2
fi

export KAFKA_BROKERS="${KAFKA_BROKERS:-127.0.0.1:${KAFKA_PORT:-9092}}"

# kafka.sh start touches this file as soon as it has launched a broker process, so a broker
# launched by us is stopped even if start-up is interrupted or fails half-way.
marker="$(mktemp "${TMPDIR:-/tmp}/with-kafka.XXXXXX")"
rm -f "$marker"
export KAFKA_SH_STARTED_MARKER="$marker"

cleanup() {
  local rc=$?
  trap - EXIT INT TERM HUP
  if [[ -e "$marker" ]]; then
    rm -f "$marker"
    bash "$KAFKA_SH" stop || true
  fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP

bash "$KAFKA_SH" start
unset KAFKA_SH_STARTED_MARKER

set +e
"$@"
rc=$?
set -e
exit "$rc"
