#!/usr/bin/env bash
# Runs the whole suite on this machine: PostgreSQL, Keycloak (realm 'training' imported) and the four services
# as packaged apps. Usage: scripts/suite.sh up | down | status | restart <service> | stop <service>
# Idempotent: 'up' twice leaves one suite running; a port held by something else stops it with a clear message.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
# shellcheck source=scripts/service-jvm.sh
source "$ROOT/scripts/service-jvm.sh"
STATE="${SUITE_STATE_DIR:-$ROOT/.suite}"
KC_VERSION="26.7.3"
# SUITE_PORT_OFFSET and DB_PREFIX run a second, isolated suite beside the first (benchmarks, parallel work)
OFFSET="${SUITE_PORT_OFFSET:-0}"
export DB_PREFIX="${DB_PREFIX:-}"
KC_PORT="${KC_PORT:-$((8180 + OFFSET))}"
# Keycloak's management interface (health, metrics), which it opens beside KC_PORT
KC_MGMT_PORT="${KC_MGMT_PORT:-$((9000 + OFFSET))}"
KC_HOME="${KC_HOME:-$ROOT/.cache/keycloak-$KC_VERSION${OFFSET#0}}"
declare -A PORTS=([catalog]=$((8081 + OFFSET)) [enrollment]=$((8082 + OFFSET)) [attendance]=$((8083 + OFFSET)) [exam]=$((8084 + OFFSET)))
SERVICES=(catalog attendance enrollment exam)
mkdir -p "$STATE/logs" "$STATE/pids"

log() { printf '[suite] %s\n' "$*" >&2; }
die() { printf '[suite] ERROR: %s\n' "$*" >&2; exit 1; }

port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
pid_alive() { [[ -f "$STATE/pids/$1" ]] && kill -0 "$(cat "$STATE/pids/$1")" 2>/dev/null; }

wait_http() { # url seconds name
  local url=$1 secs=$2 name=$3
  for _ in $(seq 1 "$secs"); do
    curl -fsS -o /dev/null "$url" 2>/dev/null && return 0
    pid_alive "$name" || die "$name exited while starting; see $STATE/logs/$name.log"
    sleep 1
  done
  die "$name not ready after ${secs}s at $url; see $STATE/logs/$name.log"
}

ensure_keycloak_dist() {
  [[ -x "$KC_HOME/bin/kc.sh" ]] && return 0
  local zip="$ROOT/.cache/keycloak-quarkus-dist-$KC_VERSION.zip" tmp
  if [[ ! -f "$zip" ]]; then
    log "fetching Keycloak $KC_VERSION from Maven Central"
    "$ROOT/mvnw" -q -B dependency:copy -Dartifact="org.keycloak:keycloak-quarkus-dist:$KC_VERSION:zip" \
        -DoutputDirectory="$ROOT/.cache" -Dmdep.overWriteReleases=false
  fi
  tmp=$(mktemp -d "$ROOT/.cache/unzip.XXXX")
  unzip -q "$zip" -d "$tmp" && mv "$tmp/keycloak-$KC_VERSION" "$KC_HOME" && rm -rf "$tmp"
  [[ -x "$KC_HOME/bin/kc.sh" ]] || die "Keycloak distribution not found in $KC_HOME"
}

start_keycloak() {
  if pid_alive keycloak; then log "keycloak already running (pid $(cat "$STATE/pids/keycloak"))"; return 0; fi
  port_busy "$KC_PORT" && die "port $KC_PORT (Keycloak) is taken by another process; free it or set KC_PORT"
  port_busy "$KC_MGMT_PORT" && die "port $KC_MGMT_PORT (Keycloak's management interface) is taken by another process; free it or set KC_MGMT_PORT"
  ensure_keycloak_dist
  mkdir -p "$KC_HOME/data/import"
  cp "$ROOT/keycloak/training-realm.json" "$KC_HOME/data/import/training-realm.json"
  # start from the realm file every time: --import-realm skips a realm that already exists in the dev database
  rm -rf "$KC_HOME/data/h2"
  log "starting Keycloak on :$KC_PORT"
  KC_BOOTSTRAP_ADMIN_USERNAME=kcadmin KC_BOOTSTRAP_ADMIN_PASSWORD=kcadmin \
    setsid "$KC_HOME/bin/kc.sh" start-dev --http-port="$KC_PORT" --http-management-port="$KC_MGMT_PORT" --import-realm --health-enabled=true \
      >"$STATE/logs/keycloak.log" 2>&1 < /dev/null &
  echo $! > "$STATE/pids/keycloak"
  wait_http "http://localhost:$KC_PORT/realms/training/.well-known/openid-configuration" 120 keycloak
}

build_if_needed() {
  local missing=0
  for s in "${SERVICES[@]}"; do [[ -n "$(service_jar "$s")" ]] || missing=1; done
  if [[ $missing == 1 || "${SUITE_REBUILD:-0}" == 1 ]]; then
    log "packaging the services (tests skipped; run them with ./mvnw -B verify)"
    "$ROOT/mvnw" -q -B -DskipTests package -pl common,catalog-service,enrollment-service,attendance-service,exam-service -am
  fi
}

start_service() { # service [extra JVM options]
  local s=$1 port=${PORTS[$1]} extra=${2:-}
  if pid_alive "$s"; then log "$s already running"; return 0; fi
  port_busy "$port" && die "port $port ($s-service) is taken by another process; free it first"
  log "starting $s-service on :$port"
  local upper; upper=$(echo "$s" | tr '[:lower:]' '[:upper:]')
  env "${upper}_PORT=$port" "${upper}_DB=${DB_PREFIX}$s" \
  OIDC_URL="http://localhost:$KC_PORT/realms/training" \
  CATALOG_URL="http://localhost:${PORTS[catalog]}" ENROLLMENT_URL="http://localhost:${PORTS[enrollment]}" \
  ATTENDANCE_URL="http://localhost:${PORTS[attendance]}" EXAM_URL="http://localhost:${PORTS[exam]}" \
  VERIFICATION_BASE_URL="${VERIFICATION_BASE_URL:-http://localhost:${PORTS[exam]}/certificates/verify/}" \
    setsid java $SERVICE_JAVA_OPTS ${extra:-$(service_cds_opts "$s")} -jar "$(service_jar "$s")" \
      >"$STATE/logs/$s.log" 2>&1 < /dev/null &
  echo $! > "$STATE/pids/$s"
}

stop_one() {
  local name=$1
  if pid_alive "$name"; then
    local pid; pid=$(cat "$STATE/pids/$name")
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    kill -KILL -- "-$pid" 2>/dev/null || true
    log "stopped $name"
  fi
  rm -f "$STATE/pids/$name"
}

# The training start of the services whose AppCDS archive is missing or older than their jar (scripts/service-jvm.sh):
# each starts to ready with -XX:ArchiveClassesAtExit and stops; the JVM writes the archive as it exits. Once per build.
train_cds() {
  [[ "${SUITE_CDS:-1}" == 1 ]] || return 0
  local stale=()
  for s in "${SERVICES[@]}"; do service_cds_fresh "$s" || stale+=("$s"); done
  [[ ${#stale[@]} -gt 0 ]] || return 0
  log "training start of ${stale[*]} (writes their class-data sharing archives; once per build)"
  for s in "${stale[@]}"; do rm -f "$(service_cds_archive "$s")"*; start_service "$s" "$(service_cds_train_opts "$s")"; done
  for s in "${stale[@]}"; do wait_http "http://localhost:${PORTS[$s]}/q/health/ready" 90 "$s"; done
  local stoppers=()
  for s in "${stale[@]}"; do stop_one "$s" >/dev/null 2>&1 & stoppers+=($!); done
  wait "${stoppers[@]}"
  for s in "${stale[@]}"; do service_cds_keep "$s" || log "no archive written for $s: it starts without one"; done
}

up() {
  # SUITE_RESET_DB=1 starts from empty databases (used by the end-to-end tests); only when nothing runs yet
  if [[ "${SUITE_RESET_DB:-0}" == 1 ]] && ! pid_alive catalog && ! pid_alive enrollment && ! pid_alive attendance && ! pid_alive exam; then
    bash "$ROOT/scripts/db-init.sh" --reset
  fi
  bash "$ROOT/scripts/db-init.sh"
  build_if_needed
  start_keycloak
  train_cds
  for s in "${SERVICES[@]}"; do start_service "$s"; done
  for s in "${SERVICES[@]}"; do wait_http "http://localhost:${PORTS[$s]}/q/health/ready" 90 "$s"; done
  cat <<INFO

FormaPro suite is up.
  Keycloak        http://localhost:$KC_PORT  (realm 'training'; admin console user kcadmin / kcadmin)
  catalog         http://localhost:${PORTS[catalog]}/q/swagger-ui
  enrollment      http://localhost:${PORTS[enrollment]}/q/swagger-ui
  attendance      http://localhost:${PORTS[attendance]}/q/swagger-ui
  exam            http://localhost:${PORTS[exam]}/q/swagger-ui
Demo users (password = username, demo only): admin, frontdesk, tutor (roles of the same names), board (role exam-board)
Portal client: portal / portal-secret (client credentials). Logs: $STATE/logs. Stop with: scripts/suite.sh down
INFO
}

down() {
  for s in exam enrollment attendance catalog; do stop_one "$s"; done
  stop_one keycloak
}

status() {
  for n in keycloak "${SERVICES[@]}"; do
    if pid_alive "$n"; then echo "$n: running (pid $(cat "$STATE/pids/$n"))"; else echo "$n: stopped"; fi
  done
}

case "${1:-up}" in
  up) up ;;
  down) down ;;
  status) status ;;
  stop) stop_one "${2:?service name}" ;;
  restart) stop_one "${2:?service name}"; start_service "$2"; wait_http "http://localhost:${PORTS[$2]}/q/health/ready" 90 "$2" ;;
  *) die "usage: $0 up|down|status|stop <service>|restart <service>" ;;
esac
