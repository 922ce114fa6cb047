#!/usr/bin/env bash
# The benchmark: measures the system against this machine's own limits, in one run, and writes
# deploy/bench/RESULTADOS.md. PostgreSQL and Kafka are started if needed and left running; the
# services, the bare app and every tool it starts are stopped at the end (also on Ctrl-C).
#
# Usage: deploy/bench/run.sh [--escala pequena|completa] [--sin-build] [--perfil]
#   pequena  (default) 10 programs, 100 indicators, replay of 2,000 indicator-periods: a few minutes
#   completa 300 programs, 3,000 indicators, replay of 100,000 indicator-periods
#   --sin-build  use the jars already in */target/quarkus-app
#   --perfil     also record each service with JFR and summarise its hottest frames (PERFIL.md in
#                the work dir); the recording costs a little, so the official table is made without it
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
bench="$root/deploy/bench"
host=127.0.0.1
escala=pequena
construir=si
perfil=no

log() { printf '[bench] %s\n' "$*"; }
die() { printf '[bench] ERROR: %s\n' "$*" >&2; exit 1; }

while [ $# -gt 0 ]; do
  case "$1" in
    --escala) [ $# -ge 2 ] || die "--escala needs pequena or completa"; escala=$2; shift 2 ;;
    --sin-build) construir=no; shift ;;
    --perfil) perfil=si; shift ;;
    -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
    *) die "unknown option $1 (usage: $0 [--escala pequena|completa] [--sin-build] [--perfil])" ;;
  esac
done
case "$escala" in
  pequena) indicadores_pgbench=100; periodos_replay=2000; registros_kafka=50000; espera_rebuild=300 ;;
  completa) indicadores_pgbench=3000; periodos_replay=100000; registros_kafka=300000; espera_rebuild=900 ;;
  *) die "--escala must be pequena or completa, not '$escala'" ;;
esac

sello=$(date +%Y%m%d-%H%M%S)
prefijo="bench-$sello-"
# The replay set has topics of its own, so the running services never see it.
prefijo_replay="bench-$sello-replay-"
trabajo="$root/.data/bench/$sello"
res="$trabajo/resultados.properties"
kafka_cp_file="$root/.data/kafka/classpath.txt"
declare -A puerto=([catalog]=8081 [capture]=8082 [evaluation]=8083 [rebuild]=8084 [bare]=8090)
declare -A pid_de=()

anotar() { printf '%s=%s\n' "$1" "$2" >>"$res"; }
puerto_ocupado() { (exec 3<>"/dev/tcp/$host/$1") 2>/dev/null; }
rss_mb() { awk '/^VmRSS/ { printf "%d", $2 / 1024 }' "/proc/$1/status"; }
ms_desde() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }

# Runs SQL as the postgres OS user over the Unix socket (peer auth), on database $1.
psql_pg() { (cd / && runuser -u postgres -- psql -X -q -v ON_ERROR_STOP=1 -p 5432 -d "$1" "${@:2}"); }

detener() { # nombre
  local nombre=$1 pid=${pid_de[$1]:-}
  [ -n "$pid" ] || return 0
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 100); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.2
  done
  kill -KILL "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  unset "pid_de[$nombre]"
}

detener_todo() {
  trap - EXIT INT TERM
  local nombre
  for nombre in "${!pid_de[@]}"; do
    log "stopping $nombre (pid ${pid_de[$nombre]})"
    detener "$nombre"
  done
}
trap detener_todo EXIT
trap 'exit 130' INT TERM

# Starts a JVM (java args after the name and readiness URL) with the services' JVM options (the
# bare app too, so the ratios compare like with like), waits until the URL answers 200, and
# records its time to ready (from just before the fork) and its RSS then.
arrancar() { # nombre url_listo java-args...
  local nombre=$1 url=$2 t0 pid limite=$((SECONDS + 180))
  shift 2
  t0=$(date +%s%N)
  java "${opciones_jvm[@]}" "$@" >"$trabajo/$nombre.log" 2>&1 &
  pid=$!
  pid_de[$nombre]=$pid
  until curl -fs -o /dev/null -m 2 "$url"; do
    if ! kill -0 "$pid" 2>/dev/null; then
      tail -n 40 "$trabajo/$nombre.log" >&2
      die "$nombre exited during start-up (log: $trabajo/$nombre.log)"
    fi
    ((SECONDS < limite)) || die "$nombre not ready after 180 s (log: $trabajo/$nombre.log)"
    sleep 0.1
  done
  anotar "$nombre.ready_ms" "$(ms_desde "$t0")"
  anotar "$nombre.rss_inicio_mb" "$(rss_mb "$pid")"
  log "$nombre ready in $(ms_desde "$t0") ms, RSS $(rss_mb "$pid") MB"
}

# With --perfil, the JVM option that records service $1 with JFR until it stops (nothing otherwise).
perfil_de() { # nombre
  if [ "$perfil" = si ]; then
    echo "-XX:StartFlightRecording=filename=$trabajo/$1.jfr,settings=profile,dumponexit=true"
  fi
}

# The statements that took the most database time since the last reset, in the given databases.
sentencias() { # titulo bases...
  local titulo=$1 lista
  shift
  lista=$(printf "'%s'," "$@")
  { printf '\n## %s: pg_stat_statements\n\n| base | llamadas | total ms | media ms | filas | sentencia |\n|---|---|---|---|---|---|\n' "$titulo"
    psql_pg postgres -tA -F' | ' -c "SELECT d.datname, s.calls, round(s.total_exec_time), round(s.mean_exec_time::numeric, 3),
        s.rows, replace(left(regexp_replace(s.query, '\s+', ' ', 'g'), 160), '|', '/')
      FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid
      WHERE d.datname IN (${lista%,}) ORDER BY s.total_exec_time DESC LIMIT 15" | sed 's/^/| /; s/$/ |/'
  } >>"$trabajo/PERFIL.md"
}

# From a JFR recording: the frames most often on top of the stack, and this project's methods most
# often running (the innermost mx.pbrsed frame of each sample, so what they call counts for them).
resumen_jfr() { # nombre
  local archivo="$trabajo/$1.jfr"
  [ -f "$archivo" ] || return 0
  jfr print --stack-depth 64 --events jdk.ExecutionSample "$archivo" | awk '
    /stackTrace = \[/ { pila = 1; primera = ""; propia = ""; next }
    pila && /^[[:space:]]*\]/ {
      pila = 0; print "total"
      if (primera != "") print "arriba\t" primera
      if (propia != "") print "propia\t" propia
      next
    }
    pila {
      marco = $0; sub(/^[[:space:]]+/, "", marco); sub(/[[:space:]]+line:.*/, "", marco)
      if (marco == "...") next
      if (primera == "") primera = marco
      if (propia == "" && marco ~ /^mx\.pbrsed\./) propia = marco
    }' >"$trabajo/$1.muestras"
  { printf '\n## %s: %s muestras de CPU (JFR)\n\nMarcos más veces en la cima de la pila:\n\n```\n' \
      "$1" "$(grep -c '^total$' "$trabajo/$1.muestras" || true)"
    grep '^arriba' "$trabajo/$1.muestras" | cut -f2 | sort | uniq -c | sort -rn | head -n 12 || true
    printf '```\n\nMétodos propios más veces en ejecución (con lo que llaman):\n\n```\n'
    grep '^propia' "$trabajo/$1.muestras" | cut -f2 | sort | uniq -c | sort -rn | head -n 12 || true
    printf '```\n'
  } >>"$trabajo/PERFIL.md"
}

kafka_java() { # timeout_s main-class args...
  local limite=$1
  shift
  timeout "$limite" java -Xmx512m -cp "$(<"$kafka_cp_file")" \
    -Dlog4j2.configurationFile="$root/deploy/kafka/log4j2-tools.xml" "$@"
}

# The harness (deploy/bench/harness: catalog, load, replay and report), its libraries in target/lib.
bench_java() { # timeout_s subcommand args...
  local limite=$1
  shift
  timeout "$limite" java -Xmx512m -jar "$bench_jar" "$@"
}

# --- 0. ports, infrastructure, build ----------------------------------------------------------
for nombre in "${!puerto[@]}"; do
  if puerto_ocupado "${puerto[$nombre]}"; then
    die "port ${puerto[$nombre]} ($nombre) is taken: stop what uses it (ss -ltnp 'sport = :${puerto[$nombre]}') and rerun"
  fi
done
mkdir -p "$trabajo"
: >"$res"
log "scale $escala; work dir ${trabajo#"$root/"}; topic prefix $prefijo"
anotar escala "$escala"
anotar fecha "$(date '+%Y-%m-%d %H:%M %Z')"
anotar nproc "$(nproc)"
anotar memoria_mb "$(free -m | awk '/^Mem:/ { print $2 }')"
anotar java_version "$(java -version 2>&1 | head -n1)"
anotar carga_inicio "$(cut -d' ' -f1-3 /proc/loadavg)"
read -ra opciones_jvm <<<"$(sed -n 's/^JAVA_OPTS=//p' "$root/deploy/k8s/jvm.env")"
anotar jvm_opts "${opciones_jvm[*]}"

"$root/deploy/infra.sh" up
psql_pg postgres -c 'CREATE EXTENSION IF NOT EXISTS pg_stat_statements'
printf '# Perfil del benchmark %s\n' "$sello" >"$trabajo/PERFIL.md"
anotar postgresql_version "$(psql_pg postgres -tA -c 'show server_version' | cut -d' ' -f1)"
# Others may restart the shared broker or database mid-run (fault drills do): the report says so.
infra_id() { echo "kafka pid $(cat "$root/.data/kafka/broker.pid" 2>/dev/null), postgres since $(psql_pg postgres -tA -c 'SELECT pg_postmaster_start_time()')"; }
anotar infra_inicio "$(infra_id)"

jars=("$root"/{catalog,capture,evaluation}-service/target/quarkus-app/quarkus-run.jar)
# The services verify bearer tokens with the local key pair of deploy/jwt (made once in .data/jwt);
# the harness signs its tokens with the private half.
jwt_jar="$root/deploy/jwt/target/pbrsed-jwt-1.0.0-SNAPSHOT.jar"
export PBR_JWT_DIR="$root/.data/jwt"
export PBR_JWT_PUBLIC_KEY_LOCATION="file:$PBR_JWT_DIR/publica.pem"
bare_jar="$bench/bare-app/target/quarkus-app/quarkus-run.jar"
# The per-token rate limits (writes 20/s burst 100, reads 50/s burst 200) keep one person's script
# from taking everyone's capacity. Bench.java is a load generator, not a user: it drives each service
# with a handful of tokens (one per UR, one consulta) at hundreds of requests a second to find the
# service's own limit, so the per-token limits are lifted for its runs; the admission limit stays.
export PBR_HTTP_ESCRITURAS_POR_SEGUNDO=1000000 PBR_HTTP_ESCRITURAS_RAFAGA=1000000 \
  PBR_HTTP_LECTURAS_POR_SEGUNDO=1000000 PBR_HTTP_LECTURAS_RAFAGA=1000000
if [ "$construir" = si ]; then
  log "building the services (mvnw package -DskipTests)"
  (cd "$root" && timeout 1200 ./mvnw -B -q package -DskipTests)
fi
java -cp "$jwt_jar" mx.pbrsed.jwt.Herramienta claves "$PBR_JWT_DIR" >/dev/null
if [ "$construir" = si ] || [ ! -f "$bare_jar" ]; then
  log "building the bare Quarkus REST app"
  (cd "$root" && timeout 600 ./mvnw -B -q -f deploy/bench/bare-app/pom.xml package -DskipTests)
fi
bench_jar="$bench/harness/target/pbrsed-bench.jar"
if [ ! -f "$bench_jar" ]; then
  log "building the benchmark harness"
  (cd "$root" && timeout 600 ./mvnw -B -q -pl deploy/bench/harness -am package -DskipTests)
fi
for jar in "${jars[@]}" "$bare_jar" "$bench_jar"; do
  [ -f "$jar" ] || die "missing $jar: run without --sin-build"
done

# --- databases: dropped and created afresh on every run ---------------------------------------
log "creating databases catalog_bench, capture_bench, evaluation_bench, evaluation_rebuild, capture_pgbench"
for par in catalog_bench:catalog capture_bench:capture evaluation_bench:evaluation \
           evaluation_rebuild:evaluation capture_pgbench:capture; do
  PGOPTIONS='-c client_min_messages=warning' psql_pg postgres \
    -c "DROP DATABASE IF EXISTS ${par%%:*} WITH (FORCE)" -c "CREATE DATABASE ${par%%:*} OWNER ${par##*:}"
done
export CATALOG_DB_URL="jdbc:postgresql://$host:5432/catalog_bench"
export CAPTURE_DB_URL="jdbc:postgresql://$host:5432/capture_bench"
export EVALUATION_DB_URL="jdbc:postgresql://$host:5432/evaluation_bench"

# --- time to ready and RSS: each service alone, right after the bare app ---------------------
# On a shared machine the load drifts by the minute, so each service is compared with a bare
# start just before its own.
for s in catalog capture evaluation; do
  arrancar "bare_$s" "http://$host:${puerto[bare]}/hola" -jar "$bare_jar"
  detener "bare_$s"
  # shellcheck disable=SC2046 # empty without --perfil
  arrancar "$s" "http://$host:${puerto[$s]}/q/health/ready" $(perfil_de "$s") -Dpbr.topic-prefix="$prefijo" \
    -jar "$root/$s-service/target/quarkus-app/quarkus-run.jar"
done

# --- baselines: PostgreSQL (pgbench) and Kafka (perf tools), services idle --------------------
# pgbench runs on a schema-only copy of capture_bench (the schema capture's Flyway just made),
# so capture-service's outbox relay does not publish pgbench's rows while it runs.
log "pgbench: $indicadores_pgbench synthetic indicador rows, captura.sql with 8 clients, 2 threads, 15 s"
(cd / && runuser -u postgres -- pg_dump -s -p 5432 capture_bench) | psql_pg capture_pgbench >/dev/null
psql_pg capture_pgbench <<SQL
INSERT INTO indicador (id, version, estado, ejercicio, programa_clave, unidad_responsable, nombre, frecuencia, variables, actualizado_en)
SELECT md5(i::text)::uuid, 1, 'VIGENTE', 2025, 'B001', '100', 'INDICADOR SINTÉTICO ' || i || ' DEL BENCHMARK', 'TRIMESTRAL',
       '["V1", "V2"]', now()
  FROM generate_series(1, $indicadores_pgbench) AS i;
-- far above the versions captura.sql writes, so the two scripts never collide
CREATE SEQUENCE bench_version START 1000000;
ALTER SEQUENCE bench_version OWNER TO capture;
SQL
pgbench_bin=$(ls /usr/lib/postgresql/*/bin/pgbench | sort -V | tail -n1)
PGPASSWORD=capture timeout 60 "$pgbench_bin" -h "$host" -p 5432 -U capture -n -c 8 -j 2 -T 15 \
  -D indicadores="$indicadores_pgbench" -f "$bench/captura.sql" capture_pgbench >"$trabajo/pgbench.txt" 2>&1 ||
  { cat "$trabajo/pgbench.txt" >&2; die "pgbench captura.sql failed"; }
anotar pgbench.tps "$(awk '/^tps = / { print $3 }' "$trabajo/pgbench.txt")"
anotar pgbench.latencia_ms "$(awk '/^latency average/ { print $4 }' "$trabajo/pgbench.txt")"
PGPASSWORD=capture timeout 60 "$pgbench_bin" -h "$host" -p 5432 -U capture -n -c 2 -j 2 -T 10 \
  -D indicadores="$indicadores_pgbench" -f "$bench/captura-lote.sql" capture_pgbench >"$trabajo/pgbench-lote.txt" 2>&1 ||
  { cat "$trabajo/pgbench-lote.txt" >&2; die "pgbench captura-lote.sql failed"; }
anotar pgbench_lote.tps "$(awk '/^tps = / { print $3 }' "$trabajo/pgbench-lote.txt")"
log "pgbench: $(grep '^tps' "$trabajo/pgbench.txt"); lote: $(grep '^tps' "$trabajo/pgbench-lote.txt")"

log "Kafka: ProducerPerformance and ConsumerPerformance, $registros_kafka records of 1 KiB; EndToEndLatency"
kafka_java 300 org.apache.kafka.tools.ProducerPerformance --topic "${prefijo}perf" --num-records "$registros_kafka" \
  --record-size 1024 --throughput -1 \
  --producer-props bootstrap.servers="$host:9092" acks=all enable.idempotence=true >"$trabajo/kafka-producer.txt" 2>&1 ||
  { cat "$trabajo/kafka-producer.txt" >&2; die "ProducerPerformance failed"; }
# "N records sent, R records/sec (M MB/sec), A ms avg latency, X ms max latency, a ms 50th, b ms 95th, c ms 99th, ..."
linea=$(grep 'records sent' "$trabajo/kafka-producer.txt" | tail -n1)
anotar kafka.produce_rps "$(sed -E 's/.* sent, ([0-9.]+) records\/sec.*/\1/' <<<"$linea")"
anotar kafka.produce_p99_ms "$(sed -E 's/.* ([0-9.]+) ms 99th,.*/\1/' <<<"$linea")"
kafka_java 300 org.apache.kafka.tools.ConsumerPerformance --bootstrap-server "$host:9092" --topic "${prefijo}perf" \
  --messages "$registros_kafka" --group "bench-perf-$sello" --timeout 30000 >"$trabajo/kafka-consumer.txt" 2>&1 ||
  { cat "$trabajo/kafka-consumer.txt" >&2; die "ConsumerPerformance failed"; }
# CSV: start.time, end.time, MB, MB.sec, nMsg, nMsg.sec, rebalance.time.ms, fetch.time.ms, fetch.MB.sec, fetch.nMsg.sec
anotar kafka.consume_rps "$(tail -n1 "$trabajo/kafka-consumer.txt" | awk -F', *' '{ print $10 }')"
kafka_java 300 org.apache.kafka.tools.EndToEndLatency "$host:9092" "${prefijo}e2e" 2000 all 1024 >"$trabajo/kafka-e2e.txt" 2>&1 ||
  { cat "$trabajo/kafka-e2e.txt" >&2; die "EndToEndLatency failed"; }
# "Percentiles: 50th = a, 99th = b, 99.9th = c"
anotar kafka.e2e_p50_ms "$(sed -nE 's/.*50th = ([0-9.]+).*/\1/p' "$trabajo/kafka-e2e.txt")"
anotar kafka.e2e_p99_ms "$(sed -nE 's/.* 99th = ([0-9.]+).*/\1/p' "$trabajo/kafka-e2e.txt")"
log "Kafka: $linea"

# --- the load: catalog, maximum rate, freshness, bulk -----------------------------------------
bench_java 1200 catalogo --escala "$escala" --catalog "http://$host:8081" \
  --capture "http://$host:8082" --evaluation "http://$host:8083" \
  --indicadores "$trabajo/indicadores.txt" --resultados "$res"
psql_pg postgres -tA -c 'SELECT pg_stat_statements_reset()' >/dev/null
# The processes whose CPU an ingest step spends (the PostgreSQL server counts with its backends).
pids_pipeline="capture=${pid_de[capture]},evaluation=${pid_de[evaluation]},catalog=${pid_de[catalog]}"
pids_pipeline+=",postgres=$(head -n1 "$(psql_pg postgres -tA -c 'show data_directory')/postmaster.pid")"
pids_pipeline+=",kafka=$(cat "$root/.data/kafka/broker.pid")"
bench_java 1800 carga --escala "$escala" --indicadores "$trabajo/indicadores.txt" --pids "$pids_pipeline" \
  --capture "http://$host:8082" --evaluation "http://$host:8083" --bootstrap "$host:9092" \
  --topic-capturas "${prefijo}capturas" --grupo-evaluacion evaluation-service --resultados "$res"
for s in catalog capture evaluation; do
  anotar "$s.rss_carga_mb" "$(rss_mb "${pid_de[$s]}")"
done
sentencias "Carga (catálogo, ingesta, frescura, importación masiva)" catalog_bench capture_bench evaluation_bench
anotar tamano.captura_bytes "$(psql_pg capture_bench -tA -c 'SELECT round(avg(pg_column_size(c.*))) FROM captura c')"
anotar tamano.evento_bytes "$(psql_pg capture_bench -tA -c "SELECT round(avg(octet_length(payload))) FROM outbox WHERE topic = '${prefijo}capturas'")"
anotar tamano.tardia_bytes "$(psql_pg capture_bench -tA -c "SELECT round(avg(octet_length(payload))) FROM outbox WHERE topic = '${prefijo}capturas-tardias'")"

# --- rebuild: a second evaluation-service, fresh database and groups, on the replay set --------
bench_java 900 replay --bootstrap "$host:9092" --prefijo "$prefijo_replay" \
  --periodos "$periodos_replay" --asyncapi "$root/deploy/contracts/asyncapi.yaml" --resultados "$res"
log "rebuild: evaluation-service on :${puerto[rebuild]} replays ${prefijo_replay}{indicadores,capturas}"
psql_pg postgres -tA -c 'SELECT pg_stat_statements_reset()' >/dev/null
t0=$(date +%s%N)
# shellcheck disable=SC2046 # empty without --perfil
EVALUATION_DB_URL="jdbc:postgresql://$host:5432/evaluation_rebuild" \
  java "${opciones_jvm[@]}" $(perfil_de rebuild) -Dquarkus.http.port="${puerto[rebuild]}" -Dpbr.topic-prefix="$prefijo_replay" \
  -Dmp.messaging.incoming.indicadores.group.id="bench-rebuild-$sello" \
  -Dmp.messaging.incoming.capturas.group.id="bench-rebuild-$sello" \
  -jar "$root/evaluation-service/target/quarkus-app/quarkus-run.jar" >"$trabajo/rebuild.log" 2>&1 &
pid_de[rebuild]=$!
listo_ms=""
hechos=0
proximo_conteo=0
limite=$((SECONDS + espera_rebuild))
while ((SECONDS < limite)); do
  kill -0 "${pid_de[rebuild]}" 2>/dev/null || { tail -n 40 "$trabajo/rebuild.log" >&2; die "rebuild evaluation-service exited"; }
  if [ -z "$listo_ms" ] && curl -fs -o /dev/null -m 2 "http://$host:${puerto[rebuild]}/q/health/ready"; then
    listo_ms=$(ms_desde "$t0")
  fi
  # The count scans the results (17 ms at 100,000 rows, 3.4 s of database time when taken four
  # times a second): once a second, so the measurement does not slow what it measures.
  if ((SECONDS >= proximo_conteo)); then
    # before Flyway has run the table does not exist yet: count 0
    hechos=$(psql_pg evaluation_rebuild -tA -c 'SELECT count(*) FROM resultado WHERE captura_version IS NOT NULL' 2>/dev/null || echo 0)
    proximo_conteo=$((SECONDS + 1))
    [ "$hechos" -ge "$periodos_replay" ] && break
  fi
  sleep 0.25
done
anotar rebuild.total_ms "$(ms_desde "$t0")"
anotar rebuild.ready_ms "$listo_ms"
anotar rebuild.alcanzados "$hechos"
anotar rebuild.completo "$([ "$hechos" -ge "$periodos_replay" ] && echo true || echo false)"
anotar rebuild.rss_mb "$(rss_mb "${pid_de[rebuild]}")"
log "rebuild: $hechos of $periodos_replay results in $(ms_desde "$t0") ms"
detener rebuild
sentencias "Reconstrucción" evaluation_rebuild
if [ "$perfil" = si ]; then
  for s in catalog capture evaluation; do
    detener "$s"
  done
  for s in catalog capture evaluation rebuild; do
    resumen_jfr "$s"
  done
fi

# --- the table ----------------------------------------------------------------------------------
anotar carga_fin "$(cut -d' ' -f1-3 /proc/loadavg)"
anotar infra_fin "$(infra_id)"
bench_java 120 informe --resultados "$res" --salida "$bench/RESULTADOS.md"
cp "$bench/RESULTADOS.md" "$trabajo/"
cat "$bench/RESULTADOS.md"
log "done: deploy/bench/RESULTADOS.md (raw figures, logs and profile PERFIL.md in ${trabajo#"$root/"})"
