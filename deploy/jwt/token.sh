#!/usr/bin/env bash
# Prints a development bearer token: token.sh ROL SUJETO [UR] [HORAS].
# Makes the local key pair in .data/jwt on first use (the services read .data/jwt/publica.pem
# through PBR_JWT_PUBLIC_KEY_LOCATION); the private key never leaves .data/, which git ignores.
# Builds the tiny plain-JDK signer if its jar is missing.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
dir="${PBR_JWT_DIR:-$root/.data/jwt}"
emisor="${PBR_JWT_ISSUER:-https://pbrsed.local/emisor-demo}"
jar="$root/deploy/jwt/target/pbrsed-jwt-1.0.0-SNAPSHOT.jar"
[ -f "$jar" ] || "$root/mvnw" -B -q -f "$root/pom.xml" -pl deploy/jwt package -DskipTests >&2
if [ $# -lt 2 ]; then
  echo "uso: $0 ROL SUJETO [UR] [HORAS]   (ROL: capturista | validador | admin-catalogo | consulta)" >&2
  exit 2
fi
java -cp "$jar" mx.pbrsed.jwt.Herramienta claves "$dir" >/dev/null
java -cp "$jar" mx.pbrsed.jwt.Herramienta token "$dir" "$emisor" "$2" "$1" "${3:-}" "${4:-12}"
