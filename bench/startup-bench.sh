#!/usr/bin/env bash
# Start-up cost: `java -jar target/switchover.jar` against `bin/switchover` (the same jar with a class-data
# sharing archive per command), alternating, N runs each, for a no-op (--version) and a tiny dry run against the
# real servers. The launcher's first run of each command (which writes the archive) is made before and not timed.
#
#   bench/startup-bench.sh [--legacy-db lk_tiny] [--repeat 5]
#
# The legacy database must hold a small generated legacy (e.g. `switchover generate --scale 0.01`); a scratch
# PostgreSQL database is created for the dry runs and dropped at the end. Prints each run and the medians
# (whole command's wall and CPU seconds, and the dry run's startup / preflight / prepare / migration phases), and writes them as
# markdown to bench/startup-results.md.
set -euo pipefail

LEGACY_DB=lk_tiny
REPEAT=5
while [[ $# -gt 0 ]]; do
  case "$1" in
    --legacy-db) LEGACY_DB="$2"; shift 2 ;;
    --repeat) REPEAT="$2"; shift 2 ;;
    -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
    *) echo "bench/startup-bench.sh: unknown argument $1 (see --help)" >&2; exit 2 ;;
  esac
done

BENCH_DIR="$(cd "$(dirname "$0")" && pwd)"
REPO_DIR="$(dirname "$BENCH_DIR")"
JAR="$REPO_DIR/target/switchover.jar"
OUT="$BENCH_DIR/out/startup"
TARGET_DB="bench_startup_$$"
export SWITCHOVER_CDS_DIR="$OUT/cds"
rm -rf "$OUT" && mkdir -p "$OUT"
createdb -h 127.0.0.1 -U postgres "$TARGET_DB"
trap 'dropdb -h 127.0.0.1 -U postgres --if-exists "$TARGET_DB"' EXIT
DRY_RUN=(dry-run --project "$REPO_DIR" --legacy-url "jdbc:mysql://127.0.0.1:3306/$LEGACY_DB"
         --target-url "jdbc:postgresql://127.0.0.1:5432/$TARGET_DB" --quiet --report-dir "$OUT/report")

# one timed run: label, then the command; appends "label:whole", "label:cpu" (user + system seconds, which a
# busy machine disturbs less than wall time) and the phase lines to times.tsv
timed() {
  local label=$1; shift
  /usr/bin/time -o "$OUT/last.time" -f '%e %U %S' "$@" > "$OUT/last.out" 2>&1 || true
  local whole cpu
  whole=$(awk 'END {print $1}' "$OUT/last.time")  # after time's "exited with non-zero status" line
  cpu=$(awk 'END {printf "%.2f", $2 + $3}' "$OUT/last.time")
  printf '%s\t%s\n' "$label:whole" "$whole" "$label:cpu" "$cpu" >> "$OUT/times.tsv"
  awk -v l="$label" '/^phase [a-z]+ [0-9.]+ s$/ {printf "%s:%s\t%s\n", l, $2, $3}' "$OUT/last.out" >> "$OUT/times.tsv"
  echo "$label: $whole s wall, $cpu s CPU; $(grep '^phase' "$OUT/last.out" | tr '\n' ' ')"
}

# the launcher's first run of each command writes its archive; not timed
"$REPO_DIR/bin/switchover" --version > /dev/null
"$REPO_DIR/bin/switchover" "${DRY_RUN[@]}" > /dev/null 2>&1 || true
for ((i = 1; i <= REPEAT; i++)); do
  timed "java -jar, --version" java -jar "$JAR" --version
  timed "bin/switchover, --version" "$REPO_DIR/bin/switchover" --version
  timed "java -jar, tiny dry-run" java -jar "$JAR" "${DRY_RUN[@]}"
  timed "bin/switchover, tiny dry-run" "$REPO_DIR/bin/switchover" "${DRY_RUN[@]}"
done

median() { sort -g | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2}'; }
med() { awk -F'\t' -v k="$1" '$1 == k {print $2}' "$OUT/times.tsv" | median; }
{
  echo "# Start-up: java -jar against bin/switchover (AppCDS)"
  echo
  echo "Written by \`bench/startup-bench.sh --legacy-db $LEGACY_DB --repeat $REPEAT\` on $(date -u +%Y-%m-%d) ($(nproc) cores),"
  echo "medians of $REPEAT alternating runs; the tiny dry run migrates $LEGACY_DB against the real servers."
  echo
  echo "| command | java -jar s | bin/switchover s | ratio |"
  echo "|---|---|---|---|"
  for row in "--version:whole" "--version:cpu" "tiny dry-run:whole" "tiny dry-run:cpu" "tiny dry-run:startup" "tiny dry-run:preflight" "tiny dry-run:prepare" "tiny dry-run:migration" "tiny dry-run:reconciliation"; do
    what=${row%%:*} part=${row#*:}
    a=$(med "java -jar, $what:$part") b=$(med "bin/switchover, $what:$part")
    [[ -n "$a" && -n "$b" ]] || continue
    case $part in
      whole) name="$what (whole command, wall)" ;;
      cpu) name="$what (whole command, CPU user + system)" ;;
      *) name="$what: phase $part" ;;
    esac
    echo "| $name | $a | $b | $(awk -v a="$a" -v b="$b" 'BEGIN {printf "%.2f", (a > 0) ? b / a : 0}') |"
  done
} | tee "$BENCH_DIR/startup-results.md"
