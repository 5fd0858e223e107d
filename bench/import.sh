#!/usr/bin/env bash
# Import benchmark: L1 parse, L2 raw JDBC, L3 bare Drools, E2E over HTTP, on the same files in one run.
# Usage: bench/import.sh [parameters.json] [csv files...]   (default: rules/parameters.json and the ten real
# UN Comtrade files in ../shared/realdata/comtrade-hs27)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -DskipTests test-compile
mvn -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath >/dev/null
exec java -Xmx4g -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  org.sanctionswatch.observation.ImportBench "$@"
