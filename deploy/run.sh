#!/usr/bin/env bash
# Runs the whole system on this machine: PostgreSQL and Kafka, a build, the three services and
# the seed's demo data. Stays in the foreground; Ctrl-C stops the services (deploy/infra.sh down
# stops PostgreSQL and Kafka too). If a service dies (a crash, an OutOfMemoryError, kill -9), it
# says which one, with its exit code and the end of its log, stops the others and exits 1.
#
# Usage: deploy/run.sh [--instancias N]
#   --instancias N (or PBR_INSTANCIAS=N) starts N instances of each service (1 to 6, the topics'
#   partitions), instance k on port 80x1/80x2/80x3 + 10*(k-1): catalog 8081, 8091..., capture 8082,
#   8092..., evaluation 8083, 8093... Each service's instances share its database and consumer
#   group; nothing balances requests in front of them: a client picks a port.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
logs="$root/.data/logs"
instancias=${PBR_INSTANCIAS:-1}
while [ $# -gt 0 ]; do
  case "$1" in
    --instancias) instancias=${2:-}; shift 2 || { echo "[run] ERROR: --instancias necesita un número" >&2; exit 2; } ;;
    --instancias=*) instancias=${1#*=}; shift ;;
    *) echo "uso: $0 [--instancias N]" >&2; exit 2 ;;
  esac
done
# More instances than partitions would leave the extra consumers idle (README.md, "Scaling out").
if ! [[ "$instancias" =~ ^[1-6]$ ]]; then
  echo "[run] ERROR: --instancias va de 1 a 6 (las particiones de cada topic), no '$instancias'" >&2
  exit 2
fi
# nombre:puerto:log of every instance; the first instance of each keeps the ports and logs of one.
servicios=()
for k in $(seq 1 "$instancias"); do
  for s in catalog-service:8081 capture-service:8082 evaluation-service:8083; do
    nombre=${s%%:*}
    log=$nombre
    [ "$k" -eq 1 ] || log=$nombre-$k
    servicios+=("$nombre:$(( ${s##*:} + 10 * (k - 1) )):$log")
  done
done
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
  local nombre=${servicios[$1]##*:} causa=""
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
  IFS=: read -r nombre puerto _ <<<"$s"
  if puerto_ocupado "$puerto"; then
    echo "[run] ERROR: el puerto $puerto ($nombre) ya está en uso; detén lo que lo ocupa" >&2
    exit 1
  fi
done

"$root/deploy/infra.sh" up
# The topics with their partitions (a broker started by an older infra.sh auto-created them with one).
"$root/deploy/infra.sh" topics
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
# Starts the instances of the given indexes of servicios.
iniciar() {
  local i nombre puerto log
  for i in "$@"; do
    IFS=: read -r nombre puerto log <<<"${servicios[$i]}"
    java "${opciones_jvm[@]}" -Dquarkus.http.port="$puerto" -jar "$root/$nombre/target/quarkus-app/quarkus-run.jar" \
      >"$logs/$log.log" 2>&1 &
    pids[i]=$!
  done
}
# Waits for the given instances to be ready. Every round checks every process started, not only
# the one awaited, so one that dies while another is still starting stops the start-up at once.
esperar_listos() {
  local i puerto log
  for i in "$@"; do
    IFS=: read -r _ puerto log <<<"${servicios[$i]}"
    for _ in $(seq 1 180); do
      curl -fs -o /dev/null "http://127.0.0.1:$puerto/q/health/ready" && continue 2
      ninguno_caido " antes de quedar listo" || exit 1
      sleep 0.5
    done
    echo "[run] ERROR: $log no quedó listo en 90 s; revisa $logs/$log.log" >&2
    cola_del_log "$log"
    exit 1
  done
}
# The first instance of each service migrates its database (Flyway); the others start once it is
# ready, on the migrated schema.
iniciar 0 1 2
esperar_listos 0 1 2
if [ "${#servicios[@]}" -gt 3 ]; then
  otras=$(seq 3 $(( ${#servicios[@]} - 1 )))
  # shellcheck disable=SC2086
  iniciar $otras
  # shellcheck disable=SC2086
  esperar_listos $otras
fi
echo "[run] ${#servicios[@]} servicios listos en $(( $(date +%s) - inicio )) s"

ids_file=$(mktemp)
# A service that dies under the demo load makes the load fail: name it rather than only the load.
if ! DEMO_IDS_FILE="$ids_file" "$root/deploy/demo/cargar.sh"; then
  rm -f "$ids_file"
  ninguno_caido " durante la carga de la demo" || exit 1
  echo "[run] ERROR: la carga de la demo falló con los tres servicios vivos (logs en $logs)" >&2
  exit 1
fi
read -r ind_fin ind_proposito ind_padron <"$ids_file" || true
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
$(for k in $(seq 2 "$instancias"); do d=$(( 10 * (k - 1) ))
  echo "  instancia $k: catalog :$((8081 + d)), capture :$((8082 + d)), evaluation :$((8083 + d)) (logs .data/logs/*-$k.log)"; done)

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
Alerta temprana (proyección al cierre): indicadores que van hacia rojo, y la proyección con su traza:
  curl -s -H "Authorization: Bearer \$TOKEN_CONSULTA" 'http://127.0.0.1:8083/indicadores-en-riesgo?ejercicio=2024&trimestre=2&ur=118'
  curl -s -H "Authorization: Bearer \$TOKEN_CONSULTA" http://127.0.0.1:8083/indicadores/${ind_padron:-<id>}/resultados  (COMPONENTE 2024, padrón: VERDE en T2, proyectado ROJO)
Capturas tardías y vencidas, y alertas tempranas, como las ve un operador:
  deploy/infra.sh tail-topic capturas-tardias
  deploy/infra.sh tail-topic capturas-vencidas
  deploy/infra.sh tail-topic alertas-tempranas

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
