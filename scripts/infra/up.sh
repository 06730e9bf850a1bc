#!/usr/bin/env bash
# Bring Baeum's infrastructure up on this machine without Docker, idempotently:
#   PostgreSQL 127.0.0.1:5432 (+ the services' databases), Redis 127.0.0.1:6379,
#   Apache Kafka 3.9.1 (KRaft, single node) 127.0.0.1:9092 (+ topics from deploy/kafka/topics.txt).
# Reuses whatever is already running; starts only what is missing; exits 0 when everything is ready.
# Stop with scripts/infra/down.sh (stops only what this script started). Service env: scripts/infra/env.sh.
#
# Overrides: PGHOST, PGPORT, BAEUM_REDIS_PORT, BAEUM_KAFKA_PORT, BAEUM_KAFKA_CONTROLLER_PORT,
#   BAEUM_INFRA_DIR (state, default <repo>/.infra), BAEUM_CACHE_DIR (Kafka jars, default ~/.cache/baeum),
#   BAEUM_KAFKA_START_TIMEOUT (seconds, default 90).
# --cluster: three Kafka brokers (scripts/infra/cluster.sh: replication factor 3, min.insync.replicas 2,
#   127.0.0.1:19092,19094,19096) instead of the single one.
set -euo pipefail
# shellcheck source=lib.sh
. "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/lib.sh"

CLUSTER=0
case "${1:-}" in
  -h | --help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
  --cluster) CLUSTER=1 ;;
  "") ;;
  *) die "unknown argument '$1' (usage: up.sh [--cluster])" ;;
esac

T0=$(date +%s%N)
elapsed() { awk -v a="$T0" -v b="$(date +%s%N)" 'BEGIN { printf "%.1f", (b - a) / 1e9 }'; }

need pg_isready psql redis-cli redis-server java flock timeout setsid awk
take_lock
mkdir -p "$KAFKA_STATE"

DATABASES=(baeum_curriculum baeum_enrollment baeum_examination baeum_finance baeum_notification baeum_gateway)
SUMMARY=()

# ================================ PostgreSQL ===================================================
is_local_host() { [[ "$1" == 127.0.0.1 || "$1" == localhost || "$1" == ::1 ]]; }

# Print "<version> <cluster>" of the local Debian cluster configured for $PGPORT.
pg_local_cluster() {
  if command -v pg_lsclusters >/dev/null 2>&1; then
    pg_lsclusters -h 2>/dev/null | awk -v p="$PGPORT" '$3 == p { print $1, $2; exit }'
  else
    local v
    for v in /etc/postgresql/*/main; do [[ -d "$v" ]] && { echo "$(basename "$(dirname "$v")") main"; return; }; done
  fi
}

ensure_postgres() {
  local how=reused
  if ! pg_ready; then
    if [[ ! -d /etc/postgresql ]] || ! is_local_host "$PGHOST"; then
      die "PostgreSQL is not accepting connections on $PGHOST:$PGPORT and there is no local Debian cluster" \
        "(/etc/postgresql) to start. Start PostgreSQL 15 yourself (trust auth for user postgres) or set PGHOST/PGPORT."
    fi
    local cluster
    cluster=$(pg_local_cluster)
    [[ -n "$cluster" ]] || die "no PostgreSQL cluster under /etc/postgresql is configured for port $PGPORT."
    log "postgres: not accepting connections on $PGHOST:$PGPORT; starting cluster $cluster"
    # shellcheck disable=SC2086
    pg_ctlcluster --skip-systemctl-redirect $cluster start </dev/null 9>&- ||
      die "pg_ctlcluster $cluster start failed (see /var/log/postgresql/)."
    local i
    for ((i = 0; i < 60; i++)); do pg_ready && break; sleep 0.5; done
    pg_ready || die "PostgreSQL cluster $cluster started but $PGHOST:$PGPORT is not accepting connections after 30 s."
    started_set postgres "$cluster"
    how=started
  fi

  local existing missing=() db args=()
  existing=$(PGCONNECT_TIMEOUT=5 psql -h "$PGHOST" -p "$PGPORT" -U postgres -d postgres -XAtq \
    -c "select datname from pg_database" </dev/null) ||
    die "cannot query databases as user postgres on $PGHOST:$PGPORT (expects trust auth)."
  for db in "${DATABASES[@]}"; do
    grep -qxF "$db" <<<"$existing" || missing+=("$db")
  done
  if ((${#missing[@]})); then
    for db in "${missing[@]}"; do args+=(-c "CREATE DATABASE \"$db\" OWNER postgres"); done
    # Each -c runs in its own transaction (CREATE DATABASE cannot run inside one).
    PGCONNECT_TIMEOUT=5 psql -h "$PGHOST" -p "$PGPORT" -U postgres -d postgres -Xq -v ON_ERROR_STOP=1 \
      "${args[@]}" </dev/null || die "creating databases ${missing[*]} failed."
  fi
  SUMMARY+=("$(printf '%-9s %-16s %-8s databases: %d ok, %d created%s' postgres "$PGHOST:$PGPORT" "$how" \
    $((${#DATABASES[@]} - ${#missing[@]})) ${#missing[@]} "${missing[*]:+ (${missing[*]})}")")
}

# ================================ Redis ========================================================
ensure_redis() {
  local how=reused
  if ! redis_ping; then
    if port_open "$REDIS_HOST" "$REDIS_PORT"; then
      die "something listens on $REDIS_HOST:$REDIS_PORT but does not answer redis PING with PONG."
    fi
    log "redis: nothing on $REDIS_HOST:$REDIS_PORT; starting redis-server"
    mkdir -p /var/lib/redis /var/log/redis ||
      die "cannot create /var/lib/redis and /var/log/redis (run as root, or start Redis yourself)."
    redis-server --daemonize yes --bind 127.0.0.1 -::1 --port "$REDIS_PORT" --save "" --appendonly no \
      --dir /var/lib/redis --logfile /var/log/redis/ci.log </dev/null 9>&- ||
      die "redis-server failed to start (see /var/log/redis/ci.log)."
    local i
    for ((i = 0; i < 40; i++)); do redis_ping && break; sleep 0.25; done
    redis_ping || die "redis-server started but no PONG from $REDIS_HOST:$REDIS_PORT after 10 s (see /var/log/redis/ci.log)."
    started_set redis "$REDIS_PORT"
    how=started
  fi
  SUMMARY+=("$(printf '%-9s %-16s %-8s' redis "$REDIS_HOST:$REDIS_PORT" "$how")")
}

# ================================ Kafka ========================================================
write_kafka_props() {
  mkdir -p "$KAFKA_STATE/data" "$KAFKA_STATE/logs"
  cat >"$KAFKA_PROPS.tmp" <<EOF
# Generated by scripts/infra/up.sh on every start; edit the script, not this file.
# Single-node KRaft (combined broker+controller) for local development.
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@$KAFKA_HOST:$KAFKA_CONTROLLER_PORT
listeners=PLAINTEXT://$KAFKA_HOST:$KAFKA_PORT,CONTROLLER://$KAFKA_HOST:$KAFKA_CONTROLLER_PORT
advertised.listeners=PLAINTEXT://$KAFKA_HOST:$KAFKA_PORT
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
log.dirs=$KAFKA_STATE/data

num.partitions=3
auto.create.topics.enable=false
default.replication.factor=1
min.insync.replicas=1
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0

num.network.threads=2
num.io.threads=4
num.recovery.threads.per.data.dir=1
log.retention.hours=168
log.segment.bytes=104857600
log.retention.check.interval.ms=300000
EOF
  mv "$KAFKA_PROPS.tmp" "$KAFKA_PROPS"
}

start_kafka() {
  port_open "$KAFKA_HOST" "$KAFKA_CONTROLLER_PORT" &&
    die "port $KAFKA_HOST:$KAFKA_CONTROLLER_PORT (KRaft controller) is already in use by something else."
  write_kafka_props
  if [[ ! -s "$KAFKA_CLUSTER_ID_FILE" ]]; then
    kafka_tool kafka.tools.StorageTool random-uuid >"$KAFKA_CLUSTER_ID_FILE.tmp" ||
      die "kafka.tools.StorageTool random-uuid failed."
    mv "$KAFKA_CLUSTER_ID_FILE.tmp" "$KAFKA_CLUSTER_ID_FILE"
  fi
  if [[ ! -f "$KAFKA_STATE/data/meta.properties" ]]; then
    log "kafka: formatting storage in $KAFKA_STATE/data (cluster id $(<"$KAFKA_CLUSTER_ID_FILE"))"
    kafka_tool kafka.tools.StorageTool format -t "$(<"$KAFKA_CLUSTER_ID_FILE")" -c "$KAFKA_PROPS" >&2 ||
      die "kafka.tools.StorageTool format failed."
  fi
  log "kafka: starting broker on $KAFKA_BOOTSTRAP (logs: $KAFKA_STATE/logs/)"
  # setsid: own session, so the broker outlives this script and the terminal; 9>&-: don't inherit our lock.
  # shellcheck disable=SC2016
  setsid nohup java -Xms256m -Xmx768m -server -XX:+UseG1GC -XX:MaxGCPauseMillis=20 \
    -XX:InitiatingHeapOccupancyPercent=35 -XX:+ExplicitGCInvokesConcurrent -XX:+ExitOnOutOfMemoryError \
    -Djava.awt.headless=true -Dkafka.logs.dir="$KAFKA_STATE/logs" \
    -Dlog4j.configuration="file:$KAFKA_DEPLOY_DIR/log4j.properties" \
    -cp "$KAFKA_LIBS/*" kafka.Kafka "$KAFKA_PROPS" \
    >>"$KAFKA_STATE/logs/console.log" 2>&1 </dev/null 9>&- &
  echo $! >"$KAFKA_PIDFILE"
  started_set kafka "$!"
}

kafka_log_tail() {
  local f
  for f in "$KAFKA_STATE/logs/server.log" "$KAFKA_STATE/logs/console.log"; do
    [[ -s "$f" ]] && { printf -- '----- tail of %s -----\n' "$f"; tail -n 40 "$f"; }
  done >&2
}

# Wait until our broker process answers TopicCommand; leaves its --describe output in $DESCRIBE.
wait_kafka_ready() {
  local deadline=$((SECONDS + KAFKA_START_TIMEOUT)) pid
  pid=$(kafka_pid) || { kafka_log_tail; die "Kafka broker exited during startup."; }
  while ! port_open "$KAFKA_HOST" "$KAFKA_PORT"; do
    kill -0 "$pid" 2>/dev/null || { kafka_log_tail; die "Kafka broker (pid $pid) exited during startup."; }
    ((SECONDS < deadline)) || { kafka_log_tail; die "Kafka broker not listening on $KAFKA_BOOTSTRAP after ${KAFKA_START_TIMEOUT}s."; }
    sleep 0.3
  done
  while ! DESCRIBE=$(TOPIC_CMD_TIMEOUT=$((deadline - SECONDS > 5 ? deadline - SECONDS : 5)) \
    topic_cmd --describe --exclude-internal 2>/dev/null); do
    kill -0 "$pid" 2>/dev/null || { kafka_log_tail; die "Kafka broker (pid $pid) exited during startup."; }
    ((SECONDS < deadline)) || { kafka_log_tail; die "Kafka broker not answering on $KAFKA_BOOTSTRAP after ${KAFKA_START_TIMEOUT}s."; }
    sleep 1
  done
}

# Create missing topics / grow under-partitioned ones. Input: $DESCRIBE. Sets TOPICS_NOTE.
ensure_topics() {
  [[ -r "$KAFKA_TOPICS_FILE" ]] || die "missing $KAFKA_TOPICS_FILE"
  local -A have=()
  local name parts line
  while IFS=$'\t' read -r name parts; do have[$name]=$parts; done < <(
    awk -F'\t' '/^Topic: / && /PartitionCount: / {
      n = ""; p = ""
      for (i = 1; i <= NF; i++) {
        if ($i ~ /^Topic: /) n = substr($i, 8)
        if ($i ~ /^PartitionCount: /) p = substr($i, 17)
      }
      print n "\t" p
    }' <<<"$DESCRIBE")

  local -a create=() grow=() ok=()
  while read -r name parts _; do
    [[ -z "$name" || "$name" == \#* ]] && continue
    [[ "$parts" =~ ^[0-9]+$ ]] || die "bad line in $KAFKA_TOPICS_FILE: '$name $parts'"
    if [[ -z "${have[$name]:-}" ]]; then
      create+=("$name:$parts")
    elif ((have[$name] < parts)); then
      grow+=("$name:$parts")
    else
      if ((have[$name] > parts)); then
        log "kafka: topic $name has ${have[$name]} partitions (more than $parts in topics.txt); left as is"
      fi
      ok+=("$name")
    fi
  done < <(sed 's/#.*//' "$KAFKA_TOPICS_FILE")

  # One TopicCommand JVM per change, at most 4 at a time (JVM start dominates, ~1 s each).
  # When everything is already in place, nothing runs here: the --describe above was the only JVM.
  # Wait only on these jobs: a bare `wait` would also wait for the broker started above, forever.
  local tmpd item op failed=0 pid
  local -a jobs=()
  tmpd=$(mktemp -d)
  for item in "${create[@]/#/create:}" "${grow[@]/#/alter:}"; do
    IFS=: read -r op name parts <<<"$item"
    (
      if [[ $op == create ]]; then
        set -- --create --if-not-exists --topic "$name" --partitions "$parts" --replication-factor 1
      else
        set -- --alter --topic "$name" --partitions "$parts"
      fi
      if topic_cmd "$@" >"$tmpd/$name.out" 2>&1; then echo 0 >"$tmpd/$name.rc"; else echo $? >"$tmpd/$name.rc"; fi
    ) &
    jobs+=("$!")
    if ((${#jobs[@]} >= 4)); then wait "${jobs[0]}" || true; jobs=("${jobs[@]:1}"); fi
  done
  for pid in "${jobs[@]}"; do wait "$pid" || true; done
  for item in "${create[@]}" "${grow[@]}"; do
    name=${item%%:*}
    if [[ "$(cat "$tmpd/$name.rc" 2>/dev/null)" != 0 ]]; then
      failed=1
      log "kafka: TopicCommand for topic $name failed:"
      sed 's/^/    /' "$tmpd/$name.out" >&2 || true
    fi
  done
  rm -rf "$tmpd"

  if ((${#create[@]} + ${#grow[@]})); then
    # Verify: every topic present with at least its partition count.
    DESCRIBE=$(topic_cmd --describe --exclude-internal 2>/dev/null) || die "TopicCommand --describe failed after changes."
    local bad
    bad=$(awk -F'\t' 'NR == FNR { sub(/#.*/, ""); if ($0 ~ /[^ \t]/) { split($0, a, /[ \t]+/); want[a[1]] = a[2] } ; next }
      /^Topic: / && /PartitionCount: / {
        for (i = 1; i <= NF; i++) { if ($i ~ /^Topic: /) n = substr($i, 8); if ($i ~ /^PartitionCount: /) p = substr($i, 17) }
        got[n] = p
      }
      END { for (t in want) if (!(t in got) || got[t] + 0 < want[t] + 0) printf "%s(want %s, have %s) ", t, want[t], (t in got ? got[t] : "none") }' \
      "$KAFKA_TOPICS_FILE" - <<<"$DESCRIBE")
    [[ -z "$bad" ]] || die "topics not as required: $bad"
  fi
  ((failed == 0)) || die "some topic operations failed (see above)."
  TOPICS_NOTE="topics: ${#ok[@]} ok, ${#create[@]} created, ${#grow[@]} grown"
}

ensure_kafka() {
  local how pid
  ensure_kafka_libs
  if pid=$(kafka_pid); then
    grep -qxF "listeners=PLAINTEXT://$KAFKA_HOST:$KAFKA_PORT,CONTROLLER://$KAFKA_HOST:$KAFKA_CONTROLLER_PORT" "$KAFKA_PROPS" ||
      die "this repo's Kafka broker (pid $pid) runs with other ports than $KAFKA_PORT/$KAFKA_CONTROLLER_PORT; run down.sh first."
    how="reused (pid $pid)"
    wait_kafka_ready
  elif port_open "$KAFKA_HOST" "$KAFKA_PORT"; then
    # Someone else's broker (another clone, a manual one, ...): reuse it if it really is Kafka.
    DESCRIBE=$(TOPIC_CMD_TIMEOUT=20 topic_cmd --describe --exclude-internal 2>/dev/null) ||
      die "something listens on $KAFKA_BOOTSTRAP but does not answer as a Kafka broker within 20 s."
    how="reused (external)"
    started_del kafka
  else
    rm -f "$KAFKA_PIDFILE"
    start_kafka
    pid=$(<"$KAFKA_PIDFILE")
    wait_kafka_ready
    how="started (pid $pid)"
  fi
  ensure_topics
  SUMMARY+=("$(printf '%-9s %-16s %-8s %s' kafka "$KAFKA_BOOTSTRAP" "$how" "$TOPICS_NOTE")")
}

ensure_postgres
ensure_redis
if ((CLUSTER)); then
  # cluster.sh takes the same lock; it is free again once this script's own work is done.
  exec 9>&-
  SUMMARY+=("$(printf '%-9s %s' kafka "$(bash "$INFRA_SCRIPT_DIR/cluster.sh" up | tail -1)")")
else
  ensure_kafka
fi

echo "Baeum infrastructure is up ($(elapsed)s):"
printf '  %s\n' "${SUMMARY[@]}"
if [[ -s "$STARTED_FILE" ]]; then
  echo "  started by up.sh (down.sh stops these): $(awk '{ printf "%s%s", sep, $1; sep = ", " }' "$STARTED_FILE")"
fi
echo "  env: eval \"\$(${REPO_ROOT}/scripts/infra/env.sh)\""
