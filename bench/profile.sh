#!/usr/bin/env bash
# One profiled switchover dry run: CPU seconds per process (the JVM, PostgreSQL's processes, MariaDB) over
# the run, and where the JVM spends its CPU (a JFR recording, samples grouped by the first frame from the
# top that belongs to a known part: legacy decoding, transforming, COPY encoding, the drivers, Camel...).
#
#   bench/profile.sh --legacy-url URL --target-url URL --out DIR [--checkout DIR] [-- JAVA_OPTION...]
#
# --checkout: the built checkout to run (its target/switchover.jar and its project files); default this one.
#
# The target database must exist and be empty. Prints a markdown section; keeps the recording in DIR.
set -euo pipefail

LEGACY_URL="" TARGET_URL="" DIR="" CHECKOUT="$(cd "$(dirname "$0")/.." && pwd)"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --legacy-url) LEGACY_URL="$2"; shift 2 ;;
    --target-url) TARGET_URL="$2"; shift 2 ;;
    --out) DIR="$2"; shift 2 ;;
    --checkout) CHECKOUT="$(cd "$2" && pwd)"; shift 2 ;;
    --) shift; break ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
    *) echo "bench/profile.sh: unknown argument $1 (see --help)" >&2; exit 2 ;;
  esac
done
[[ -n "$LEGACY_URL" && -n "$TARGET_URL" && -n "$DIR" ]] || { echo "bench/profile.sh: --legacy-url, --target-url and --out are required" >&2; exit 2; }
REPO_DIR="$CHECKOUT"
JAR="$REPO_DIR/target/switchover.jar"
mkdir -p "$DIR"
# Java 17's jfr tool has no 'view'; a newer JDK's reads the same recording.
JFR_VIEW="$(ls /usr/lib/jvm/*/bin/jfr 2>/dev/null | while read -r tool; do "$tool" help view >/dev/null 2>&1 && echo "$tool"; done | head -1)"

ticks_per_second=$(getconf CLK_TCK)
# utime + stime of every process named $1, plus what its reaped children used (the postmaster collects its
# backends' time when they exit), in clock ticks.
cpu_ticks() {
  local total=0 pid stat
  for pid in $(pgrep -x "$1" || true); do
    stat=$(cat "/proc/$pid/stat" 2>/dev/null) || continue
    stat="${stat##*) }" # the fields after the command name, which may hold spaces
    total=$((total + $(awk '{print $12 + $13 + $14 + $15}' <<<"$stat")))
  done
  echo "$total"
}

pg_before=$(cpu_ticks postgres); my_before=$(cpu_ticks mariadbd)
started=$(date +%s.%N)
/usr/bin/time -v -o "$DIR/jvm.time" java "$@" -XX:StartFlightRecording=filename="$DIR/switchover.jfr",settings=profile \
  -jar "$JAR" dry-run --project "$REPO_DIR" --legacy-url "$LEGACY_URL" --target-url "$TARGET_URL" --quiet \
  --report-dir "$DIR/report" >"$DIR/switchover.out" 2>"$DIR/switchover.err" || [[ $? == 1 ]] # 1 is a NO_GO verdict
ended=$(date +%s.%N)
pg_after=$(cpu_ticks postgres); my_after=$(cpu_ticks mariadbd)
wall=$(awk -v a="$started" -v b="$ended" 'BEGIN {printf "%.2f", b - a}')
jvm=$(awk -F': ' '/User time|System time/ {s += $2} END {printf "%.2f", s}' "$DIR/jvm.time")
pg=$(awk -v a="$pg_before" -v b="$pg_after" -v t="$ticks_per_second" 'BEGIN {printf "%.2f", (b - a) / t}')
my=$(awk -v a="$my_before" -v b="$my_after" -v t="$ticks_per_second" 'BEGIN {printf "%.2f", (b - a) / t}')

# the same figures, one per line, for bench/steps.sh
{
  echo -e "wall\t$wall"; echo -e "jvm_cpu\t$jvm"; echo -e "pg_cpu\t$pg"; echo -e "mariadb_cpu\t$my"
  grep -E '^phase ' "$DIR/switchover.out" | awk '{printf "phase_%s\t%s\n", $2, $3}'
} >"$DIR/summary.tsv"

echo "### Profile: one switchover dry run with JFR (not in the medians)"
echo
echo "Wall $wall s on $(nproc) cores ($(awk -v w="$wall" -v n="$(nproc)" 'BEGIN {printf "%.1f", w * n}') CPU-seconds available). Phases: $(grep -E '^phase ' "$DIR/switchover.out" | awk '{printf "%s%s %s s", sep, $2, $3; sep = ", "}')."
echo
echo "| process | CPU s | share of the CPU used |"
echo "|---|---:|---:|"
awk -v j="$jvm" -v p="$pg" -v m="$my" 'BEGIN { t = j + p + m
  printf "| switchover JVM | %.2f | %.0f %% |\n| PostgreSQL (all its processes) | %.2f | %.0f %% |\n| MariaDB | %.2f | %.0f %% |\n",
    j, 100 * j / t, p, 100 * p / t, m, 100 * m / t }'
echo
echo "JVM CPU samples by part (the first frame from the top of the stack that belongs to one):"
echo
echo "| part | samples | share |"
echo "|---|---:|---:|"
jfr print --events jdk.ExecutionSample --stack-depth 64 "$DIR/switchover.jfr" | awk '
  function part(frame) {
    if (frame ~ /^org\.switchover\.extract\.|^com\.mysql\.|^org\.mariadb\./) return "legacy reading and decoding (extract, driver)"
    if (frame ~ /^org\.switchover\.load\./) return "COPY encoding and loading (load)"
    if (frame ~ /^org\.postgresql\./) return "PostgreSQL driver"
    if (frame ~ /^org\.switchover\.(transform|mapping|codemap|pipeline)\./) return "transforming (transform, mapping, code maps)"
    if (frame ~ /^org\.switchover\.(reconcile|returns|census)\./) return "reconciliation and returns"
    if (frame ~ /^org\.switchover\.(schema|db|config|cli|files|project|fingerprint|preflight)\./) return "start-up and checks (schema, config, fingerprint)"
    if (frame ~ /^org\.switchover\.run\./) return "run bookkeeping (run)"
    if (frame ~ /^org\.apache\.camel\./) return "Camel"
    if (frame ~ /^org\.flywaydb\./) return "Flyway"
    if (frame ~ /^org\.switchover\./) return "other switchover"
    return ""
  }
  /stackTrace = \[/ { inside = 1; found = ""; top = ""; next }
  inside && /^[[:space:]]*\]/ { inside = 0; name = found != "" ? found : "other (" top ")"; count[name]++; total++; next }
  inside {
    frame = $1
    if (top == "") { top = frame; sub(/\.[^.]*\(.*$/, "", top); sub(/\.[^.]*$/, "", top) }
    if (found == "") found = part(frame)
  }
  END { for (name in count) printf "%d\t%s\n", count[name], name }' \
  | sort -t$'\t' -k1,1nr | head -12 | tee "$DIR/parts.tsv" | awk -F'\t' -v t=0 '{line[NR] = $0; t += $1} END {
      for (i = 1; i <= NR; i++) { split(line[i], f, "\t"); printf "| %s | %d | %.0f %% |\n", f[2], f[1], 100 * f[1] / t } }'
if [[ -n "$JFR_VIEW" ]]; then
  echo
  echo "Hot methods (top frames, \`jfr view hot-methods\`):"
  echo
  echo '```'
  "$JFR_VIEW" view --width 140 hot-methods "$DIR/switchover.jfr" | sed -n '1,20p'
  echo '```'
fi
