#!/usr/bin/env bash
# Heap while event time moves on: the service in-process, retention off and then on, a month of trade series, port
# calls and rail counts a load; what the session holds and what the heap keeps after each year.
# Usage: bench/retention.sh [years, default 10] [series, default 2000] [port calls a day, default 20]
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/classpath.sh
exec java "-Xmx${BENCH_HEAP:-4g}" -cp "$BENCH_CP" \
  org.sanctionswatch.observation.RetentionBench "$@"
