# Shared settings and helpers for scripts/infra/{up,down}.sh. Sourced, never executed.
# shellcheck shell=bash

# ---- locations -------------------------------------------------------------------------------
INFRA_SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_ROOT=$(cd "$INFRA_SCRIPT_DIR/../.." && pwd)

KAFKA_VERSION=3.9.1
KAFKA_DEPLOY_DIR="$REPO_ROOT/deploy/local/kafka"           # pom.xml + log4j configs
KAFKA_TOPICS_FILE="$REPO_ROOT/deploy/kafka/topics.txt"
CACHE_DIR="${BAEUM_CACHE_DIR:-${HOME:-/tmp}/.cache/baeum}"  # outside the repo, shared by clones
KAFKA_LIBS="$CACHE_DIR/kafka-$KAFKA_VERSION/libs"
KAFKA_LIBS_MARKER="$KAFKA_LIBS/.complete"

INFRA_DIR="${BAEUM_INFRA_DIR:-$REPO_ROOT/.infra}"           # gitignored
KAFKA_STATE="$INFRA_DIR/kafka"                              # server.properties, data/, logs/, pid
KAFKA_PROPS="$KAFKA_STATE/server.properties"
KAFKA_PIDFILE="$KAFKA_STATE/kafka.pid"
KAFKA_CLUSTER_ID_FILE="$KAFKA_STATE/cluster.id"
STARTED_FILE="$KAFKA_STATE/started"                         # what up.sh started: "<name> <detail>"
LOCK_FILE="$INFRA_DIR/.lock"

# ---- endpoints (defaults are what env.sh prints) ---------------------------------------------
PGHOST="${PGHOST:-127.0.0.1}"
PGPORT="${PGPORT:-5432}"
REDIS_HOST=127.0.0.1
REDIS_PORT="${BAEUM_REDIS_PORT:-6379}"
KAFKA_HOST=127.0.0.1
KAFKA_PORT="${BAEUM_KAFKA_PORT:-9092}"
KAFKA_CONTROLLER_PORT="${BAEUM_KAFKA_CONTROLLER_PORT:-9093}"
KAFKA_BOOTSTRAP="$KAFKA_HOST:$KAFKA_PORT"
KAFKA_START_TIMEOUT="${BAEUM_KAFKA_START_TIMEOUT:-90}"

# ---- output ----------------------------------------------------------------------------------
log() { printf '[infra] %s\n' "$*" >&2; }
die() { printf '[infra] ERROR: %s\n' "$*" >&2; exit 1; }

need() {
  local c
  for c in "$@"; do
    command -v "$c" >/dev/null 2>&1 || die "'$c' is not installed or not on PATH."
  done
}

# Exclusive lock so concurrent up/down runs don't race (fd 9; children that outlive us must close it).
take_lock() {
  mkdir -p "$INFRA_DIR"
  exec 9>"$LOCK_FILE"
  flock -w 300 9 || die "timed out waiting for $LOCK_FILE (another up.sh/down.sh running?)"
}

# port_open HOST PORT: is something accepting TCP connections there?
port_open() {
  timeout 2 bash -c 'exec 3<>"/dev/tcp/$0/$1"' "$1" "$2" 2>/dev/null
}

# ---- "started" bookkeeping: lines "<name> <detail>" --------------------------------------------
started_get() { [[ -f "$STARTED_FILE" ]] && awk -v n="$1" '$1 == n { $1 = ""; sub(/^ /, ""); print; exit }' "$STARTED_FILE"; return 0; }
started_has() { [[ -f "$STARTED_FILE" ]] && awk -v n="$1" '$1 == n { f = 1 } END { exit !f }' "$STARTED_FILE"; }
started_del() {
  [[ -f "$STARTED_FILE" ]] || return 0
  awk -v n="$1" '$1 != n' "$STARTED_FILE" >"$STARTED_FILE.tmp" && mv "$STARTED_FILE.tmp" "$STARTED_FILE"
}
started_set() { mkdir -p "$KAFKA_STATE"; started_del "$1"; printf '%s %s\n' "$1" "$2" >>"$STARTED_FILE"; }

# ---- service probes --------------------------------------------------------------------------
pg_ready() { pg_isready -h "$PGHOST" -p "$PGPORT" -t 2 -q; }
redis_ping() { [[ "$(timeout 3 redis-cli -h "$REDIS_HOST" -p "$REDIS_PORT" ping 2>/dev/null)" == PONG ]]; }

# PID of the Kafka broker this repo's state dir started, if it is still running (else fails).
kafka_pid() {
  local pid args
  [[ -f "$KAFKA_PIDFILE" ]] || return 1
  pid=$(<"$KAFKA_PIDFILE")
  [[ "$pid" =~ ^[0-9]+$ ]] || return 1
  args=$(ps -o args= -p "$pid" 2>/dev/null) || return 1
  [[ "$args" == *"kafka.Kafka $KAFKA_PROPS"* ]] || return 1   # guard against a recycled pid
  echo "$pid"
}

# Short-lived JVM for Kafka's command-line tools, tuned for startup time rather than throughput.
KAFKA_TOOL_JAVA=(java -Xms32m -Xmx256m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto
  -Djava.awt.headless=true "-Dlog4j.configuration=file:$KAFKA_DEPLOY_DIR/tools-log4j.properties"
  -cp "$KAFKA_LIBS/*")

# kafka_tool MAIN_CLASS ARGS...: run a Kafka tool (StorageTool, ...).
kafka_tool() { "${KAFKA_TOOL_JAVA[@]}" "$@" </dev/null 9>&-; }

# topic_cmd ARGS...: org.apache.kafka.tools.TopicCommand against our broker, bounded in time.
topic_cmd() {
  timeout -k 5 "${TOPIC_CMD_TIMEOUT:-30}" "${KAFKA_TOOL_JAVA[@]}" \
    org.apache.kafka.tools.TopicCommand --bootstrap-server "$KAFKA_BOOTSTRAP" "$@" </dev/null 9>&-
}

# Fetch the broker's jars (Maven Central via mvn) into the cache outside the repo, once.
ensure_kafka_libs() {
  local pom="$KAFKA_DEPLOY_DIR/pom.xml" want tmp
  want=$(sha256sum "$pom" | cut -d' ' -f1)
  if [[ -f "$KAFKA_LIBS_MARKER" && "$(<"$KAFKA_LIBS_MARKER")" == "$want" ]]; then return 0; fi
  command -v mvn >/dev/null 2>&1 ||
    die "Kafka $KAFKA_VERSION jars are not cached in $KAFKA_LIBS and Maven (mvn) is not installed to fetch them."
  log "kafka: fetching Apache Kafka $KAFKA_VERSION jars from Maven Central into $KAFKA_LIBS (one-off)"
  tmp="$KAFKA_LIBS.tmp.$$"
  rm -rf "$tmp"
  mkdir -p "$(dirname "$KAFKA_LIBS")"
  if ! mvn -q -B -Dstyle.color=never -f "$pom" dependency:copy-dependencies \
    -DincludeScope=runtime -DoutputDirectory="$tmp" </dev/null 9>&- >&2; then
    rm -rf "$tmp"
    die "mvn could not fetch the Kafka jars (is Maven Central reachable, or ~/.m2 populated?)."
  fi
  local j
  for j in "kafka_2.13-$KAFKA_VERSION.jar" "kafka-tools-$KAFKA_VERSION.jar" "kafka-clients-$KAFKA_VERSION.jar" \
    slf4j-reload4j-*.jar reload4j-*.jar; do
    compgen -G "$tmp/$j" >/dev/null || { rm -rf "$tmp"; die "mvn finished but $j is missing from the copied jars."; }
  done
  echo "$want" >"$tmp/.complete"
  rm -rf "$KAFKA_LIBS"
  mv "$tmp" "$KAFKA_LIBS"
}
