#!/usr/bin/env bash
# Writes .data/jwt/tokens-demo.env: one 12-hour token per role of the demo (KEY=value lines, for
# `set -a; . .data/jwt/tokens-demo.env; set +a` and for docker compose's env_file), after making
# the local key pair if needed. Used by deploy/run.sh and before `docker compose up`.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
dir="${PBR_JWT_DIR:-$here/../../.data/jwt}"
token() { PBR_JWT_DIR="$dir" "$here/token.sh" "$@"; }
mkdir -p "$dir"
{
  echo "TOKEN_ADMIN=$(token admin-catalogo admin.catalogo@planeacion.puebla.gob.mx)"
  echo "TOKEN_CAPTURISTA=$(token capturista OORE690714H58 118)"
  echo "TOKEN_VALIDADOR=$(token validador validador@planeacion.puebla.gob.mx)"
  echo "TOKEN_CONSULTA=$(token consulta consulta@planeacion.puebla.gob.mx)"
} >"$dir/tokens-demo.env"
echo "$dir/tokens-demo.env"
