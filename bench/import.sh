#!/usr/bin/env bash
# Import benchmark: L1 parse, L2 raw JDBC, L3 bare Drools, E2E over HTTP, on the same files in one run.
# Usage: bench/import.sh [parameters.json] [csv files...]   (default: rules/parameters.json and the ten real
# UN Comtrade files in ../shared/realdata/comtrade-hs27)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/classpath.sh
# H2's value cache off, as the service runs it (SanctionsWatchApplication), for the raw JDBC floor as well;
# BENCH_H2_OBJECT_CACHE=true turns it on for both.
exec java "-Dh2.objectCache=${BENCH_H2_OBJECT_CACHE:-false}" -Xmx4g -cp "$BENCH_CP" \
  org.sanctionswatch.observation.ImportBench "$@"
