#!/usr/bin/env bash
# Local single-node Apache Kafka 3.9.1 broker (KRaft, broker+controller) run from Maven-resolved jars.
# No Docker needed: Java 17 + Maven (Maven Central) only. See tools/kafka/README.md.
#
# Usage: tools/kafka/kafka.sh fetch|start|stop|status
#
# Environment:
#   KAFKA_PORT             client (PLAINTEXT) port, default 9092
#   KAFKA_CONTROLLER_PORT  KRaft controller port, default 9093
#   KAFKA_START_TIMEOUT    seconds to wait for the broker to come up, default 90
#   KAFKA_CACHE_DIR        cache/runtime folder, default <repo>/.cache/kafka
#   JAVA_HOME              used for the java binary when set
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$HERE/../.." && pwd)"

KAFKA_PORT="${KAFKA_PORT:-9092}"
KAFKA_CONTROLLER_PORT="${KAFKA_CONTROLLER_PORT:-9093}"
KAFKA_START_TIMEOUT="${KAFKA_START_TIMEOUT:-90}"
CACHE_DIR="${KAFKA_CACHE_DIR:-$REPO_ROOT/.cache/kafka}"
JARS_DIR="$CACHE_DIR/jars"
JARS_MARKER="$JARS_DIR/.complete"
PID_FILE="$CACHE_DIR/broker.pid"
LATEST_LINK="$CACHE_DIR/latest"
POM="$HERE/pom.xml"
LOG4J="$HERE/log4j.properties"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
HOST=127.0.0.1

log() { printf '[kafka.sh] %s\n' "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

# 0 if something accepts TCP connections on $HOST:$1.
port_open() {
  timeout 2 bash -c "exec 3<>/dev/tcp/$HOST/$1" >/dev/null 2>&1
}

# Serialize start/stop/fetch between concurrent invocations (e.g. parallel CI jobs).
take_lock() {
  mkdir -p "$CACHE_DIR"
  exec 9>"$CACHE_DIR/.lock"
  flock 9
}

# Prints the pid from the pid file if that process is alive and is our broker.
broker_pid() {
  [[ -f "$PID_FILE" ]] || return 1
  local pid
  pid="$(tr -dc '0-9' <"$PID_FILE")"
  [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null || return 1
  # Guard against a recycled pid.
  tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q 'kafka\.Kafka' || return 1
  echo "$pid"
}

pom_hash() { sha256sum "$POM" | cut -d' ' -f1; }

cmd_fetch() {
  local want
  want="$(pom_hash)"
  if [[ -f "$JARS_MARKER" && "$(cat "$JARS_MARKER")" == "$want" ]]; then
    return 0
  fi
  command -v mvn >/dev/null || die "mvn not found (needed once to fetch the Kafka jars)"
  log "fetching Kafka jars with Maven into $JARS_DIR"
  local tmp="$CACHE_DIR/jars.tmp.$$"
  rm -rf "$tmp"
  mkdir -p "$tmp"
  if ! mvn -B -q -Dstyle.color=never -f "$POM" dependency:copy-dependencies -DoutputDirectory="$tmp"; then
    rm -rf "$tmp"
    die "mvn dependency:copy-dependencies failed"
  fi
  ls "$tmp"/kafka_2.13-*.jar >/dev/null 2>&1 || { rm -rf "$tmp"; die "kafka_2.13 jar missing after fetch"; }
  echo "$want" >"$tmp/.complete"
  rm -rf "$JARS_DIR"
  mv "$tmp" "$JARS_DIR"
  log "fetched $(ls "$JARS_DIR"/*.jar | wc -l) jars"
}

# Cluster id: 16 random bytes, base64url without padding, not starting with '-'.
random_cluster_id() {
  local id
  while :; do
    id="$(head -c 16 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n')"
    [[ "$id" != -* ]] && { echo "$id"; return; }
  done
}

write_server_properties() {
  local file="$1" data_dir="$2"
  cat >"$file" <<EOF
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@$HOST:$KAFKA_CONTROLLER_PORT
listeners=PLAINTEXT://$HOST:$KAFKA_PORT,CONTROLLER://$HOST:$KAFKA_CONTROLLER_PORT
advertised.listeners=PLAINTEXT://$HOST:$KAFKA_PORT
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT
log.dirs=$data_dir
num.partitions=1
auto.create.topics.enable=false
offsets.topic.replication.factor=1
offsets.topic.num.partitions=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
group.initial.rebalance.delay.ms=0
num.network.threads=2
num.io.threads=2
log.cleaner.dedupe.buffer.size=8388608
EOF
}

kill_broker() {
  local pid="$1" i
  kill -TERM "$pid" 2>/dev/null || return 0
  for ((i = 0; i < 150; i++)); do
    kill -0 "$pid" 2>/dev/null || return 0
    sleep 0.1
  done
  log "broker pid $pid did not exit within 15 s, sending SIGKILL"
  kill -KILL "$pid" 2>/dev/null || true
  for ((i = 0; i < 50; i++)); do
    kill -0 "$pid" 2>/dev/null || return 0
    sleep 0.1
  done
}

cmd_start() {
  if port_open "$KAFKA_PORT"; then
    log "a broker already answers on $HOST:$KAFKA_PORT, reusing it"
    return 0
  fi
  take_lock
  # Re-check under the lock (another invocation may have started one meanwhile).
  if port_open "$KAFKA_PORT"; then
    log "a broker already answers on $HOST:$KAFKA_PORT, reusing it"
    return 0
  fi
  local old
  if old="$(broker_pid)"; then
    log "stale broker pid $old (port $KAFKA_PORT not answering), stopping it first"
    kill_broker "$old"
  fi
  rm -f "$PID_FILE"
  port_open "$KAFKA_CONTROLLER_PORT" &&
    die "controller port $HOST:$KAFKA_CONTROLLER_PORT is already in use (set KAFKA_CONTROLLER_PORT)"

  command -v "$JAVA" >/dev/null || die "java not found (Java 17+ required)"
  cmd_fetch
  local cp="$JARS_DIR/*"

  local run_dir
  run_dir="$CACHE_DIR/run-$(date +%Y%m%d-%H%M%S)-$$"
  mkdir -p "$run_dir/data"
  local props="$run_dir/server.properties" broker_log="$run_dir/broker.log"
  write_server_properties "$props" "$run_dir/data"
  ln -sfn "$(basename "$run_dir")" "$LATEST_LINK"

  local cluster_id
  cluster_id="$(random_cluster_id)"
  if ! "$JAVA" -Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 \
      -Dlog4j.configuration="file:$LOG4J" -cp "$cp" \
      kafka.tools.StorageTool format -t "$cluster_id" -c "$props" >"$run_dir/format.log" 2>&1; then
    cat "$run_dir/format.log" >&2
    die "kafka.tools.StorageTool format failed"
  fi

  log "starting Kafka on $HOST:$KAFKA_PORT (controller $KAFKA_CONTROLLER_PORT), logs: $broker_log"
  # New session so Ctrl-C in the calling terminal does not hit the broker; stop it with `kafka.sh stop`.
  # The inner shell records its own pid, then execs java (same pid). 9>&- keeps the lock fd out of it.
  setsid bash -c 'echo $$ >"$1"; shift; exec "$@"' _ "$PID_FILE" \
    "$JAVA" -Xms128m -Xmx512m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:+ExitOnOutOfMemoryError \
    -Dlog4j.configuration="file:$LOG4J" -cp "$cp" kafka.Kafka "$props" \
    </dev/null >"$broker_log" 2>&1 9>&- &
  # Tell with-kafka.sh that this invocation launched a broker (so it must stop it).
  [[ -n "${KAFKA_SH_STARTED_MARKER:-}" ]] && : >"$KAFKA_SH_STARTED_MARKER"

  local deadline=$((SECONDS + KAFKA_START_TIMEOUT)) pid=""
  while ((SECONDS < deadline)); do
    [[ -z "$pid" && -s "$PID_FILE" ]] && pid="$(tr -dc '0-9' <"$PID_FILE")"
    if [[ -n "$pid" ]] && ! kill -0 "$pid" 2>/dev/null; then
      log "broker process exited during start-up; last log lines:"
      tail -n 60 "$broker_log" >&2 || true
      rm -f "$PID_FILE"
      exit 1
    fi
    if grep -q 'Kafka Server started' "$broker_log" 2>/dev/null && port_open "$KAFKA_PORT"; then
      log "Kafka is up on $HOST:$KAFKA_PORT (pid $pid, ${SECONDS}s)"
      return 0
    fi
    sleep 0.25
  done
  log "broker not ready after ${KAFKA_START_TIMEOUT}s; last log lines:"
  tail -n 60 "$broker_log" >&2 || true
  [[ -n "$pid" ]] && kill_broker "$pid"
  rm -f "$PID_FILE"
  exit 1
}

cmd_stop() {
  take_lock
  local pid
  if pid="$(broker_pid)"; then
    log "stopping broker pid $pid"
    kill_broker "$pid"
  elif port_open "$KAFKA_PORT"; then
    log "something answers on $HOST:$KAFKA_PORT but it was not started by kafka.sh; leaving it alone"
  else
    log "no broker running"
  fi
  rm -f "$PID_FILE"
  # Remove old run dirs; keep the most recent one so its broker.log can still be read.
  local keep="" d
  [[ -L "$LATEST_LINK" ]] && keep="$(readlink "$LATEST_LINK")"
  for d in "$CACHE_DIR"/run-*; do
    [[ -d "$d" ]] || continue
    [[ "$(basename "$d")" == "$keep" ]] && continue
    rm -rf "$d"
  done
  return 0
}

cmd_status() {
  if port_open "$KAFKA_PORT"; then
    local pid
    if pid="$(broker_pid)"; then
      echo "running on $HOST:$KAFKA_PORT (pid $pid)"
    else
      echo "something answers on $HOST:$KAFKA_PORT (not started by kafka.sh)"
    fi
    return 0
  fi
  echo "not running on $HOST:$KAFKA_PORT"
  return 1
}

case "${1:-}" in
  fetch) take_lock; cmd_fetch ;;
  start) cmd_start ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  *)
    echo "usage: $0 fetch|start|stop|status" >&2
    exit 2
    ;;
esac
