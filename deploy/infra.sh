#!/usr/bin/env bash
# Local infrastructure for development and tests on a machine without Docker:
#   - Debian's PostgreSQL cluster on 127.0.0.1:5432, with one role per service (password =
#     role name) owning the databases S, S_test, S_e2e and S_replay (the replay drill's fresh
#     database), with pg_stat_statements loaded for the benchmark's profiles;
#   - a single-node Kafka broker (KRaft) on 127.0.0.1:9092 (controller 127.0.0.1:9093), run
#     from jars that Maven resolves via deploy/kafka/pom.xml; state lives in <repo>/.data/kafka.
#
# Usage: deploy/infra.sh up | down | status | kafka-stop | kafka-start | pg-restart | topics | tail-topic <topic> [console-consumer args...]
#   topics makes sure the unprefixed topics deploy/run.sh uses exist with KAFKA_PARTICIONES
#   partitions: it creates the missing ones and grows those a broker of an older version of this
#   script auto-created with fewer (their existing records stay where they are; see README.md).
#   kafka-stop / kafka-start stop and start the broker alone, with PostgreSQL left running (the
#   capture service's outbox test and the fault drills take Kafka down while capturas go on);
#   pg-restart restarts PostgreSQL alone (fast shutdown: open connections are cut), for the
#   fault drill that checks the services recover without a restart.
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$SCRIPT_DIR/.." && pwd)"
readonly SCRIPT_DIR REPO_ROOT
# Resolved: a worktree's .data may link to the main checkout's, and the broker's command line
# (which kafka_pid checks) names the real path.
readonly DATA_DIR="$(cd "$REPO_ROOT/.data" 2>/dev/null && pwd -P || echo "$REPO_ROOT/.data")"
readonly KAFKA_DIR="$DATA_DIR/kafka"
readonly KAFKA_POM="$SCRIPT_DIR/kafka/pom.xml"
readonly KAFKA_CLASSPATH_FILE="$KAFKA_DIR/classpath.txt"
readonly KAFKA_PROPERTIES="$KAFKA_DIR/server.properties"
readonly KAFKA_LOG_DIRS="$KAFKA_DIR/data"
readonly KAFKA_PID_FILE="$KAFKA_DIR/broker.pid"
# Belongs to the current broker run only: kafka_launch moves the previous one to broker.log.prev.
readonly KAFKA_LOG="$KAFKA_DIR/broker.log"
# The broker JVM's own stdout/stderr (JVM crashes, errors before log4j starts).
readonly KAFKA_OUT="$KAFKA_DIR/broker.out"

readonly HOST=127.0.0.1
readonly PG_PORT=5432
readonly KAFKA_PORT=9092
readonly KAFKA_CONTROLLER_PORT=9093
readonly SERVICES=(catalog capture evaluation)
readonly PG_READY_TIMEOUT_S=30
# pg_stat_statements must be preloaded; it costs little and lets the benchmark see per-statement costs.
readonly PG_OPTIONS="-c listen_addresses=$HOST -c shared_preload_libraries=pg_stat_statements"
readonly KAFKA_START_TIMEOUT_S=60
readonly KAFKA_STOP_TIMEOUT_S=30
# Partitions of every topic: the number README.md and deploy/ESCALAMIENTO.md argue, the same in
# deploy/docker-compose.yml and deploy/k8s/kafka/topics.yaml (DespliegueTest checks all four).
readonly KAFKA_PARTICIONES=6
# The topics deploy/run.sh's services use, without prefix (tests and benchmarks make their own).
readonly KAFKA_TOPICS=(indicadores programas capturas capturas-tardias capturas-vencidas devengados evaluaciones alertas-tempranas)

JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"

log() { printf '[infra] %s\n' "$*"; }
die() { printf '[infra] ERROR: %s\n' "$*" >&2; exit 1; }

# True if something accepts TCP connections on HOST:$1 (bash's /dev/tcp: no nc/curl needed).
port_open() { (exec 3<>"/dev/tcp/$HOST/$1") 2>/dev/null; }

# "pid N (command)" of the process listening on port $1, for error messages.
port_owner() {
  local pid
  pid="$(ss -Hltnp "sport = :$1" 2>/dev/null | grep -o 'pid=[0-9]*' | head -n1 | cut -d= -f2 || true)"
  if [[ -n "$pid" ]]; then
    printf 'pid %s (%s)' "$pid" "$(tr '\0' ' ' 2>/dev/null <"/proc/$pid/cmdline" | cut -c1-120)"
  else
    printf 'an unknown process'
  fi
}

require_root() {
  [[ $EUID -eq 0 ]] || die "'$1' must run as root (pg_ctlcluster, runuser and apt-get need it)"
}

# Serialises concurrent 'up'/'down' calls (e.g. several modules' test runs starting at once).
# Children that outlive the script must not inherit fd 9, or they would hold the lock forever.
take_lock() {
  mkdir -p "$KAFKA_DIR"
  exec 9>"$DATA_DIR/infra.lock"
  flock -w 120 9 || die "another infra.sh is still running (lock $DATA_DIR/infra.lock)"
}

# ---------------------------------------------------------------------------------------------
# PostgreSQL
# ---------------------------------------------------------------------------------------------

pg_installed() {
  command -v pg_lsclusters >/dev/null && compgen -G '/usr/lib/postgresql/*/bin/postgres' >/dev/null
}

pg_install() {
  log "PostgreSQL not installed: apt-get install postgresql"
  if ! { DEBIAN_FRONTEND=noninteractive apt-get update -q &&
         DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql; } </dev/null 9>&-; then
    die "could not install PostgreSQL with apt-get (no network or no apt access?)"
  fi
}

# Major version of the 'main' cluster (the newest one if several majors have a 'main').
pg_version() {
  pg_lsclusters -h | awk '$2 == "main" { print $1 }' | sort -n | tail -n1
}

# pg_lsclusters, unlike 'pg_ctlcluster status', also answers for users other than root/postgres.
pg_running() { pg_lsclusters -h "$1" main | awk '{ exit $4 ~ /^online/ ? 0 : 1 }'; }

pg_ready() { pg_isready -q -h "$HOST" -p "$PG_PORT" -t 1; }

# Runs SQL from stdin as the postgres OS user over the Unix socket (peer auth); cd / avoids
# psql's warning about not being able to read root's current directory.
pg_psql() {
  (cd / && runuser -u postgres -- psql -X -q -v ON_ERROR_STOP=1 -p "$PG_PORT" -d postgres)
}

pg_start() {
  local ver=$1 port
  port="$(pg_lsclusters -h "$ver" main | awk '{ print $3 }')"
  [[ "$port" == "$PG_PORT" ]] ||
    die "cluster $ver/main is configured for port $port, not $PG_PORT (see /etc/postgresql/$ver/main/postgresql.conf)"

  if pg_running "$ver"; then
    log "PostgreSQL $ver/main already running"
  else
    # A second server on 5432 (another cluster, a bundled postgres...) would silently take
    # our clients, so refuse instead of starting beside it.
    port_open "$PG_PORT" && die "port $PG_PORT is taken by $(port_owner "$PG_PORT"), not by cluster $ver/main"
    log "starting PostgreSQL $ver/main"
    # pg_ctlcluster exits 2 if the cluster already runs, hence the status check above.
    # 9>&-: the server must not inherit (and hold) the lock of take_lock.
    pg_ctlcluster "$ver" main start -- -o "$PG_OPTIONS" 9>&-
  fi

  local deadline=$((SECONDS + PG_READY_TIMEOUT_S))
  until pg_ready; do
    ((SECONDS < deadline)) ||
      die "PostgreSQL not accepting connections on $HOST:$PG_PORT after ${PG_READY_TIMEOUT_S}s (log: /var/log/postgresql/postgresql-$ver-main.log)"
    sleep 0.5
  done
}

# Roles (password = name) and databases S, S_test, S_e2e owned by S. Each statement is only
# generated when pg_roles/pg_database says it is needed, so re-runs change nothing.
pg_provision() {
  local services
  services="$(printf "'%s'," "${SERVICES[@]}")"
  services="${services%,}"
  pg_psql <<SQL
SELECT format('CREATE ROLE %I LOGIN PASSWORD %L', s, s)
  FROM unnest(ARRAY[$services]) AS s
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = s)
\gexec
SELECT format('CREATE DATABASE %I OWNER %I', s || suffix, s)
  FROM unnest(ARRAY[$services]) AS s, unnest(ARRAY['', '_test', '_e2e', '_replay']) AS suffix
 WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = s || suffix)
\gexec
SQL
  log "PostgreSQL roles and databases present: ${SERVICES[*]} (each with _test, _e2e and _replay)"
}

pg_up() {
  pg_installed || pg_install
  local ver
  ver="$(pg_version)"
  [[ -n "$ver" ]] || die "no PostgreSQL cluster named 'main' (pg_lsclusters); create one with: pg_createcluster <version> main"
  pg_start "$ver"
  pg_provision
}

pg_down() {
  if ! pg_installed; then
    log "PostgreSQL not installed"
    return
  fi
  local ver
  ver="$(pg_version)"
  if [[ -n "$ver" ]] && pg_running "$ver"; then
    log "stopping PostgreSQL $ver/main"
    pg_ctlcluster "$ver" main stop
  else
    log "PostgreSQL not running"
  fi
}

# Restarts the running cluster with its options; clients see their connections cut and, for
# the moment of the restart, refused.
cmd_pg_restart() {
  require_root pg-restart
  local ver
  ver="$(pg_version)"
  [[ -n "$ver" ]] && pg_running "$ver" || die "PostgreSQL is not running (deploy/infra.sh up starts it)"
  log "restarting PostgreSQL $ver/main"
  pg_ctlcluster "$ver" main restart -m fast -- -o "$PG_OPTIONS" 9>&-
  local deadline=$((SECONDS + PG_READY_TIMEOUT_S))
  until pg_ready; do
    ((SECONDS < deadline)) || die "PostgreSQL not back on $HOST:$PG_PORT after ${PG_READY_TIMEOUT_S}s"
    sleep 0.2
  done
  log "PostgreSQL $ver/main accepting connections again"
}

pg_status_line() {
  local ver=""
  pg_installed && ver="$(pg_version)"
  if [[ -n "$ver" ]] && pg_running "$ver" && pg_ready; then
    echo "PostgreSQL: running on $HOST:$PG_PORT (cluster $ver/main)"
  else
    echo "PostgreSQL: not running ($HOST:$PG_PORT)"
    return 1
  fi
}

# ---------------------------------------------------------------------------------------------
# Kafka
# ---------------------------------------------------------------------------------------------

# True if the cached classpath is missing, older than the pom, or names a jar that is gone
# (e.g. after ~/.m2 was cleaned).
kafka_classpath_stale() {
  [[ -s "$KAFKA_CLASSPATH_FILE" && ! "$KAFKA_POM" -nt "$KAFKA_CLASSPATH_FILE" ]] || return 0
  local jar jars
  IFS=: read -r -a jars <"$KAFKA_CLASSPATH_FILE"
  for jar in "${jars[@]}"; do
    [[ -f "$jar" ]] || return 0
  done
  return 1
}

kafka_ensure_classpath() {
  command -v "$JAVA" >/dev/null || die "no java found (install a JDK 17+ or set JAVA_HOME)"
  mkdir -p "$KAFKA_DIR"
  if kafka_classpath_stale; then
    log "resolving the Kafka classpath with Maven (first time only; up to a minute)"
    local tmp="$KAFKA_CLASSPATH_FILE.tmp"
    # mvnw locates .mvn/ from the current directory, hence the cd.
    (cd "$REPO_ROOT" && ./mvnw -q -B -f "$KAFKA_POM" dependency:build-classpath \
      -Dmdep.outputFile="$tmp" </dev/null 9>&-) || die "Maven could not resolve $KAFKA_POM"
    mv "$tmp" "$KAFKA_CLASSPATH_FILE"
  fi
}

# Runs a Kafka command-line tool (main class + args) with warnings-only logging; needs
# kafka_ensure_classpath first.
kafka_tool() {
  "$JAVA" -cp "$(<"$KAFKA_CLASSPATH_FILE")" -Dlog4j2.configurationFile="$SCRIPT_DIR/kafka/log4j2-tools.xml" "$@"
}

kafka_write_properties() {
  cat >"$KAFKA_PROPERTIES" <<EOF
# Generated by deploy/infra.sh on every broker start; edit the script, not this file.
process.roles=broker,controller
node.id=1
controller.quorum.bootstrap.servers=$HOST:$KAFKA_CONTROLLER_PORT
listeners=PLAINTEXT://$HOST:$KAFKA_PORT,CONTROLLER://$HOST:$KAFKA_CONTROLLER_PORT
advertised.listeners=PLAINTEXT://$HOST:$KAFKA_PORT
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT
log.dirs=$KAFKA_LOG_DIRS
# Only the per-run topics of the services' own tests are auto-created, with one partition: a topic
# auto-created with several by a first produce left the idempotent producer retrying one partition
# forever (OutOfOrderSequence), seen in the suite. Topics made on purpose (cmd_topics for run.sh,
# the end-to-end Sistema, compose, Strimzi) have KAFKA_PARTICIONES.
num.partitions=1
auto.create.topics.enable=true
# A single broker cannot satisfy the default replication factor of 3 of the internal topics.
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
# Consumer groups start at once instead of waiting 3 s for more members.
group.initial.rebalance.delay.ms=0
EOF
}

# Formats the KRaft storage once: a formatted log dir has meta.properties, and formatting again
# would fail (and must not wipe the topics).
kafka_format() {
  [[ -f "$KAFKA_LOG_DIRS/meta.properties" ]] && return
  local cluster_id output
  cluster_id="$(kafka_tool kafka.tools.StorageTool random-uuid)"
  log "formatting Kafka storage (cluster id $cluster_id)"
  output="$(kafka_tool kafka.tools.StorageTool format -t "$cluster_id" -c "$KAFKA_PROPERTIES" --standalone 2>&1)" ||
    die "Kafka storage format failed: $output"
}

# Pid of our broker if it is alive; the command-line check guards against a recycled pid.
kafka_pid() {
  local pid
  [[ -f "$KAFKA_PID_FILE" ]] || return 1
  pid="$(<"$KAFKA_PID_FILE")"
  if [[ -n "$pid" ]] && tr '\0' ' ' 2>/dev/null <"/proc/$pid/cmdline" | grep -qF "kafka.Kafka $KAFKA_PROPERTIES"; then
    echo "$pid"
  else
    rm -f "$KAFKA_PID_FILE"
    return 1
  fi
}

kafka_launch() {
  local port
  for port in "$KAFKA_PORT" "$KAFKA_CONTROLLER_PORT"; do
    port_open "$port" && die "port $port is taken by $(port_owner "$port"), not by this repo's broker"
  done
  kafka_ensure_classpath
  kafka_write_properties
  kafka_format
  log "starting Kafka broker"
  # A fresh log lets the start-up wait trust "Kafka Server started", and a failed start show
  # only its own lines.
  [[ -f "$KAFKA_LOG" ]] && mv -f "$KAFKA_LOG" "$KAFKA_LOG.prev"
  # setsid: own session, so the broker outlives this script and its terminal or CI step.
  # In a non-interactive shell the background child is no process-group leader, so setsid
  # execs in place and $! is the JVM's pid.
  (cd "$KAFKA_DIR" && exec setsid "$JAVA" -Xmx512m -cp "$(<"$KAFKA_CLASSPATH_FILE")" \
    -Dlog4j2.configurationFile="$SCRIPT_DIR/kafka/log4j2-broker.xml" \
    -Dkafka.logs.dir="$KAFKA_DIR" \
    kafka.Kafka "$KAFKA_PROPERTIES") </dev/null >"$KAFKA_OUT" 2>&1 9>&- &
  echo $! >"$KAFKA_PID_FILE"
}

# Waits until the broker accepts connections and, if it was just launched ($2 = yes), logged
# the end of its startup. An already running broker is not checked in the log, as a size
# rollover may have moved that line to broker.log.1.
kafka_wait_started() {
  local pid=$1 launched=$2 deadline=$((SECONDS + KAFKA_START_TIMEOUT_S))
  until port_open "$KAFKA_PORT" &&
        { [[ $launched == no ]] || grep -q 'Kafka Server started' "$KAFKA_LOG" 2>/dev/null; }; do
    if ! kill -0 "$pid" 2>/dev/null; then
      rm -f "$KAFKA_PID_FILE"
      kafka_log_tail
      die "Kafka broker (pid $pid) exited during startup"
    fi
    if ((SECONDS >= deadline)); then
      kafka_log_tail
      die "Kafka broker (pid $pid) not started after ${KAFKA_START_TIMEOUT_S}s (still running; stop it with: $0 down)"
    fi
    sleep 0.5
  done
}

kafka_log_tail() {
  local f
  for f in "$KAFKA_OUT" "$KAFKA_LOG"; do
    [[ -s "$f" ]] || continue
    echo "----- tail of $f -----" >&2
    tail -n 30 "$f" >&2
  done
}

kafka_up() {
  local pid launched=no
  if pid="$(kafka_pid)"; then
    log "Kafka broker already running (pid $pid)"
  else
    kafka_launch
    pid="$(<"$KAFKA_PID_FILE")"
    launched=yes
  fi
  kafka_wait_started "$pid" "$launched"
  log "Kafka broker ready on $HOST:$KAFKA_PORT (pid $pid)"
}

kafka_down() {
  local pid
  if ! pid="$(kafka_pid)"; then
    log "Kafka broker not running"
    port_open "$KAFKA_PORT" && log "note: port $KAFKA_PORT is served by $(port_owner "$KAFKA_PORT"), left alone"
    return 0
  fi
  log "stopping Kafka broker (pid $pid)"
  kill -TERM "$pid" 2>/dev/null || true
  local deadline=$((SECONDS + KAFKA_STOP_TIMEOUT_S))
  while kill -0 "$pid" 2>/dev/null; do
    if ((SECONDS >= deadline)); then
      log "Kafka broker still alive after ${KAFKA_STOP_TIMEOUT_S}s: SIGKILL"
      kill -KILL "$pid" 2>/dev/null || true
      break
    fi
    sleep 0.5
  done
  rm -f "$KAFKA_PID_FILE"
}

kafka_status_line() {
  local pid
  if pid="$(kafka_pid)" && port_open "$KAFKA_PORT"; then
    echo "Kafka:      running on $HOST:$KAFKA_PORT (pid $pid, log ${KAFKA_LOG#"$REPO_ROOT/"})"
  elif port_open "$KAFKA_PORT"; then
    echo "Kafka:      not running (port $KAFKA_PORT is served by $(port_owner "$KAFKA_PORT"))"
    return 1
  else
    echo "Kafka:      not running ($HOST:$KAFKA_PORT)"
    return 1
  fi
}

# ---------------------------------------------------------------------------------------------
# Subcommands
# ---------------------------------------------------------------------------------------------

cmd_up() {
  require_root up
  take_lock
  local start=$SECONDS
  pg_up
  kafka_up
  log "infrastructure up in $((SECONDS - start))s:"
  pg_status_line
  kafka_status_line
}

cmd_down() {
  require_root down
  take_lock
  kafka_down
  pg_down
}

cmd_kafka_stop() {
  require_root kafka-stop
  take_lock
  kafka_down
}

cmd_kafka_start() {
  require_root kafka-start
  take_lock
  kafka_up
}

cmd_status() {
  local rc=0
  pg_status_line || rc=1
  kafka_status_line || rc=1
  return "$rc"
}

# Creates each topic missing, and grows to KAFKA_PARTICIONES one that has fewer partitions. One
# describe for all of them (each tool call is a JVM start, ~2 s); a create or alter only when needed.
cmd_topics() {
  port_open "$KAFKA_PORT" || die "no Kafka broker on $HOST:$KAFKA_PORT (run: $0 up)"
  kafka_ensure_classpath
  local topic actuales lista
  local -A particiones=()
  lista="$(IFS='|'; echo "${KAFKA_TOPICS[*]}")"
  while read -r topic actuales; do
    particiones[$topic]=$actuales
  done < <(kafka_tool org.apache.kafka.tools.TopicCommand --bootstrap-server "$HOST:$KAFKA_PORT" \
             --describe --topic "^($lista)\$" 2>/dev/null |
           sed -n 's/^Topic: *\([^[:space:]]*\).*PartitionCount: *\([0-9]*\).*/\1 \2/p')
  for topic in "${KAFKA_TOPICS[@]}"; do
    actuales="${particiones[$topic]:-}"
    if [[ -z "$actuales" ]]; then
      kafka_tool org.apache.kafka.tools.TopicCommand --bootstrap-server "$HOST:$KAFKA_PORT" --create \
        --if-not-exists --topic "$topic" --partitions "$KAFKA_PARTICIONES" --replication-factor 1 >/dev/null
      log "topic $topic created with $KAFKA_PARTICIONES partitions"
    elif ((actuales < KAFKA_PARTICIONES)); then
      kafka_tool org.apache.kafka.tools.TopicCommand --bootstrap-server "$HOST:$KAFKA_PORT" --alter \
        --topic "$topic" --partitions "$KAFKA_PARTICIONES" >/dev/null
      log "topic $topic grown from $actuales to $KAFKA_PARTICIONES partitions"
    fi
  done
  log "topics of deploy/run.sh: ${KAFKA_TOPICS[*]} ($KAFKA_PARTICIONES partitions each)"
}

cmd_tail_topic() {
  [[ $# -ge 1 ]] || die "usage: $0 tail-topic <topic> [console-consumer args...]"
  local topic=$1
  shift
  port_open "$KAFKA_PORT" || die "no Kafka broker on $HOST:$KAFKA_PORT (run: $0 up)"
  kafka_ensure_classpath
  kafka_tool org.apache.kafka.tools.consumer.ConsoleConsumer \
    --bootstrap-server "$HOST:$KAFKA_PORT" --topic "$topic" --from-beginning \
    --property print.key=true --property print.headers=true "$@"
}

main() {
  local cmd="${1:-}"
  [[ $# -gt 0 ]] && shift
  case "$cmd" in
    up) cmd_up ;;
    down) cmd_down ;;
    status) cmd_status ;;
    kafka-stop) cmd_kafka_stop ;;
    kafka-start) cmd_kafka_start ;;
    pg-restart) cmd_pg_restart ;;
    topics) cmd_topics ;;
    tail-topic) cmd_tail_topic "$@" ;;
    *)
      echo "usage: $0 up | down | status | kafka-stop | kafka-start | pg-restart | topics | tail-topic <topic> [console-consumer args...]" >&2
      exit 2
      ;;
  esac
}

main "$@"
