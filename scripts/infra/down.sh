#!/usr/bin/env bash
# Stop what scripts/infra/up.sh started, idempotently (exit 0 when already down):
#   - the Kafka broker of this repo's state dir (<repo>/.infra/kafka, pid file): SIGTERM, up to 30 s, then SIGKILL;
#   - PostgreSQL / Redis only if up.sh started them (recorded in <repo>/.infra/kafka/started).
# A broker, database or Redis that up.sh merely reused is left alone.
#   --purge   also delete the Kafka state dir (topics, offsets: all Kafka data).
# Same overrides as up.sh (BAEUM_INFRA_DIR, PGHOST/PGPORT, BAEUM_REDIS_PORT, ...).
set -euo pipefail
# shellcheck source=lib.sh
. "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/lib.sh"

PURGE=0
for arg in "$@"; do
  case "$arg" in
    --purge) PURGE=1 ;;
    -h | --help) sed -n '2,7p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown argument '$arg' (usage: down.sh [--purge])" ;;
  esac
done

take_lock

# ---- Kafka -----------------------------------------------------------------------------------
if pid=$(kafka_pid); then
  log "kafka: stopping broker (pid $pid)"
  kill -TERM "$pid" 2>/dev/null || true
  for ((i = 0; i < 60; i++)); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  if kill -0 "$pid" 2>/dev/null; then
    log "kafka: still running after 30 s; sending SIGKILL"
    kill -KILL "$pid" 2>/dev/null || true
    for ((i = 0; i < 20; i++)); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
  fi
  echo "kafka: stopped (pid $pid)"
else
  echo "kafka: not running from $KAFKA_STATE"
fi
rm -f "$KAFKA_PIDFILE"
started_del kafka

# ---- Redis (only if up.sh started it) --------------------------------------------------------
if started_has redis; then
  REDIS_PORT=$(started_get redis)
  if redis_ping; then
    timeout 10 redis-cli -h "$REDIS_HOST" -p "$REDIS_PORT" shutdown nosave >/dev/null 2>&1 || true
    for ((i = 0; i < 40; i++)); do redis_ping || break; sleep 0.25; done
    redis_ping && die "redis on $REDIS_HOST:$REDIS_PORT did not shut down."
    echo "redis: stopped ($REDIS_HOST:$REDIS_PORT)"
  else
    echo "redis: already stopped"
  fi
  started_del redis
else
  echo "redis: not started by up.sh; left alone"
fi

# ---- PostgreSQL (only if up.sh started it) ---------------------------------------------------
if started_has postgres; then
  cluster=$(started_get postgres)
  # shellcheck disable=SC2086
  if pg_ctlcluster --skip-systemctl-redirect $cluster status >/dev/null 2>&1; then
    # shellcheck disable=SC2086
    pg_ctlcluster --skip-systemctl-redirect $cluster stop -m fast </dev/null 9>&- ||
      die "pg_ctlcluster $cluster stop failed."
    echo "postgres: stopped (cluster $cluster)"
  else
    echo "postgres: already stopped (cluster $cluster)"
  fi
  started_del postgres
else
  echo "postgres: not started by up.sh; left alone"
fi

if ((PURGE)); then
  rm -rf "$KAFKA_STATE"
  echo "kafka: purged $KAFKA_STATE"
fi
exit 0
