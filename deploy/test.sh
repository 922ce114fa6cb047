#!/usr/bin/env bash
# Runs every test: the contract checks of the committed OpenAPI specs (Redocly lint, TypeScript
# types type-checked with tsc: deploy/contracts/check.sh), then starts PostgreSQL and Kafka
# (deploy/infra.sh) and runs the Maven build with unit, @QuarkusTest and end-to-end tests against
# them, the fault drills last. The drills (and capture-service's outbox test) stop and restart
# the project's own broker and database: modules run one after another here, so no other test
# needs them meanwhile. Extra arguments go to Maven.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/deploy/contracts/check.sh"
"$root/deploy/infra.sh" up
"$root/mvnw" -B -f "$root/pom.xml" verify -Dpbr.test.detener-kafka=true "$@"
