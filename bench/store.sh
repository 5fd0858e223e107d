#!/usr/bin/env bash
# Storing alone: the same synthetic trade rows by raw JDBC in one transaction, with the observations' keys kept each
# way (a unique index as before V9, a key table per part, in runs as the store does, none) and each row's payload
# as the service writes it (FULL, the default) or empty (EMPTY: what the row costs without its bytes); every
# combination once a run, two runs.
# Usage: bench/store.sh [rows, default 1000000] [UNIQUE_INDEX|PER_PART|RUNS|NONE ...] [FULL|EMPTY ...]
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/classpath.sh
# H2's value cache off, as the service runs it (SanctionsWatchApplication), for the raw JDBC floor as well;
# BENCH_H2_OBJECT_CACHE=true turns it on for both.
exec java "-Dh2.objectCache=${BENCH_H2_OBJECT_CACHE:-false}" -Xmx8g -cp "$BENCH_CP" org.sanctionswatch.observation.StoreBench "$@"
