#!/usr/bin/env bash
# Lints the exported OpenAPI documents (openapi/<service>/openapi.yaml) with Spectral, installed from npm into .cache/.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
SPECTRAL_VERSION=6.16.3
PREFIX="$ROOT/.cache/spectral-$SPECTRAL_VERSION"
if [[ ! -x "$PREFIX/node_modules/.bin/spectral" ]]; then
  echo "lint-openapi: installing @stoplight/spectral-cli@$SPECTRAL_VERSION" >&2
  npm install --silent --no-audit --no-fund --prefix "$PREFIX" "@stoplight/spectral-cli@$SPECTRAL_VERSION" >/dev/null
fi
shopt -s nullglob
docs=("$ROOT"/openapi/*/openapi.yaml)
(( ${#docs[@]} == 4 )) || { echo "lint-openapi: expected 4 documents in openapi/, found ${#docs[@]}" >&2; exit 1; }
"$PREFIX/node_modules/.bin/spectral" lint --ruleset "$ROOT/.spectral.yaml" --fail-severity=error "${docs[@]}"
