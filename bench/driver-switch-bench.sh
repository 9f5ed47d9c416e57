#!/usr/bin/env bash
# The legacy driver switch side by side: a build of the branch before it (OLD, MySQL Connector/J) against this
# one (MariaDB Connector/J), both given the same jdbc:mysql:// URL, runs alternating.
#   1. legacy reading alone (LegacyReadBench: every mapping's table through KeysetChunkReader), --read-repeat rounds,
#      its seconds and the JVM's user+system CPU seconds
#   2. full dry runs on --db, --repeat rounds, `phase migration` seconds and the JVM's user+system CPU seconds
#
#   bench/driver-switch-bench.sh --old /tmp/old-lookups [--db bench_legacy_s0_5] [--read-db bench_legacy_s1]
#                                [--repeat 3] [--read-repeat 3]
# Both trees need `mvn -q -DskipTests package` (jar, target/lib and test classes). Writes bench/driver-switch-results.md.
set -euo pipefail

OLD=""
DB=bench_legacy_s0_5
READ_DB=bench_legacy_s1
REPEAT=3
READ_REPEAT=3
while [[ $# -gt 0 ]]; do
  case "$1" in
    --old) OLD="$2"; shift 2 ;;
    --db) DB="$2"; shift 2 ;;
    --read-db) READ_DB="$2"; shift 2 ;;
    --repeat) REPEAT="$2"; shift 2 ;;
    --read-repeat) READ_REPEAT="$2"; shift 2 ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
    *) echo "bench/driver-switch-bench.sh: unknown argument $1 (see --help)" >&2; exit 2 ;;
  esac
done
[[ -n "$OLD" ]] || { echo "bench/driver-switch-bench.sh: --old DIR is required" >&2; exit 2; }

BENCH_DIR="$(cd "$(dirname "$0")" && pwd)"
NEW="$(dirname "$BENCH_DIR")"
HOST=127.0.0.1:3306
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
declare -A READ READ_CPU MIGRATION CPU

for ((round = 1; round <= READ_REPEAT; round++)); do
  for side in old new; do
    dir=$OLD; [[ $side == new ]] && dir=$NEW
    line=$(/usr/bin/time -f "cpu %U %S" -o "$WORK/time" java -Xmx512m -cp "$dir/target/classes:$dir/target/test-classes:$dir/target/lib/*" \
      org.switchover.extract.LegacyReadBench "$NEW" "jdbc:mysql://$HOST/$READ_DB" 5000 2>&1 | tail -1)
    cpu=$(awk '/^cpu/ {print $2 + $3}' "$WORK/time")
    READ[$side]="${READ[$side]:-} $(sed -n 's/.* in \([0-9.]*\) s$/\1/p' <<< "$line")"
    READ_CPU[$side]="${READ_CPU[$side]:-} $cpu"
    echo "read round $round $side: $line, JVM CPU $cpu s"
  done
done

for ((round = 1; round <= REPEAT; round++)); do
  for side in old new; do
    dir=$OLD; [[ $side == new ]] && dir=$NEW
    target="drvbench_${side}_$$_$round"
    createdb -h 127.0.0.1 -U postgres "$target"
    /usr/bin/time -f "cpu %U %S" -o "$WORK/time" java -jar "$dir/target/switchover.jar" dry-run --project "$NEW" \
      --legacy-url "jdbc:mysql://$HOST/$DB" --target-url "jdbc:postgresql://127.0.0.1:5432/$target" --quiet \
      --report-dir "$WORK/report-$side-$round" > "$WORK/out" 2>&1 || true
    dropdb -h 127.0.0.1 -U postgres "$target"
    seconds=$(sed -n 's/^phase migration \([0-9.]*\) s$/\1/p' "$WORK/out")
    cpu=$(awk '/^cpu/ {print $2 + $3}' "$WORK/time")
    MIGRATION[$side]="${MIGRATION[$side]:-} $seconds"
    CPU[$side]="${CPU[$side]:-} $cpu"
    echo "dry run round $round $side: phase migration $seconds s, CPU $cpu s, $(grep -m1 '^total' "$WORK/out" | tr -s ' ' || true)"
  done
done

median() { tr ' ' '\n' | grep . | sort -g | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2}'; }
ratio() { awk -v n="$1" -v o="$2" 'BEGIN {printf "%.2f", n / o}'; }
{
  echo "# Legacy driver switch: MySQL Connector/J (old) against MariaDB Connector/J 3.5.6 (new)"
  echo
  echo "Written by \`bench/driver-switch-bench.sh --db $DB --read-db $READ_DB --repeat $REPEAT --read-repeat $READ_REPEAT\`"
  echo "on $(date -u +%Y-%m-%d) ($(nproc) cores, shared). Same jdbc:mysql:// URL for both; runs alternate old/new."
  echo
  echo "| measure | old (runs) | new (runs) | old median | new median | new/old |"
  echo "|---|---|---|---|---|---|"
  for m in READ READ_CPU MIGRATION CPU; do
    declare -n values=$m
    case $m in
      READ) label="legacy read alone, $READ_DB, s" ;;
      READ_CPU) label="legacy read alone, $READ_DB, JVM user+system CPU, s" ;;
      MIGRATION) label="dry run $DB, phase migration, s" ;;
      CPU) label="dry run $DB, JVM user+system CPU, s" ;;
    esac
    o=$(median <<< "${values[old]}"); n=$(median <<< "${values[new]}")
    echo "| $label |${values[old]} |${values[new]} | $o | $n | $(ratio "$n" "$o") |"
  done
} | tee "$BENCH_DIR/driver-switch-results.md"
