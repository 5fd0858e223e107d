#!/usr/bin/env bash
# A theatre's history, ten years monthly (GET /api/escalation/{theatre}/history), against one bare session judging
# the same observations once: the seeds and the synthetic HS 2713 fixture, its series copied for more exporters.
# Usage: bench/history.sh [copies of the trade series, default 0]
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/classpath.sh
exec java -Xmx2g -cp "$BENCH_CP" org.sanctionswatch.observation.HistoryBench "$@"
