#!/usr/bin/env bash
# Runs every test: starts PostgreSQL and Kafka (deploy/infra.sh), then the Maven build with
# unit, @QuarkusTest and end-to-end tests against them. The suite includes capture-service's
# outbox drill, which stops and restarts the project's own broker: modules run one after
# another here, so no other test needs it meanwhile. Extra arguments go to Maven.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/deploy/infra.sh" up
"$root/mvnw" -B -f "$root/pom.xml" verify -Dpbr.test.detener-kafka=true "$@"
