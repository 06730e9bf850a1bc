#!/usr/bin/env bash
# Stack mode without Docker: real Kafka, PostgreSQL and Redis (scripts/infra/up.sh) and each
# service as its own process, on the ports docker-compose uses.
#   scripts/stack.sh up     build, bring the infrastructure up, start the six services (idempotent;
#                           BAEUM_KAFKA_CLUSTER=1 runs them on three brokers)
#   scripts/stack.sh down   stop the services (the infrastructure stays; npm run infra:down stops it)
# Logs and pids live under .infra/stack/.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
state="${BAEUM_INFRA_DIR:-$root/.infra}/stack"
services=(curriculum:3001 enrollment:3002 examination:3003 finance:3004 notification:3005 gateway:3000)

running() { [[ -f "$state/$1.pid" ]] && kill -0 "$(cat "$state/$1.pid")" 2>/dev/null; }

up() {
  # BAEUM_KAFKA_CLUSTER=1: on the three-broker cluster (scripts/infra/cluster.sh) instead of one broker.
  local brokers=127.0.0.1:9092
  if [[ "${BAEUM_KAFKA_CLUSTER:-0}" == 1 ]]; then
    bash "$root/scripts/infra/up.sh" --cluster
    brokers=$(bash "$root/scripts/infra/cluster.sh" brokers)
  else
    bash "$root/scripts/infra/up.sh"
  fi
  (cd "$root" && npm run --silent build)
  mkdir -p "$state"
  [[ -f "$state/jwt-secret" ]] || (umask 077 && head -c 48 /dev/urandom | base64 | tr -d '\n/+=' > "$state/jwt-secret")
  local entry name port
  for entry in "${services[@]}"; do
    name=${entry%%:*} port=${entry##*:}
    if running "$name"; then echo "$name: already running (pid $(cat "$state/$name.pid"))"; continue; fi
    env PORT="$port" DATABASE_URL="postgres://postgres@127.0.0.1:5432/baeum_$name" MESSAGING_TRANSPORT=kafka \
      KAFKA_BROKERS="$brokers" REDIS_URL=redis://127.0.0.1:6379 JWT_SECRET="$(cat "$state/jwt-secret")" SEED_DEMO=true \
      SMTP_URL="${SMTP_URL:-}" MAIL_FROM="${MAIL_FROM:-배움 Baeum <no-reply@baeum.localhost>}" PUBLIC_BASE_URL="${PUBLIC_BASE_URL:-http://localhost:3000}" MAIL_DIR="$state/mail" \
      CURRICULUM_URL=http://127.0.0.1:3001 ENROLLMENT_URL=http://127.0.0.1:3002 EXAMINATION_URL=http://127.0.0.1:3003 FINANCE_URL=http://127.0.0.1:3004 NOTIFICATION_URL=http://127.0.0.1:3005 \
      nohup node "$root/dist/services/$name/src/main.js" >> "$state/$name.log" 2>&1 < /dev/null &
    echo $! > "$state/$name.pid"
  done
  for entry in "${services[@]}"; do
    name=${entry%%:*} port=${entry##*:}
    for _ in $(seq 1 120); do
      curl -sf "http://127.0.0.1:$port/health/ready" > /dev/null && break
      running "$name" || { echo "$name exited; last lines of $state/$name.log:"; tail -20 "$state/$name.log"; exit 1; }
      sleep 0.5
    done
    curl -sf "http://127.0.0.1:$port/health/ready" > /dev/null || { echo "$name not ready after 60 s (see $state/$name.log)"; exit 1; }
    echo "$name: ready on http://127.0.0.1:$port"
  done
  echo "Baeum (stack mode) is ready: http://localhost:3000"
}

down() {
  local entry name pid
  for entry in "${services[@]}"; do
    name=${entry%%:*}
    running "$name" || { rm -f "$state/$name.pid"; continue; }
    pid=$(cat "$state/$name.pid")
    kill -TERM "$pid"
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -0 "$pid" 2>/dev/null && kill -KILL "$pid"
    rm -f "$state/$name.pid"
    echo "$name: stopped"
  done
}

case "${1:-}" in
  up) up ;;
  down) down ;;
  *) echo "usage: scripts/stack.sh up|down" >&2; exit 2 ;;
esac
