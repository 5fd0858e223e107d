# Sourced by the bench scripts: compiles the test sources and sets BENCH_CP to the classpath their mains run on.
./mvnw -B -q -DskipTests test-compile
./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath >/dev/null
BENCH_CP="target/test-classes:target/classes:$(cat target/bench.classpath)"
