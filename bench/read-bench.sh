#!/usr/bin/env bash
# Legacy reading in isolation: every mapping's legacy table read through KeysetChunkReader (the run's reader
# path, no transform or load) by LegacyReadBench, once per driver/setting variant, alternating, N rounds.
#
#   bench/read-bench.sh [--db bench_legacy_s1] [--repeat 3] [--limit 90]
#
# Variants: MySQL Connector/J as the run uses it (text protocol, client-side prepared keyset queries of 5,000
# rows, each chunk fully buffered), the same with 20,000-row chunks, Connector/J's binary protocol
# (useServerPrepStmts) and its cursor fetch (useCursorFetch, 1,000 rows a fetch), and MariaDB Connector/J
# (text, then binary). Needs `mvn -q -DskipTests test-compile` and, for MariaDB's driver,
# `mvn dependency:get -Dartifact=org.mariadb.jdbc:mariadb-java-client:$MARIADB_VERSION`.
# Since the toolkit reads the legacy with MariaDB Connector/J (db/Databases hands it jdbc:mysql: URLs as jdbc:mariadb:),
# the "Connector/J" variants below run on MariaDB's driver too: bench/driver-switch-bench.sh compares against an older build.
# A run over --limit seconds is stopped, and its variant not run again. Prints each run and the medians, and
# writes them as markdown to bench/driver-results.md.
set -euo pipefail

DB=bench_legacy_s1
REPEAT=3
LIMIT=90
MARIADB_VERSION=3.5.6
while [[ $# -gt 0 ]]; do
  case "$1" in
    --db) DB="$2"; shift 2 ;;
    --repeat) REPEAT="$2"; shift 2 ;;
    --limit) LIMIT="$2"; shift 2 ;;
    -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
    *) echo "bench/read-bench.sh: unknown argument $1 (see --help)" >&2; exit 2 ;;
  esac
done

BENCH_DIR="$(cd "$(dirname "$0")" && pwd)"
REPO_DIR="$(dirname "$BENCH_DIR")"
HOST=127.0.0.1:3306
MARIADB_JAR="$HOME/.m2/repository/org/mariadb/jdbc/mariadb-java-client/$MARIADB_VERSION/mariadb-java-client-$MARIADB_VERSION.jar"
CP="$REPO_DIR/target/classes:$REPO_DIR/target/test-classes:$REPO_DIR/target/lib/*"
[[ -d "$REPO_DIR/target/test-classes" ]] || { echo "bench/read-bench.sh: run mvn -q -DskipTests test-compile first" >&2; exit 2; }

# name | URL | rows per chunk
VARIANTS=(
  "Connector/J text, 5,000-row chunks (current)|jdbc:mysql://$HOST/$DB|5000"
  "Connector/J text, 20,000-row chunks|jdbc:mysql://$HOST/$DB|20000"
  "Connector/J binary (useServerPrepStmts)|jdbc:mysql://$HOST/$DB?useServerPrepStmts=true&cachePrepStmts=true|5000"
  "Connector/J cursor fetch (useCursorFetch, 1,000 a fetch)|jdbc:mysql://$HOST/$DB?useServerPrepStmts=true&useCursorFetch=true&defaultFetchSize=1000|5000"
)
if [[ -f "$MARIADB_JAR" ]]; then
  VARIANTS+=(
    "MariaDB Connector/J $MARIADB_VERSION text|jdbc:mariadb://$HOST/$DB|5000"
    "MariaDB Connector/J $MARIADB_VERSION binary (useServerPrepStmts)|jdbc:mariadb://$HOST/$DB?useServerPrepStmts=true|5000"
  )
else
  echo "bench/read-bench.sh: no $MARIADB_JAR, MariaDB Connector/J left out" >&2
fi

declare -A TIMES TIMED_OUT
for ((round = 1; round <= REPEAT; round++)); do
  for variant in "${VARIANTS[@]}"; do
    IFS='|' read -r name url rows <<< "$variant"
    [[ -z "${TIMED_OUT[$name]:-}" ]] || continue # once over the limit, not run again
    if line=$(timeout "$LIMIT" java -Xmx512m -cp "$CP:$MARIADB_JAR" org.switchover.extract.LegacyReadBench "$REPO_DIR" "$url" "$rows" 2>&1 | tail -1); then
      seconds=$(sed -n 's/.* in \([0-9.]*\) s$/\1/p' <<< "$line")
    fi
    if [[ -z "${seconds:-}" ]]; then
      TIMED_OUT[$name]=1
      line="over the ${LIMIT} s limit (or failed: $line)"
    else
      TIMES[$name]="${TIMES[$name]:-} $seconds"
    fi
    seconds=""
    echo "round $round: $name: $line"
  done
done

median() { tr ' ' '\n' | grep . | sort -g | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2}'; }
base=""
{
  echo "# Legacy reading: drivers, protocol, chunk size"
  echo
  echo "Written by \`bench/read-bench.sh --db $DB --repeat $REPEAT\` on $(date -u +%Y-%m-%d) ($(nproc) cores)."
  echo "Every mapping's legacy table read through KeysetChunkReader, no transform or load; runs alternate."
  echo
  echo "| variant | seconds (runs) | median s | vs current |"
  echo "|---|---|---|---|"
  for variant in "${VARIANTS[@]}"; do
    IFS='|' read -r name url rows <<< "$variant"
    if [[ -n "${TIMED_OUT[$name]:-}" && -z "${TIMES[$name]:-}" ]]; then
      echo "| $name | over ${LIMIT} s | – | – |"
      continue
    fi
    med=$(median <<< "${TIMES[$name]}")
    [[ -n "$base" ]] || base=$med
    echo "| $name |${TIMES[$name]}${TIMED_OUT[$name]:+ (then over ${LIMIT} s)} | $med | $(awk -v m="$med" -v b="$base" 'BEGIN {printf "%.2f", m / b}') |"
  done
} | tee "$BENCH_DIR/driver-results.md"
