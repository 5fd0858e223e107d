#!/usr/bin/env bash
# The rules alone under the stream benchmark's load: a bare Drools session on a rules folder fed the stream's series
# (seven watched trade flows each), firing after each, timing every 5,000 series. A block much slower than the one
# before it means a rule does work per new flow in proportion to the flows held.
# Usage: bench/stream-rules.sh [series, default 15000] [rules folder, default rules]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -DskipTests test-compile
mvn -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath >/dev/null
exec java -Xmx4g -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  org.sanctionswatch.observation.StreamRulesBench "$@"
