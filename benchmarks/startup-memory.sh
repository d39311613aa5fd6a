#!/usr/bin/env bash
# Startup time to ready and resident memory of each packaged service (issue 8, scenario 5).
# Needs PostgreSQL and Keycloak (scripts/suite.sh up starts both; benchmarks/run.sh points it at the isolated
# suite through OIDC_URL and <SERVICE>_DB). Each service is started alone on a spare port, timed from process
# start to a 200 on /q/health/ready, then its RSS is read from /proc 2 s later. Every service is measured twice
# over: without its AppCDS archive (the first start of a new build) and with it (every later start, as
# scripts/suite.sh runs them); a missing or stale archive is trained first, as the suite does.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
source "$ROOT/scripts/service-jvm.sh"
RUNS="${RUNS:-3}"

# one start to ready: prints "<ms> <quarkus started in> <rss MB>"
start_once() { # service extra-jvm-options
  local svc=$1 extra=$2 port log pid start end upper inner rss
  port=$((18080 + RANDOM % 1000))
  while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((18080 + RANDOM % 1000)); done
  log=$(mktemp); upper=$(echo "$svc" | tr a-z A-Z)
  start=$(date +%s%N)
  env "${upper}_PORT=$port" java $SERVICE_JAVA_OPTS $extra -jar "$(service_jar "$svc")" >"$log" 2>&1 &
  pid=$!
  local deadline=$(( $(date +%s) + 60 ))
  until curl -fs -o /dev/null "http://localhost:$port/q/health/ready"; do
    kill -0 "$pid" 2>/dev/null || { echo "$svc exited while starting" >&2; break; }
    (( $(date +%s) < deadline )) || { echo "$svc not ready in 60 s" >&2; break; }
    sleep 0.02
  done
  end=$(date +%s%N)
  inner=$(grep -o 'started in [0-9.]*s' "$log" | head -1 | grep -o '[0-9.]*' || echo '?')
  sleep 2
  rss=$(awk '/VmRSS/ {print int($2/1024)}' "/proc/$pid/status" 2>/dev/null || echo "?")
  kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true
  grep -q 'Unable to use shared archive' "$log" && echo "$svc: the JVM refused the CDS archive" >&2
  rm -f "$log"
  echo "$(( (end - start) / 1000000 )) $inner $rss"
}

# the fastest of RUNS starts: "<fastest ms>|<all ms>|<all started in>|<rss of the fastest>"
measure() { # service extra-jvm-options
  local best=999999 all=() inner=() rss=? ms s r
  for _ in $(seq 1 "$RUNS"); do
    read -r ms s r < <(start_once "$1" "$2")
    all+=("$ms"); inner+=("$s")
    (( ms < best )) && best=$ms && rss=$r
  done
  echo "$best|$(IFS=,; echo "${all[*]}")|$(IFS=,; echo "${inner[*]}")|$rss"
}

printf '| service | ready without CDS archive (ms, one start) | ready with the archive (ms, fastest of %s) | all runs with the archive (ms) | Quarkus "started in" with the archive (s) | RSS idle after start (MB, with the archive) | ready <= 2 s |\n|---|---:|---:|---|---|---:|---|\n' "$RUNS"
for svc in catalog enrollment attendance exam; do
  [[ -n "$(service_jar "$svc")" ]] || { echo "missing the $svc-service jar: run ./mvnw -DskipTests package" >&2; exit 1; }
  if ! service_cds_fresh "$svc"; then
    start_once "$svc" "$(service_cds_train_opts "$svc")" >/dev/null
    service_cds_keep "$svc" || echo "$svc: no CDS archive written, measured without one" >&2
  fi
  # without the archive only once: it is the first start of a new build, the figure the suite's starts never see
  IFS='|' read -r plain _ _ _ <<<"$(RUNS=1 measure "$svc" "")"
  IFS='|' read -r cds all inner rss <<<"$(measure "$svc" "$(service_cds_opts "$svc")")"
  verdict=$([[ $cds -le 2000 ]] && echo met || echo "**missed**")
  printf '| %s-service | %s | %s | %s | %s | %s | %s |\n' "$svc" "$plain" "$cds" "$all" "$inner" "$rss" "$verdict"
done
