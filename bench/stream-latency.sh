#!/usr/bin/env bash
# Stream latency benchmark: POST /api/observations at a steady rate, each raising one alert, and the time until that
# alert's event arrives on GET /api/alerts/stream (p50, p90, p99, max).
# Usage: bench/stream-latency.sh [requests per second, default 5] [seconds, default 30] [--separate]
# --separate runs the service in a process of its own (bin/start, seeds off, a fresh data folder) instead of in the
# client's JVM; the two still share this machine's cores. STREAM_BENCH_SERVICE_ARGS adds arguments to that service's
# command line (an experiment's setting, say), STREAM_BENCH_JAVA_OPTS to its JVM (a profiler, say); with it the
# client also prints the service's processor time over the measured seconds.
# STREAM_BENCH_WARMUP=S first sends S seconds of requests, not measured, at STREAM_BENCH_WARMUP_RATE (the measured
# rate unless set), so that the service's code is compiled: after a start under this load, this machine's JIT
# compiler keeps one core busy for minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
rate=${1:-5}
seconds=${2:-30}
source bench/classpath.sh
run_client() {
  java -Xmx2g -cp "$BENCH_CP" \
    org.sanctionswatch.alert.StreamLatencyBench "$rate" "$seconds"
}
if [ "${3:-}" != "--separate" ]; then
  run_client
  exit
fi

port=18090
dir=$(mktemp -d)
key="bench-$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')"
SANCTIONSWATCH_SECURITY_ADMIN_KEY="$key" JAVA_OPTS="-Xmx2g ${STREAM_BENCH_JAVA_OPTS:-}" bin/start --server.port="$port" \
  --sanctionswatch.data-dir="$dir/data" --sanctionswatch.seeds.enabled=false --logging.level.root=WARN \
  ${STREAM_BENCH_SERVICE_ARGS:-} >"$dir/service.log" 2>&1 &
service=$!
trap 'kill "$service" 2>/dev/null || true; wait "$service" 2>/dev/null || true; rm -rf "$dir"' EXIT
ready=""
for _ in $(seq 1 6000); do
  curl -s -o /dev/null "http://localhost:$port/actuator/health" && ready=yes && break
  kill -0 "$service" 2>/dev/null || break
  sleep 0.05
done
if [ -z "$ready" ]; then
  cat "$dir/service.log" >&2
  echo "the service did not start" >&2
  exit 1
fi
STREAM_BENCH_URL="http://localhost:$port" STREAM_BENCH_KEY="$key" STREAM_BENCH_SERVICE_PID="$service" run_client
