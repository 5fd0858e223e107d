#!/usr/bin/env bash
# Storing alone on PostgreSQL beside H2 (PostgresBench): the same synthetic trade rows into the same tables, one
# transaction, by H2 in a file, by PostgreSQL with JDBC batches and by PostgreSQL's COPY, two runs in turn. Starts
# a PostgreSQL server of its own for the run (a new cluster in a temporary folder, on loopback, deleted afterwards),
# from the PostgreSQL binaries on this machine (pg_config --bindir, or /usr/lib/postgresql/*/bin). Run as root, the
# server runs as the postgres user.
# Usage: bench/postgres.sh [rows, default 1000000]   (BENCH_HEAP and BENCH_JAVA_OPTS as for bench/performance.sh;
# BENCH_JAVA_OPTS is split at spaces, so no option in it may hold one)
# The server accepts only its own user, with a password made up for the run, and keeps PostgreSQL's durable defaults (fsync, synchronous commit, a full WAL); it has 1 GB of shared
# buffers and room for 8 GB of WAL between checkpoints, so that a large load is not slowed by forced checkpoints.
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-1000000}
bin=$(pg_config --bindir 2>/dev/null || true)
if [ ! -x "$bin/initdb" ]; then
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
fi
[ -x "$bin/initdb" ] || { echo "no PostgreSQL server binaries found (install Debian's postgresql)" >&2; exit 1; }
as=()
if [ "$(id -u)" = 0 ]; then
  as=(runuser -u postgres --)
fi
source bench/classpath.sh
read -ra java_opts <<<"${BENCH_JAVA_OPTS:-}"
# Under /tmp, which the postgres user can reach (a TMPDIR under /root it could not).
cluster=$(mktemp -d -p /tmp)
port=$(( 20000 + RANDOM % 20000 ))
stop() {
  status=$?
  "${as[@]}" "$bin/pg_ctl" -D "$cluster/data" -m fast stop >/dev/null 2>&1 || true
  if [ "$status" != 0 ]; then
    cat "$cluster"/*.log >&2 2>/dev/null || true # what the server said, before its folder goes
  fi
  rm -rf "$cluster"
}
trap stop EXIT
password=$(od -An -tx1 -N16 /dev/urandom | tr -d ' \n')
echo "$password" >"$cluster/password"
[ ${#as[@]} -eq 0 ] || chown -R postgres "$cluster"
"${as[@]}" "$bin/initdb" -D "$cluster/data" -U bench --pwfile="$cluster/password" --auth-local=peer \
  --auth-host=scram-sha-256 >"$cluster/initdb.log"
rm "$cluster/password"
"${as[@]}" "$bin/pg_ctl" -D "$cluster/data" -l "$cluster/server.log" -w \
  -o "-p $port -k $cluster -c listen_addresses=127.0.0.1 -c shared_buffers=1GB -c max_wal_size=8GB" start >/dev/null
# The password goes by the environment, which other users cannot read (a command line they can).
BENCH_PG_PASSWORD="$password" java "-Dh2.objectCache=${BENCH_H2_OBJECT_CACHE:-false}" "-Xmx${BENCH_HEAP:-8g}" \
  "${java_opts[@]}" -cp "$BENCH_CP" org.sanctionswatch.observation.PostgresBench "$rows" \
  "jdbc:postgresql://127.0.0.1:$port/postgres?user=bench&reWriteBatchedInserts=true"
