#!/usr/bin/env bash
# Runs the whole system on this machine: PostgreSQL and Kafka, a build, the three services and
# the seed's demo data. Stays in the foreground; Ctrl-C stops the services (deploy/infra.sh down
# stops PostgreSQL and Kafka too).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
logs="$root/.data/logs"
servicios=(catalog-service:8081 capture-service:8082 evaluation-service:8083)
pids=()

detener() {
  trap - INT TERM EXIT
  if [ ${#pids[@]} -gt 0 ]; then
    echo "[run] deteniendo servicios"
    kill "${pids[@]}" 2>/dev/null || true
    wait "${pids[@]}" 2>/dev/null || true
  fi
}
trap detener INT TERM EXIT

puerto_ocupado() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

for s in "${servicios[@]}"; do
  if puerto_ocupado "${s##*:}"; then
    echo "[run] ERROR: el puerto ${s##*:} (${s%%:*}) ya está en uso; detén lo que lo ocupa" >&2
    exit 1
  fi
done

"$root/deploy/infra.sh" up
echo "[run] compilando (mvnw package)"
"$root/mvnw" -B -q -f "$root/pom.xml" package -DskipTests
mkdir -p "$logs"
# A local key pair (made once in .data/jwt, never committed) stands in for the state's identity
# provider: the services trust its public key, the demo tokens are signed with its private one.
export PBR_JWT_PUBLIC_KEY_LOCATION="file:$root/.data/jwt/publica.pem"
set -a
# shellcheck disable=SC1090
. "$("$root/deploy/jwt/tokens-demo.sh")"
set +a
# The services' JVM options, the same in every way they run.
read -ra opciones_jvm <<<"$(sed -n 's/^JAVA_OPTS=//p' "$root/deploy/k8s/jvm.env")"
inicio=$(date +%s)
for s in "${servicios[@]}"; do
  nombre=${s%%:*}
  java "${opciones_jvm[@]}" -jar "$root/$nombre/target/quarkus-app/quarkus-run.jar" >"$logs/$nombre.log" 2>&1 &
  pids+=($!)
done
for i in "${!servicios[@]}"; do
  s=${servicios[$i]}; nombre=${s%%:*}; puerto=${s##*:}
  for _ in $(seq 1 180); do
    curl -fs -o /dev/null "http://127.0.0.1:$puerto/q/health/ready" && continue 2
    kill -0 "${pids[$i]}" 2>/dev/null || break
    sleep 0.5
  done
  echo "[run] ERROR: $nombre no quedó listo; revisa $logs/$nombre.log" >&2
  exit 1
done
echo "[run] servicios listos en $(( $(date +%s) - inicio )) s"

ids_file=$(mktemp)
DEMO_IDS_FILE="$ids_file" "$root/deploy/demo/cargar.sh"
read -r ind_fin ind_proposito <"$ids_file" || true
rm -f "$ids_file"

cat <<MSG

Tokens de demostración (12 h; en un shell: set -a; . .data/jwt/tokens-demo.env; set +a):
  admin-catalogo (escribe el catálogo):       TOKEN_ADMIN=$TOKEN_ADMIN
  capturista de la UR 118 (IPAM):             TOKEN_CAPTURISTA=$TOKEN_CAPTURISTA
  validador (valida o devuelve capturas):     TOKEN_VALIDADOR=$TOKEN_VALIDADOR
  consulta (lee):                             TOKEN_CONSULTA=$TOKEN_CONSULTA
  Otro token: deploy/jwt/token.sh ROL SUJETO [UR]

PbR-SED está corriendo (logs en .data/logs):
  catalog-service     http://127.0.0.1:8081/q/swagger-ui
  capture-service     http://127.0.0.1:8082/q/swagger-ui
  evaluation-service  http://127.0.0.1:8083/q/swagger-ui

Cada llamada lleva un token (antes: set -a; . .data/jwt/tokens-demo.env; set +a):
Programa de demostración (ficha técnica completa, como documento):
  curl -s -H "Authorization: Bearer \$TOKEN_CONSULTA" http://127.0.0.1:8081/programas/2023/E011/documento
Semáforo del programa al cuarto trimestre (tabla INDICADORES DE DESEMPEÑO y avance financiero):
  curl -s -H "Authorization: Bearer \$TOKEN_CONSULTA" 'http://127.0.0.1:8083/programas/2023/E011/resumen?trimestre=4'
Resultados con su traza, por trimestre:
  curl -s -H "Authorization: Bearer \$TOKEN_CONSULTA" http://127.0.0.1:8083/indicadores/${ind_fin:-<id>}/resultados        (FIN, matrícula consular)
  curl -s -H "Authorization: Bearer \$TOKEN_CONSULTA" http://127.0.0.1:8083/indicadores/${ind_proposito:-<id>}/resultados  (PROPOSITO, programas)
Reporte imprimible (HTML):
  curl -s -H "Authorization: Bearer \$TOKEN_CONSULTA" 'http://127.0.0.1:8083/programas/2023/E011/reporte?trimestre=4' > reporte.html
Capturas tardías y vencidas, como las ve un operador:
  deploy/infra.sh tail-topic capturas-tardias
  deploy/infra.sh tail-topic capturas-vencidas

Ctrl-C detiene los servicios; deploy/infra.sh down detiene PostgreSQL y Kafka.
MSG
wait
