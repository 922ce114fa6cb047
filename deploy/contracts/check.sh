#!/usr/bin/env bash
# The contract checks a frontend team relies on, run by deploy/test.sh:
#  1. each service's committed OpenAPI spec passes Redocly's recommended rules with no error
#     (the spec's drift test, in each service's Maven tests, keeps the file equal to what it serves);
#  2. openapi-typescript generates TypeScript types from each spec, and tsc type-checks
#     frontend/uso.ts, a small client written against them: a renamed field, a lost operation or
#     a changed type fails here, as it would fail the frontend's build;
#  3. each spec passes Spectral's OpenAPI rules and the OWASP API Security Top 10 ruleset
#     (.spectral.yaml) with no error: bounded strings, integers and arrays, documented rate
#     limits and error responses, the security scheme. Warnings are counted, not fatal.
#     All three specs and tsc still run when a spec has Spectral errors, so one run shows them all.
# `check.sh spectral` runs step 3 alone. For every finding of one spec, with its line:
#   cd deploy/contracts && npx --no-install spectral lint ../../catalog-service/openapi.yaml -r .spectral.yaml --fail-severity=error
# Tools are pinned in package-lock.json and installed from the npm registry on first run.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
cd "$here"
solo_spectral=false
case "${1:-}" in
  "") ;;
  spectral) solo_spectral=true ;;
  *) echo "uso: $0 [spectral]" >&2; exit 2 ;;
esac
# SCARF_ANALYTICS=false: Spectral's packages depend on @scarf/scarf, whose install script would
# report each install to a third party.
export REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true NO_UPDATE_NOTIFIER=1 SCARF_ANALYTICS=false
# an interrupted or emptied install leaves the folder without npm's own record of it
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
informes=$(mktemp -d)
trap 'rm -rf "$informes"' EXIT
spectral_con_errores=()

# Lints one spec with Spectral and prints a compact summary: errors and warnings, and the errors
# per rule. The JSON report is read rather than the text one so the summary does not depend on
# the formatter's layout. Exit status 2 from Spectral (ruleset not loaded, file not found) is a
# broken check, not a finding, so it stops the script.
spectral_lint() {
  local servicio=$1 spec=$2 estado=0
  local informe="$informes/$servicio.json"
  echo "[contracts] spectral lint $servicio-service/openapi.yaml"
  npx --no-install spectral lint "$spec" -r .spectral.yaml --fail-severity=error -f json -q \
    >"$informe" 2>"$informes/$servicio.err" || estado=$?
  if [ "$estado" -gt 1 ]; then
    cat "$informes/$servicio.err" >&2
    echo "[contracts] ERROR: Spectral could not lint $servicio-service/openapi.yaml (exit $estado)" >&2
    exit 1
  fi
  # shellcheck disable=SC2016 # the ${...} are JavaScript template literals, for node
  node -e '
    const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8") || "[]");
    const errores = r.filter(x => x.severity === 0), avisos = r.filter(x => x.severity === 1);
    console.log(`[contracts]   ${errores.length} errors, ${avisos.length} warnings`);
    const porRegla = {};
    for (const x of errores) porRegla[x.code] = (porRegla[x.code] || 0) + 1;
    for (const [regla, n] of Object.entries(porRegla).sort((a, b) => b[1] - a[1]))
      console.log(`[contracts]     ${String(n).padStart(4)}  ${regla}`);
  ' "$informe"
  if [ "$estado" -ne 0 ]; then
    spectral_con_errores+=("$servicio-service/openapi.yaml")
  fi
}

mkdir -p frontend/generado
for servicio in catalog capture evaluation; do
  spec="$root/$servicio-service/openapi.yaml"
  if ! $solo_spectral; then
    echo "[contracts] redocly lint $servicio-service/openapi.yaml"
    estado=0
    salida=$(npx --no-install redocly lint --config redocly.yaml --format=summary "$spec" 2>&1) || estado=$?
    grep -v -e '║' -e '╔' -e '╚' <<<"$salida" || true
    [ "$estado" -eq 0 ] || { echo "[contracts] ERROR: $servicio-service/openapi.yaml has lint errors" >&2; exit 1; }
    npx --no-install openapi-typescript "$spec" -o "frontend/generado/$servicio.ts" --silent
  fi
  spectral_lint "$servicio" "$spec"
done
if ! $solo_spectral; then
  echo "[contracts] tsc: frontend/uso.ts against the generated types"
  npx --no-install tsc -p frontend/tsconfig.json
fi
if [ ${#spectral_con_errores[@]} -gt 0 ]; then
  echo "[contracts] ERROR: Spectral errors in ${spectral_con_errores[*]}; see each finding with" >&2
  echo "[contracts]   cd deploy/contracts && npx --no-install spectral lint ../../<service>/openapi.yaml -r .spectral.yaml --fail-severity=error" >&2
  exit 1
fi
if $solo_spectral; then
  echo "[contracts] OK: Spectral (OAS + OWASP) clean for the three specs"
else
  echo "[contracts] OK: 3 specs Redocly-clean, Spectral (OAS + OWASP) clean; TypeScript client type-checks"
fi
