#!/usr/bin/env bash
# LOG-001 under a long history: daily rail counts at five crossings in a bare session on the real rules folder.
# Usage: bench/rail-rules.sh [years, default 10]
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/classpath.sh
exec java -Xmx2g -cp "$BENCH_CP" org.sanctionswatch.rules.RailRulesBench "$@"
