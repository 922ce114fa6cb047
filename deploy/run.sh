#!/usr/bin/env bash
# Runs the whole system on this machine: PostgreSQL and Kafka, a build, the three services and
# the seed's demo data. Stays in the foreground; Ctrl-C stops the services (deploy/infra.sh down
# stops PostgreSQL and Kafka too). If a service dies (a crash, an OutOfMemoryError, kill -9), it
# says which one, with its exit code and the end of its log, stops the others and exits 1.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
logs="$root/.data/logs"
servicios=(catalog-service:8081 capture-service:8082 evaluation-service:8083)
pids=()

# `wait -n -p`, which names the service that ended, came with bash 5.1.
if (( BASH_VERSINFO[0] < 5 || (BASH_VERSINFO[0] == 5 && BASH_VERSINFO[1] < 1) )); then
  echo "[run] ERROR: hace falta bash 5.1 o posterior (este es $BASH_VERSION)" >&2
  exit 1
fi

# Reached through the traps only; shellcheck 0.9 takes it for unreachable code when the script
# ends with an exit.
# shellcheck disable=SC2317
detener() {
  trap - INT TERM EXIT
  if [ ${#pids[@]} -gt 0 ]; then
    echo "[run] deteniendo servicios"
    kill "${pids[@]}" 2>/dev/null || true
    wait "${pids[@]}" 2>/dev/null || true
  fi
}
# Ctrl-C and TERM exit at once, wherever the script was (build, start-up, the watch), and the
# EXIT trap stops the services: a stopped start-up is not then reported as a service that died.
# 130 and 143, as before.
trap detener EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# The end of a service's log, where a JVM that died says why (stack trace, port in use, OOM).
cola_del_log() {
  echo "[run] últimas 30 líneas de $logs/$1.log:" >&2
  tail -n 30 "$logs/$1.log" 2>/dev/null | sed 's/^/    /' >&2 || true
}

# Reports that service $1 (its index) ended with exit code $2 ($3: when), and drops its pid so
# that detener does not signal a pid the system may have handed to another process by then.
informar_caida() {
  local nombre=${servicios[$1]%%:*} causa=""
  if [ "$2" -eq 3 ]; then
    causa=" (OutOfMemoryError: jvm.env lleva -XX:+ExitOnOutOfMemoryError)"
  elif [ "$2" -eq 137 ]; then
    causa=" (SIGKILL: kill -9 o el OOM killer del sistema)"
  elif [ "$2" -gt 128 ]; then
    causa=" (señal $(( $2 - 128 )))"
  fi
  echo "[run] ERROR: $nombre terminó$3 con código $2$causa" >&2
  cola_del_log "$nombre"
  unset "pids[$1]"
}

# Fails, after reporting it, if a service's process has ended ($1: when); bash reaps a dead
# background child at once, so kill -0 fails for it, and wait still gives its exit code.
ninguno_caido() {
  local j codigo
  for j in "${!pids[@]}"; do
    if ! kill -0 "${pids[$j]}" 2>/dev/null; then
      codigo=0
      wait "${pids[$j]}" || codigo=$?
      informar_caida "$j" "$codigo" "$1"
      return 1
    fi
  done
}

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
# Waits for each service to be ready. Every round checks all three processes, not only the one
# awaited, so one that dies while another is still starting stops the start-up at once.
for i in "${!servicios[@]}"; do
  s=${servicios[$i]}; nombre=${s%%:*}; puerto=${s##*:}
  for _ in $(seq 1 180); do
    curl -fs -o /dev/null "http://127.0.0.1:$puerto/q/health/ready" && continue 2
    ninguno_caido " antes de quedar listo" || exit 1
    sleep 0.5
  done
  echo "[run] ERROR: $nombre no quedó listo en 90 s; revisa $logs/$nombre.log" >&2
  cola_del_log "$nombre"
  exit 1
done
echo "[run] servicios listos en $(( $(date +%s) - inicio )) s"

ids_file=$(mktemp)
# A service that dies under the demo load makes the load fail: name it rather than only the load.
if ! DEMO_IDS_FILE="$ids_file" "$root/deploy/demo/cargar.sh"; then
  rm -f "$ids_file"
  ninguno_caido " durante la carga de la demo" || exit 1
  echo "[run] ERROR: la carga de la demo falló con los tres servicios vivos (logs en $logs)" >&2
  exit 1
fi
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
Reporte imprimible (PDF, el mismo documento compuesto dentro de evaluation-service):
  curl -s -H "Authorization: Bearer \$TOKEN_CONSULTA" 'http://127.0.0.1:8083/programas/2023/E011/reporte.pdf?trimestre=4' > reporte.pdf
Capturas tardías y vencidas, como las ve un operador:
  deploy/infra.sh tail-topic capturas-tardias
  deploy/infra.sh tail-topic capturas-vencidas

Ctrl-C detiene los servicios; deploy/infra.sh down detiene PostgreSQL y Kafka.
MSG
# Watches the services until one ends: a bare `wait` would sit until all three had, leaving the
# system half up with nothing said. wait -n also returns at once for one that ended during the
# demo load. Ctrl-C interrupts it: the INT trap exits 130 and the EXIT trap stops the services.
terminado=""
codigo=0
wait -n -p terminado "${pids[@]}" || codigo=$?
for i in "${!pids[@]}"; do
  if [ "${pids[$i]}" = "$terminado" ]; then
    informar_caida "$i" "$codigo" ""
    exit 1
  fi
done
echo "[run] ERROR: wait -n volvió (código $codigo) sin nombrar un servicio" >&2
exit 1
