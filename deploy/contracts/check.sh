#!/usr/bin/env bash
# The contract checks a frontend team relies on, run by deploy/test.sh:
#  1. each service's committed OpenAPI spec passes Redocly's recommended rules with no error
#     (the spec's drift test, in each service's Maven tests, keeps the file equal to what it serves);
#  2. openapi-typescript generates TypeScript types from each spec, and tsc type-checks
#     frontend/uso.ts, a small client written against them: a renamed field, a lost operation or
#     a changed type fails here, as it would fail the frontend's build.
# Tools are pinned in package-lock.json and installed from the npm registry on first run.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
cd "$here"
export REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true NO_UPDATE_NOTIFIER=1
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
mkdir -p frontend/generado
for servicio in catalog capture evaluation; do
  spec="$root/$servicio-service/openapi.yaml"
  echo "[contracts] redocly lint $servicio-service/openapi.yaml"
  estado=0
  salida=$(npx --no-install redocly lint --config redocly.yaml --format=summary "$spec" 2>&1) || estado=$?
  grep -v -e '║' -e '╔' -e '╚' <<<"$salida" || true
  [ "$estado" -eq 0 ] || { echo "[contracts] ERROR: $servicio-service/openapi.yaml has lint errors" >&2; exit 1; }
  npx --no-install openapi-typescript "$spec" -o "frontend/generado/$servicio.ts" --silent
done
echo "[contracts] tsc: frontend/uso.ts against the generated types"
npx --no-install tsc -p frontend/tsconfig.json
echo "[contracts] OK: 3 specs lint-clean, TypeScript client type-checks"
