#!/usr/bin/env bash
# Loads the seed's program (IPAM, E011, 2023) through the services' own REST APIs and captures
# its Q4 2023 values, so the demo exercises the same path as any integrator.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
catalog=${CATALOG_URL:-http://127.0.0.1:8081}
capture=${CAPTURE_URL:-http://127.0.0.1:8082}

post() { # url file [jq filter with $id] [id]
  local body
  if [ $# -ge 4 ]; then body=$(jq --arg id "$4" "$3" "$2"); else body=$(cat "$2"); fi
  curl -fsS -X POST -H 'Content-Type: application/json' --data "$body" "$1"
}

if curl -fsS -o /dev/null "$catalog/programas/2023/E011"; then
  echo "demo: programa E011 2023 ya está cargado"
  exit 0
fi
post "$catalog/programas" "$here/programa.json" >/dev/null
fin=$(post "$catalog/programas/2023/E011/objetivos" "$here/objetivo-fin.json" | jq -r .id)
proposito=$(post "$catalog/programas/2023/E011/objetivos" "$here/objetivo-proposito.json" | jq -r .id)
ind_fin=$(post "$catalog/indicadores" "$here/indicador-fin.json" '.objetivoId=$id' "$fin" | jq -r .id)
ind_proposito=$(post "$catalog/indicadores" "$here/indicador-proposito.json" '.objetivoId=$id' "$proposito" | jq -r .id)
echo "demo: programa E011 2023 con indicadores FIN $ind_fin y PROPOSITO $ind_proposito"

# capture learns the definitions from the catalog's topic, so wait until it accepts them
for archivo in captura-fin-2023-q4.json:$ind_fin captura-proposito-2023-q4.json:$ind_proposito; do
  for _ in $(seq 1 60); do
    if post "$capture/capturas" "$here/${archivo%%:*}" '.indicadorId=$id' "${archivo##*:}" >/dev/null 2>&1; then
      continue 2
    fi
    sleep 0.5
  done
  echo "demo: capture-service no aceptó ${archivo%%:*}" >&2
  exit 1
done
echo "demo: capturas del cuarto trimestre 2023 registradas"
echo "$ind_fin $ind_proposito" > "${DEMO_IDS_FILE:-/dev/null}"
