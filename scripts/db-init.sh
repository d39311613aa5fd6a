#!/usr/bin/env bash
# Ensures PostgreSQL is running and that every service database exists (idempotent).
# Called by the Maven build (initialize phase of each service), by the suite launcher and by CI.
set -euo pipefail

DB_HOST="${DB_HOST:-127.0.0.1}"
DB_PORT="${DB_PORT:-5432}"
DB_USER="${DB_USER:-postgres}"
export PGPASSWORD="${DB_PASSWORD:-}"
# DB_PREFIX isolates a second suite (e.g. bench_catalog); the test databases never take it
DB_PREFIX="${DB_PREFIX:-}"
SERVICES=(catalog enrollment attendance exam)
# --reset drops the suite databases first (not the *_test ones): a clean demo, or after a migration was rewritten
RESET=0
[[ "${1:-}" == "--reset" ]] && RESET=1

psql_cmd() { psql -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" -d postgres -v ON_ERROR_STOP=1 -qtA "$@"; }

if ! pg_isready -h "$DB_HOST" -p "$DB_PORT" -q; then
  if [[ "$DB_HOST" == "127.0.0.1" || "$DB_HOST" == "localhost" ]] && command -v pg_ctlcluster >/dev/null; then
    echo "db-init: PostgreSQL not answering on $DB_HOST:$DB_PORT, starting the local cluster" >&2
    version="$(ls /etc/postgresql | sort -V | tail -n1)"
    pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
    for _ in $(seq 1 30); do pg_isready -h "$DB_HOST" -p "$DB_PORT" -q && break; sleep 1; done
  fi
  pg_isready -h "$DB_HOST" -p "$DB_PORT" -q || { echo "db-init: PostgreSQL is not reachable on $DB_HOST:$DB_PORT" >&2; exit 1; }
fi

# Each service owns one database for the running suite and one for its own tests (wiped by Flyway at test start).
if [[ $RESET == 1 ]]; then
  for svc in "${SERVICES[@]}"; do
    echo "db-init: dropping database $DB_PREFIX$svc" >&2
    psql_cmd -c "DROP DATABASE IF EXISTS \"$DB_PREFIX$svc\" WITH (FORCE)"
  done
fi

for svc in "${SERVICES[@]}"; do
  for db in "$DB_PREFIX$svc" "${svc}_test"; do
    if [[ -z "$(psql_cmd -c "SELECT 1 FROM pg_database WHERE datname = '$db'")" ]]; then
      # CREATE DATABASE cannot run in a transaction; a concurrent creator may win the race, which is fine.
      psql_cmd -c "CREATE DATABASE \"$db\"" 2>/dev/null || psql_cmd -c "SELECT 1 FROM pg_database WHERE datname = '$db'" | grep -q 1
    fi
  done
done
