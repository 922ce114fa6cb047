#!/usr/bin/env bash
# Loads the seed's program (IPAM, E011, 2023) through the services' own REST APIs and captures
# its Q4 2023 values, so the demo exercises the same path as any integrator.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
command -v jq >/dev/null || { apt-get update -qq && apt-get install -y -qq jq >/dev/null; }
catalog=${CATALOG_URL:-http://127.0.0.1:8081}
capture=${CAPTURE_URL:-http://127.0.0.1:8082}
# an admin-catalogo loads the catalog; the IPAM's capturista (UR 118) captures, as in the seed
token_admin=${TOKEN_ADMIN:-$("$here/../jwt/token.sh" admin-catalogo admin.catalogo@planeacion.puebla.gob.mx)}
token_capturista=${TOKEN_CAPTURISTA:-$("$here/../jwt/token.sh" capturista OORE690714H58 118)}

# capture learns the definitions from the catalog's topic a moment after the import: until then it
# answers 409 indicador-no-replicado with Retry-After, the one answer worth retrying; any other is final
respuesta=$(mktemp)
cabeceras=$(mktemp)
trap 'rm -f "$respuesta" "$cabeceras"' EXIT
capturar() { # file id
  local estado
  for _ in $(seq 1 30); do
    estado=$(curl -sS -o "$respuesta" -D "$cabeceras" -w '%{http_code}' -X POST -H "Authorization: Bearer $token_capturista" \
      -H 'Content-Type: application/json' --data "$(jq --arg id "$2" '.indicadorId=$id' "$here/$1")" "$capture/capturas")
    if [ "$estado" = 201 ]; then
      return 0
    fi
    if [ "$estado" != 409 ] || ! jq -e '.type | endswith("/indicador-no-replicado")' "$respuesta" >/dev/null 2>&1; then
      echo "demo: capture-service rechazó $1 con $estado: $(cat "$respuesta")" >&2
      return 1
    fi
    sleep "$(tr -d '\r' <"$cabeceras" | awk -F': *' 'tolower($1) == "retry-after" {print $2}')"
  done
  echo "demo: capture-service sigue sin conocer el indicador de $1" >&2
  return 1
}

ind_fin="" ind_proposito="" ind_padron=""
cargar_e011_2023() {
  # the whole program in one document: programa, MIR and fichas, named by their claves
  local importado
  importado=$(curl -fsS -X PUT -H "Authorization: Bearer $token_admin" -H 'Content-Type: application/json' --data-binary @"$here/documento-e011-2023.json" \
    "$catalog/programas/2023/E011/documento")
  id_de() { jq -r --arg clave "$1" '.indicadores[] | select(.clave == $clave) | .id' <<<"$importado"; }
  ind_fin=$(id_de FIN-1)
  ind_proposito=$(id_de PROPOSITO-1)
  echo "demo: programa E011 2023 con indicadores FIN $ind_fin y PROPOSITO $ind_proposito"

  capturar captura-fin-2023-q4.json "$ind_fin"
  capturar captura-proposito-2023-q4.json "$ind_proposito"
  echo "demo: capturas del cuarto trimestre 2023 registradas"

  # the budget's devengado; capture learns the program from the catalog's programas topic
  for _ in $(seq 1 60); do
    if curl -fs -o /dev/null -X POST -H "Authorization: Bearer $token_capturista" -H 'Content-Type: application/json' \
        --data-binary @"$here/devengado-e011-2023-q4.json" "$capture/devengados"; then
      echo "demo: devengado 2023 del programa registrado"
      break
    fi
    sleep 0.5
  done
}

# The early warning (SPEC rule 10): E011 in 2024 with one COMPONENTE captured at Q2, VERDE at Q2
# (580 of the 600 to June) but projected ROJO (the level reached, 580, is 58 % of December's 1000),
# so /indicadores-en-riesgo lists it and alertas-tempranas announces it once. Demo data, not the seed's.
cargar_e011_2024() {
  local importado
  importado=$(curl -fsS -X PUT -H "Authorization: Bearer $token_admin" -H 'Content-Type: application/json' \
    --data-binary @"$here/documento-e011-2024.json" "$catalog/programas/2024/E011/documento")
  ind_padron=$(jq -r '.indicadores[] | select(.clave == "COMPONENTE-1") | .id' <<<"$importado")
  echo "demo: programa E011 2024 con el indicador COMPONENTE $ind_padron (padrón, semestral)"
  capturar captura-componente-2024-q2.json "$ind_padron"
  echo "demo: captura del segundo trimestre 2024 registrada (tardía: su ventana ya cerró)"
}

if curl -fs -o /dev/null -H "Authorization: Bearer $token_admin" "$catalog/programas/2023/E011"; then
  echo "demo: programa E011 2023 ya está cargado"
else
  cargar_e011_2023
fi
if curl -fs -o /dev/null -H "Authorization: Bearer $token_admin" "$catalog/programas/2024/E011"; then
  echo "demo: programa E011 2024 ya está cargado"
else
  cargar_e011_2024
fi
echo "$ind_fin $ind_proposito $ind_padron" > "${DEMO_IDS_FILE:-/dev/null}"
