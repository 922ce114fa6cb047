#!/usr/bin/env bash
# Runs every test: starts PostgreSQL and Kafka (deploy/infra.sh), then the Maven build with
# unit, @QuarkusTest and end-to-end tests against them. Extra arguments go to Maven.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/deploy/infra.sh" up
"$root/mvnw" -B -f "$root/pom.xml" verify "$@"
