#!/usr/bin/env bash
# Milliseconds to resolve the merge chains of 60,000, 300,000 and 600,000 clients (scales 1, 5 and 10) and to copy
# the survivors into a map of their own, three rounds each (MergeChainsBench, a test class): the maps are filled in
# another map's iteration order, which once made each insert walk a long probe run (10 s at 300,000 clients).
#
#   bench/merge-chains.sh [--jar target/switchover.jar]    # --jar: another build (its lib/ beside it), for before/after
#
# Needs `mvn -q -DskipTests test-compile package`.
set -euo pipefail
BENCH_DIR="$(cd "$(dirname "$0")" && pwd)"
REPO_DIR="$(dirname "$BENCH_DIR")"
JAR="$REPO_DIR/target/switchover.jar"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --jar) JAR="$2"; shift 2 ;;
    -h|--help) sed -n '2,8p' "$0"; exit 0 ;;
    *) echo "bench/merge-chains.sh: unknown argument $1 (see --help)" >&2; exit 2 ;;
  esac
done
echo "$JAR:"
java -cp "$REPO_DIR/target/test-classes:$JAR:$(dirname "$JAR")/lib/*" org.switchover.mapping.MergeChainsBench 60000 300000 600000
