#!/usr/bin/env bash
# Env the stack-mode services use. Either:  eval "$(scripts/infra/env.sh)"   or   . scripts/infra/env.sh
if (return 0 2>/dev/null); then # sourced: export into the caller's shell (don't change its shell options)
  export KAFKA_BROKERS="127.0.0.1:${BAEUM_KAFKA_PORT:-9092}" REDIS_URL="redis://127.0.0.1:${BAEUM_REDIS_PORT:-6379}" \
    PG_URL_BASE="postgres://postgres@${PGHOST:-127.0.0.1}:${PGPORT:-5432}"
  return 0
fi
set -euo pipefail
echo "export KAFKA_BROKERS=127.0.0.1:${BAEUM_KAFKA_PORT:-9092}"
echo "export REDIS_URL=redis://127.0.0.1:${BAEUM_REDIS_PORT:-6379}"
echo "export PG_URL_BASE=postgres://postgres@${PGHOST:-127.0.0.1}:${PGPORT:-5432}"
