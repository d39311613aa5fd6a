#!/usr/bin/env bash
# Startup time to ready and resident memory of each packaged service (issue 8, scenario 5).
# Needs PostgreSQL and Keycloak (scripts/suite.sh up starts both; benchmarks/run.sh points it at the isolated
# suite through OIDC_URL and <SERVICE>_DB). Each service is started alone on a spare port, timed from process
# start to a 200 on /q/health/ready, then its RSS is read from /proc 2 s later.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
source "$ROOT/scripts/service-jvm.sh"
RUNS="${RUNS:-3}"
printf '| service | start to ready (ms, fastest of %s) | all runs (ms) | Quarkus "started in" (s, all runs) | RSS idle after start (MB) | ready <= 2 s |\n|---|---:|---|---|---:|---|\n' "$RUNS"
for svc in catalog enrollment attendance exam; do
  jar="$ROOT/$svc-service/target/quarkus-app/quarkus-run.jar"
  [[ -f "$jar" ]] || { echo "missing $jar: run ./mvnw -DskipTests package" >&2; exit 1; }
  times=(); inner=(); rss=0; log=$(mktemp)
  for _ in $(seq 1 "$RUNS"); do
    port=$((18080 + RANDOM % 1000))
    while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((18080 + RANDOM % 1000)); done
    start=$(date +%s%N)
    upper=$(echo "$svc" | tr a-z A-Z)
    env "${upper}_PORT=$port" java $SERVICE_JAVA_OPTS -jar "$jar" >"$log" 2>&1 &
    pid=$!
    deadline=$(( $(date +%s) + 60 ))
    until curl -fs -o /dev/null "http://localhost:$port/q/health/ready"; do
      kill -0 "$pid" 2>/dev/null || { echo "$svc exited while starting" >&2; break; }
      (( $(date +%s) < deadline )) || { echo "$svc not ready in 60 s" >&2; break; }
      sleep 0.05
    done
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000000 )))
    inner+=("$(grep -o 'started in [0-9.]*s' "$log" | head -1 | grep -o '[0-9.]*' || echo '?')")
    sleep 2
    rss=$(awk '/VmRSS/ {print int($2/1024)}' "/proc/$pid/status" 2>/dev/null || echo "?")
    kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true
  done
  rm -f "$log"
  median=$(printf '%s\n' "${times[@]}" | sort -n | head -1)
  verdict=$([[ $median -le 2000 ]] && echo met || echo "**missed**")
  printf '| %s-service | %s | %s | %s | %s | %s |\n' "$svc" "$median" "$(IFS=,; echo "${times[*]}")" "$(IFS=,; echo "${inner[*]}")" "$rss" "$verdict"
done
