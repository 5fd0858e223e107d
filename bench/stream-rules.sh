#!/usr/bin/env bash
# The rules alone under the stream benchmark's load: a bare Drools session on a rules folder fed the stream's series
# (seven watched trade flows each), firing after each, timing every 5,000 series. A block much slower than the one
# before it means a rule does work per new flow in proportion to the flows held.
# Usage: bench/stream-rules.sh [series, default 15000] [rules folder, default rules]
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/classpath.sh
exec java -Xmx4g -cp "$BENCH_CP" \
  org.sanctionswatch.observation.StreamRulesBench "$@"
