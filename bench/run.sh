#!/usr/bin/env bash
# Benchmark: switchover's dry run against pgloader and a plain copy ceiling, on the same legacy data.
#
#   bench/run.sh [--scale S] [--repeat N] [--seed N] [--reuse-data]
#
# Generates legacy data at scale S into a scratch MariaDB database (bench_legacy_sS) on
# 127.0.0.1:3306 (root), then runs, alternating, N times each:
#   (a) pgloader: the legacy tables as they are into a scratch PostgreSQL database, no transformation;
#   (b) the copy ceiling: per table `mariadb --quick -B -N -e 'SELECT *' | psql -c '\copy ... FROM STDIN'`
#       into plain tables, as many tables at once as there are cores;
#   (c) switchover dry-run (java -Xmx512m), its phases read from the "phase NAME SECONDS s" lines it prints.
# Prints medians (wall time, rows/s, MB/s, peak RSS) and the ratios, and writes them as markdown to
# bench/results.md. Scratch files go to bench/out/ (ignored by git); scratch databases are dropped at the end.
set -euo pipefail

SCALE=1
REPEAT=3
SEED=20190131
REUSE=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    --scale) SCALE="$2"; shift 2 ;;
    --repeat) REPEAT="$2"; shift 2 ;;
    --seed) SEED="$2"; shift 2 ;;
    --reuse-data) REUSE=1; shift ;;
    -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
    *) echo "bench/run.sh: unknown argument $1 (see --help)" >&2; exit 2 ;;
  esac
done
if (( REPEAT < 1 )); then echo "bench/run.sh: --repeat must be at least 1" >&2; exit 2; fi

BENCH_DIR="$(cd "$(dirname "$0")" && pwd)"
REPO_DIR="$(dirname "$BENCH_DIR")"
OUT="$BENCH_DIR/out/scale-$SCALE"
JAR="$REPO_DIR/target/switchover.jar"
MY_HOST=127.0.0.1 MY_PORT=3306
PG_HOST=127.0.0.1 PG_PORT=5432
TAG="s${SCALE//./_}"
LEGACY_DB="bench_legacy_$TAG"
PGLOADER_DB="bench_pgloader_$TAG"
CEILING_DB="bench_ceiling_$TAG"
SWITCHOVER_DB="bench_switchover_$TAG"
# C1 only and the serial collector: on 2 cores, C2 compiling ~7,000 methods (Camel, Flyway, the drivers)
# costs more CPU than its faster code wins back in a run of this length, and G1's concurrent threads compete
# with the databases. Measured side by side (medians of 3, scale 1): migration phase 19.2 s default flags,
# 14.9 s C1 only, 14.2 s C1 only + serial GC; the JVM's CPU time (whole command) 30.8 s, 18.0 s, 15.6 s.
JAVA_OPTS=(-Xmx512m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC)
CORES="$(nproc)"

my() { mariadb -h "$MY_HOST" -P "$MY_PORT" -u root "$@"; }
pg() { psql -q -X -v ON_ERROR_STOP=1 -h "$PG_HOST" -p "$PG_PORT" -U postgres "$@"; }
log() { echo "[bench $(date +%H:%M:%S)] $*" >&2; }

ensure_tools() {
  local missing=()
  command -v pgloader >/dev/null || missing+=(pgloader)
  [[ -x /usr/bin/time ]] || missing+=(time)
  if (( ${#missing[@]} )); then
    log "installing ${missing[*]} with apt-get"
    apt-get install -y -q "${missing[@]}" >"$OUT/apt.log" 2>&1 \
      || { echo "bench/run.sh: apt-get install ${missing[*]} failed, see $OUT/apt.log" >&2; exit 1; }
  fi
  for tool in mariadb psql java; do
    command -v "$tool" >/dev/null || { echo "bench/run.sh: $tool is not installed" >&2; exit 1; }
  done
  if [[ ! -f "$JAR" ]]; then
    log "building $JAR"
    (cd "$REPO_DIR" && mvn -q -DskipTests package)
  fi
}

# A new empty database, and a CHECKPOINT so that no tool pays for the WAL the previous one wrote.
fresh_pg_db() {
  pg -d postgres -c "DROP DATABASE IF EXISTS $1" -c "CREATE DATABASE $1" -c "CHECKPOINT" 2>/dev/null
}

generate() {
  if (( REUSE )) && [[ -n "$(my -N -B -e "SHOW DATABASES LIKE '$LEGACY_DB'")" ]]; then
    log "reusing legacy data in $LEGACY_DB"
    return
  fi
  log "generating legacy data at scale $SCALE into $LEGACY_DB"
  my -e "DROP DATABASE IF EXISTS $LEGACY_DB; CREATE DATABASE $LEGACY_DB"
  java -jar "$JAR" legacy-schema --project "$REPO_DIR" --legacy-url "jdbc:mysql://$MY_HOST:$MY_PORT/$LEGACY_DB" >/dev/null
  java -jar "$JAR" generate --legacy-url "jdbc:mysql://$MY_HOST:$MY_PORT/$LEGACY_DB" --scale "$SCALE" --seed "$SEED" \
    --ground-truth "$OUT/ground-truth.json" >"$OUT/generate.log"
}

# Legacy rows and the size of the data as tab-separated text (what every tool has to move).
measure_data() {
  TABLES=($(my -N -B -e "SET @db='$LEGACY_DB'; $(cat "$BENCH_DIR/sql/table-rows.sql")"))
  ROWS=0 BYTES=0
  for table in "${TABLES[@]}"; do
    ROWS=$((ROWS + $(my -N -B "$LEGACY_DB" -e "SELECT COUNT(*) FROM \`$table\`")))
    BYTES=$((BYTES + $(my --quick -B -N "$LEGACY_DB" -e "SELECT * FROM \`$table\`" | wc -c)))
  done
  log "legacy data: ${#TABLES[@]} tables, $ROWS rows, $BYTES bytes as text"
}

# Runs a command under /usr/bin/time -v; appends "tool run wall_s rss_kb" to $OUT/times.tsv.
timed() {
  local tool="$1" run="$2"; shift 2
  local stats="$OUT/$tool-$run.time"
  local started ended
  started=$(date +%s.%N)
  /usr/bin/time -v -o "$stats" "$@" >"$OUT/$tool-$run.out" 2>"$OUT/$tool-$run.err" \
    || { echo "bench/run.sh: $tool run $run failed; see $OUT/$tool-$run.err" >&2; tail -5 "$OUT/$tool-$run.err" >&2; exit 1; }
  ended=$(date +%s.%N)
  local rss
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$stats")
  echo -e "$tool\t$run\t$(awk -v a="$started" -v b="$ended" 'BEGIN {printf "%.3f", b - a}')\t$rss" >>"$OUT/times.tsv"
}

run_pgloader() {
  fresh_pg_db "$PGLOADER_DB"
  sed -e "s/{legacy_host}/$MY_HOST/; s/{legacy_port}/$MY_PORT/; s/{legacy_db}/$LEGACY_DB/" \
      -e "s/{target_host}/$PG_HOST/; s/{target_port}/$PG_PORT/; s/{target_db}/$PGLOADER_DB/" \
      "$BENCH_DIR/pgloader.load.template" >"$OUT/pgloader.load"
  timed pgloader "$1" pgloader --dynamic-space-size 4096 "$OUT/pgloader.load"
  if grep -q ' ERROR ' "$OUT/pgloader-$1.out"; then
    echo "bench/run.sh: pgloader reported errors, see $OUT/pgloader-$1.out" >&2; exit 1
  fi
}

run_ceiling() {
  fresh_pg_db "$CEILING_DB"
  my -N -B -e "SET @db='$LEGACY_DB'; $(cat "$BENCH_DIR/sql/ceiling-tables.sql")" | pg -d "$CEILING_DB" -f -
  # mariadb -B writes NUL as \0, which PostgreSQL text cannot hold: sed drops it (the only change made),
  # and NULL arrives as the word NULL.
  cat >"$OUT/ceiling.sh" <<EOF
#!/usr/bin/env bash
set -euo pipefail
copy_table() {
  mariadb -h $MY_HOST -P $MY_PORT -u root --quick -B -N $LEGACY_DB -e "SELECT * FROM \\\`\$1\\\`" \\
    | sed 's/\\\\0//g' \\
    | psql -q -X -v ON_ERROR_STOP=1 -h $PG_HOST -p $PG_PORT -U postgres -d $CEILING_DB -c "\\\\copy \$1 FROM STDIN WITH (NULL 'NULL')"
}
export -f copy_table
printf '%s\\n' ${TABLES[*]} | xargs -P $CORES -I{} bash -c 'copy_table {}'
EOF
  timed ceiling "$1" bash "$OUT/ceiling.sh"
}

run_switchover() {
  fresh_pg_db "$SWITCHOVER_DB"
  timed switchover "$1" java "${JAVA_OPTS[@]}" -jar "$JAR" dry-run --project "$REPO_DIR" \
    --legacy-url "jdbc:mysql://$MY_HOST:$MY_PORT/$LEGACY_DB" \
    --target-url "jdbc:postgresql://$PG_HOST:$PG_PORT/$SWITCHOVER_DB" \
    --quiet --report-dir "$OUT/report-$1"
  # each "phase NAME SECONDS s" line becomes a row of its own, e.g. switchover:migration
  awk -v run="$1" '/^phase [A-Za-z_-]+ [0-9.]+ s$/ {printf "switchover:%s\t%s\t%s\t\n", $2, run, $3}' \
    "$OUT/switchover-$1.out" >>"$OUT/times.tsv"
}

median() { sort -n | awk '{v[NR] = $1} END {if (NR == 0) print ""; else if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }
median_of() { awk -F'\t' -v tool="$1" -v col="$2" '$1 == tool && $col != "" {print $col}' "$OUT/times.tsv" | median; }

report() {
  local pgl_wall ceil_wall sw_wall mig_wall recon_wall
  pgl_wall=$(median_of pgloader 3); ceil_wall=$(median_of ceiling 3); sw_wall=$(median_of switchover 3)
  mig_wall=$(median_of switchover:migration 3)
  recon_wall=$(awk -F'\t' '$1 ~ /^switchover:recon/ {print $3}' "$OUT/times.tsv" | median)
  local machine
  machine="$(nproc) cores ($(lscpu | awk -F': *' '/Model name/ {print $2; exit}')), $(free -g | awk '/Mem:/ {print $2}') GiB RAM, $(mariadb --version | grep -o 'Distrib [^,]*' | cut -d' ' -f2), PostgreSQL $(pg -d postgres -A -t -c 'SHOW server_version' | cut -d' ' -f1), $(pgloader --version 2>/dev/null </dev/null | head -1 | tr -d '"'), $(java -version 2>&1 | head -1 | tr -d '"')"
  {
    echo "## Scale $SCALE: $ROWS legacy rows, $(awk -v b="$BYTES" 'BEGIN {printf "%.1f", b / 1e6}') MB as text"
    echo
    echo "Medians of $REPEAT alternating runs, $(date -u +%Y-%m-%d). Machine: $machine."
    echo "Rows/s and MB/s are legacy rows and legacy text bytes over the row's wall time. RSS: peak resident set of the"
    echo "largest process (for the ceiling, of one mariadb, sed or psql process); switchover's JVM runs with ${JAVA_OPTS[*]}."
    echo
    echo "| tool | wall s | rows/s | MB/s | peak RSS MiB |"
    echo "|---|---:|---:|---:|---:|"
    row() { # name wall rss [norate]
      local wall="$2" rss="$3" norate="${4:-}"
      [[ -z "$wall" ]] && return
      ROW_NAME="$1" awk -v w="$wall" -v r="$ROWS" -v b="$BYTES" -v rss="$rss" -v norate="$norate" 'BEGIN {
        rate = norate == "" ? sprintf("%.0f | %.1f", r / w, b / 1e6 / w) : "– | –"
        printf "| %s | %.2f | %s | %s |\n", ENVIRON["ROW_NAME"], w, rate, (rss == "" ? "–" : sprintf("%.0f", rss / 1024)) }'
    }
    row "pgloader (no transformation)" "$pgl_wall" "$(median_of pgloader 4)"
    row "copy ceiling (mariadb \\| psql \\\\copy, $CORES tables at once)" "$ceil_wall" "$(median_of ceiling 4)"
    row "switchover dry-run, whole command (JVM start, Flyway, report)" "$sw_wall" "$(median_of switchover 4)"
    for phase in $(awk -F'\t' '$1 ~ /^switchover:/ {sub(/^switchover:/, "", $1); print $1}' "$OUT/times.tsv" | awk '!seen[$0]++'); do
      if [[ "$phase" == migration ]]; then
        row "switchover: $phase phase" "$(median_of "switchover:$phase" 3)" ""
      else
        row "switchover: $phase phase" "$(median_of "switchover:$phase" 3)" "" norate
      fi
    done
    echo
    echo "| ratio | value | target |"
    echo "|---|---:|---|"
    awk -v m="$mig_wall" -v p="$pgl_wall" -v c="$ceil_wall" -v r="$recon_wall" 'BEGIN {
      printf "| switchover migration time / pgloader time | %.2f | ≤ 0.50 %s |\n", m / p, (m / p <= 0.5 ? "met" : "NOT met")
      printf "| switchover migration rows/s / ceiling rows/s | %.2f | ≥ 0.70 %s |\n", c / m, (c / m >= 0.7 ? "met" : "NOT met")
      if (r != "") printf "| reconciliation time / migration time | %.2f | ≤ 0.25 %s |\n", r / m, (r / m <= 0.25 ? "met" : "NOT met")
      else printf "| reconciliation time / migration time | – | ≤ 0.25 (no reconciliation phase printed) |\n"
    }'
    awk -v k="$(median_of switchover 4)" 'BEGIN {
      printf "| switchover JVM peak RSS (MiB) | %.0f | ≤ 1024 %s |\n", k / 1024, (k <= 1048576 ? "met" : "NOT met") }'
  } >"$OUT/result.md"
  echo -e "$SCALE\t$mig_wall\t$sw_wall" >"$BENCH_DIR/out/summary-scale-$SCALE.tsv"
  cp "$OUT/result.md" "$BENCH_DIR/out/result-scale-$SCALE.md"
  assemble
  cat "$OUT/result.md"
}

# bench/results.md: every scale measured so far, plus linearity when scales 1 and 5 are both there.
assemble() {
  {
    echo "# Benchmark results"
    echo
    echo "Written by \`bench/run.sh\`; reproduce with \`bench/run.sh --scale 1 --repeat 3\` (and \`--scale 5 --repeat 1\`)."
    echo
    for file in $(ls "$BENCH_DIR"/out/result-scale-*.md | sort -t- -k3 -n); do cat "$file"; echo; done
    local one="$BENCH_DIR/out/summary-scale-1.tsv" five="$BENCH_DIR/out/summary-scale-5.tsv"
    if [[ -f "$one" && -f "$five" ]]; then
      awk -F'\t' 'FNR == 1 && NR == 1 {m1 = $2; w1 = $3} FNR == 1 && NR == 2 {m5 = $2; w5 = $3} END {
        printf "Linearity: migration phase time(scale 5) / time(scale 1) = %.2f (target ≤ 5.5, %s); whole command %.2f.\n",
          m5 / m1, (m5 / m1 <= 5.5 ? "met" : "NOT met"), w5 / w1 }' "$one" "$five"
    fi
  } >"$BENCH_DIR/results.md"
}

cleanup() {
  for db in "$PGLOADER_DB" "$CEILING_DB" "$SWITCHOVER_DB"; do
    pg -d postgres -c "DROP DATABASE IF EXISTS $db" 2>/dev/null || true
  done
}

mkdir -p "$OUT"
ensure_tools
generate
measure_data
: >"$OUT/times.tsv"
trap cleanup EXIT
for run in $(seq 1 "$REPEAT"); do
  log "run $run of $REPEAT: pgloader";   run_pgloader "$run"
  log "run $run of $REPEAT: ceiling";    run_ceiling "$run"
  log "run $run of $REPEAT: switchover"; run_switchover "$run"
done
report
