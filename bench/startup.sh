#!/usr/bin/env bash
# Cold start-up benchmark: the packaged jar, a fresh data folder each run, seeds on; seconds from launching the JVM
# until /actuator/health answers and the seeds are loaded. Usage: bench/startup.sh [runs, default 3] [port, 18080]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
port=${2:-18080}
mvn -B -q -DskipTests package
jar=$(ls target/sanctions-watch-*.jar | grep -v original | head -1)
here=$(pwd)
for run in $(seq 1 "$runs"); do
  dir=$(mktemp -d)
  start=$(date +%s.%N)
  java -jar "$jar" --server.port="$port" --sanctionswatch.data-dir="$dir/data" \
    --sanctionswatch.rules.dir="$here/rules" --sanctionswatch.seeds.dir="$here/seeds" >"$dir/log.txt" 2>&1 &
  pid=$!
  ready=""
  for _ in $(seq 1 1200); do
    if grep -q "Seeds .*accepted" "$dir/log.txt" 2>/dev/null \
        && curl -s -o /dev/null "http://localhost:$port/actuator/health"; then
      ready=$(echo "$(date +%s.%N) - $start" | bc)
      break
    fi
    sleep 0.05
  done
  kill "$pid"
  wait "$pid" 2>/dev/null || true
  echo "run $run: ${ready:-not ready after 60 s} s"
  rm -rf "$dir"
done
