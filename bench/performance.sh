#!/usr/bin/env bash
# The benchmark harness: L1 parse, L2 raw JDBC, L3 bare Drools, E2E over HTTP, backtest and the SQL window peer,
# KieBase build, start-up with seeds and heap per fact, on seeded synthetic trade sets of the given sizes.
# Usage: bench/performance.sh [rows...]   e.g. bench/performance.sh 100000 1000000 5000000
# BENCH_HEAP sets the maximum heap (default 8g; the 5,000,000-row point needs about 20g); BENCH_JAVA_OPTS adds JVM
# options, split at spaces (another collector, say: BENCH_JAVA_OPTS=-XX:+UseParallelGC).
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/classpath.sh
# H2's value cache off, as the service runs it (SanctionsWatchApplication), for the raw JDBC floor as well;
# BENCH_H2_OBJECT_CACHE=true turns it on for both.
read -ra java_opts <<<"${BENCH_JAVA_OPTS:-}"
exec java "-Dh2.objectCache=${BENCH_H2_OBJECT_CACHE:-false}" "-Xmx${BENCH_HEAP:-8g}" "${java_opts[@]}" -cp "$BENCH_CP" \
  org.sanctionswatch.observation.PerformanceBench "$@"
