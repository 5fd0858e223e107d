#!/usr/bin/env bash
# Stream latency benchmark: POST /api/observations at a steady rate, each raising one alert, and the time until that
# alert's event arrives on GET /api/alerts/stream (p50, p90, p99, max).
# Usage: bench/stream-latency.sh [requests per second, default 5] [seconds, default 30]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -DskipTests test-compile
mvn -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath >/dev/null
exec java -Xmx2g -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  org.sanctionswatch.alert.StreamLatencyBench "$@"
