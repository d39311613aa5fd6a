#!/usr/bin/env bash
# Startup time to ready and resident memory of each packaged service (issue 8, scenario 5).
# Needs PostgreSQL and Keycloak (scripts/suite.sh up starts both); each service is started alone on a
# spare port, timed from process start to a 200 on /q/health/ready, then its RSS is read from /proc.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
RUNS="${RUNS:-3}"
printf '| service | start to ready (ms, median of %s) | RSS idle (MB) |\n|---|---|---|\n' "$RUNS"
for svc in catalog enrollment attendance exam; do
  jar="$ROOT/$svc-service/target/quarkus-app/quarkus-run.jar"
  [[ -f "$jar" ]] || { echo "missing $jar: run ./mvnw -DskipTests package" >&2; exit 1; }
  port=$((18080 + RANDOM % 1000))
  times=(); rss=0
  for _ in $(seq 1 "$RUNS"); do
    start=$(date +%s%N)
    upper=$(echo "$svc" | tr a-z A-Z)
    env "${upper}_PORT=$port" java ${SUITE_JAVA_OPTS:--Xmx256m -XX:+UseSerialGC} -jar "$jar" >/dev/null 2>&1 &
    pid=$!
    until curl -fs -o /dev/null "http://localhost:$port/q/health/ready"; do sleep 0.05; done
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000000 )))
    sleep 2
    rss=$(awk '/VmRSS/ {print int($2/1024)}' "/proc/$pid/status")
    kill "$pid"; wait "$pid" 2>/dev/null || true
  done
  median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (RUNS + 1) / 2 ))p")
  printf '| %s-service | %s | %s |\n' "$svc" "$median" "$rss"
done
