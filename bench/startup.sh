#!/usr/bin/env bash
# Cold start-up benchmark, seeds on, a fresh data folder each run: seconds from launching the JVM until
# /actuator/health answers and the seeds are loaded. Alternates the packaged jar (`java -jar`) with `bin/start` (the
# extracted jar and its class-data archive, prepared once before the first timed run).
# Usage: bench/startup.sh [runs of each, default 3] [port, 18080]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
port=${2:-18080}
mvn -B -q -DskipTests package
jar=$(ls target/sanctions-watch-*.jar | grep -v original | head -1)
here=$(pwd)

# Prepares bin/start's archive without timing it: the preparation stops at its training start.
prepared=$(mktemp -d)
bin/start --server.port="$port" --sanctionswatch.data-dir="$prepared/data" --sanctionswatch.seeds.enabled=false \
  >"$prepared/log.txt" 2>&1 &
pid=$!
for _ in $(seq 1 6000); do
  [ -f target/fast-start/jvm.txt ] && curl -s -o /dev/null "http://localhost:$port/actuator/health" && break
  kill -0 "$pid" 2>/dev/null || { cat "$prepared/log.txt" >&2; echo "bin/start failed to prepare" >&2; exit 1; }
  sleep 0.05
done
kill "$pid" 2>/dev/null || true
wait "$pid" 2>/dev/null || true
rm -rf "$prepared"

time_start() { # label, then the command line that starts the service
  local label=$1
  shift
  local dir
  dir=$(mktemp -d)
  local start
  start=$(date +%s.%N)
  "$@" --server.port="$port" --sanctionswatch.data-dir="$dir/data" --sanctionswatch.rules.dir="$here/rules" \
    --sanctionswatch.seeds.dir="$here/seeds" >"$dir/log.txt" 2>&1 &
  local pid=$!
  local ready=""
  for _ in $(seq 1 1200); do
    if grep -q "Seeds .*accepted" "$dir/log.txt" 2>/dev/null \
        && curl -s -o /dev/null "http://localhost:$port/actuator/health"; then
      ready=$(echo "$(date +%s.%N) - $start" | bc)
      break
    fi
    sleep 0.05
  done
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  echo "$label: ${ready:-not ready after 60 s} s"
  rm -rf "$dir"
}

for run in $(seq 1 "$runs"); do
  time_start "run $run, java -jar" java -jar "$jar"
  time_start "run $run, bin/start" bin/start
done
