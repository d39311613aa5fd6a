#!/usr/bin/env bash
# Walks one edition of each seed standard (000-003) through the whole lifecycle against the running suite
# (started here if needed) with real Keycloak tokens, shows 004's refusal, prints a summary.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
bash "$ROOT/scripts/suite.sh" up >/dev/null
cd "$ROOT"
./mvnw -q -B install -N
./mvnw -q -B -pl e2e-tests -DskipE2E compile exec:java -Dexec.mainClass=it.formapro.e2e.Demo
