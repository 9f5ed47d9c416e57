#!/usr/bin/env bash
# Heap retained by the run's lookup maps (merge chains, survivors, person ids, every target table the mappings
# reference), measured by LookupMemoryBench after full GCs: with the parallel collector (exact object sizes) and
# with G1 (the default; arrays over half a region are humongous and take whole regions).
#
#   bench/lookup-memory.sh --legacy-db bench_legacy_s1 --target-db DB [--jar target/switchover.jar]
#
# DB is a PostgreSQL database a dry run of that legacy database has loaded (the maps are read from its csc).
# --jar measures another build (its lib/ beside it), e.g. a copy of an earlier one, for before/after figures.
# Needs `mvn -q -DskipTests package` (LookupMemoryBench is a test class).
set -euo pipefail
BENCH_DIR="$(cd "$(dirname "$0")" && pwd)"
REPO_DIR="$(dirname "$BENCH_DIR")"
LEGACY_DB="" TARGET_DB="" JAR="$REPO_DIR/target/switchover.jar"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --legacy-db) LEGACY_DB="$2"; shift 2 ;;
    --target-db) TARGET_DB="$2"; shift 2 ;;
    --jar) JAR="$2"; shift 2 ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
    *) echo "bench/lookup-memory.sh: unknown argument $1 (see --help)" >&2; exit 2 ;;
  esac
done
[[ -n "$LEGACY_DB" && -n "$TARGET_DB" ]] || { echo "bench/lookup-memory.sh: --legacy-db and --target-db are needed (see --help)" >&2; exit 2; }
for gc in ParallelGC G1GC; do
  echo "$gc, $JAR:"
  java -XX:+Use$gc -Xmx2g -cp "$REPO_DIR/target/test-classes:$JAR" org.switchover.mapping.LookupMemoryBench "$REPO_DIR" \
      "jdbc:mysql://127.0.0.1:3306/$LEGACY_DB" "jdbc:postgresql://127.0.0.1:5432/$TARGET_DB"
done
