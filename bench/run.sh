#!/usr/bin/env bash
# Benchmark: switchover's dry run against pgloader, a plain copy ceiling and two physical floors, on the
# same legacy data.
#
#   bench/run.sh [--scale S] [--repeat N] [--seed N] [--reuse-data] [--no-profile] [--tools "NAME..."] [--report-only]
#
# Generates legacy data at scale S into a scratch MariaDB database (bench_legacy_sS) on 127.0.0.1:3306
# (root), then runs, alternating, N times each:
#   pgloader     the legacy tables as they are into a scratch PostgreSQL database, no transformation;
#   ceiling      per table `mariadb --quick -B -N -e 'SELECT *' | psql -c '\copy ... FROM STDIN'` into plain
#                tables, as many tables at once as there are cores;
#   read-floor   every legacy table read with `mariadb --quick` into /dev/null, as many at once as cores;
#   typed-floor  `pg_restore -j CORES` of the finished, typed csc schema that switchover migrated (keys,
#                indexes and foreign keys included), dumped once after the first switchover run;
#   switchover   `java -jar target/switchover.jar dry-run` as the README runs it, no JVM flags: the whole
#                command, and its phases from the "phase NAME SECONDS s" lines it prints;
#   tuned        the same with -Xmx512m and the flags in TUNED_OPTS (the memory target is set at -Xmx512m);
#   launcher     bin/switchover, as the README runs it (C1 only, serial GC, class-data sharing; its first run
#                writes the archive, so medians of 3 or more leave that run out): the headline, and the phases
#                the ratios use.
# Then one profiled switchover run outside the medians (bench/profile.sh): CPU seconds per process and the
# JVM's hot spots. --tools runs only the named rows (e.g. --tools tuned for one run at a scale too large for
# the rest). Prints medians and ratios, and writes them as markdown to bench/results.md. Scratch files
# go to bench/out/ (ignored by git); scratch PostgreSQL databases are dropped at the end.
set -euo pipefail

SCALE=1
REPEAT=3
SEED=20190131
REUSE=0
PROFILE=1
REPORT_ONLY=0
TOOLS="pgloader ceiling read-floor switchover typed-floor tuned launcher"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --scale) SCALE="$2"; shift 2 ;;
    --repeat) REPEAT="$2"; shift 2 ;;
    --seed) SEED="$2"; shift 2 ;;
    --reuse-data) REUSE=1; shift ;;
    --no-profile) PROFILE=0; shift ;;
    --tools) TOOLS="$2"; shift 2 ;;
    --report-only) REPORT_ONLY=1; shift ;;
    -h|--help) sed -n '2,23p' "$0"; exit 0 ;;
    *) echo "bench/run.sh: unknown argument $1 (see --help)" >&2; exit 2 ;;
  esac
done
if (( REPEAT < 1 )); then echo "bench/run.sh: --repeat must be at least 1" >&2; exit 2; fi

BENCH_DIR="$(cd "$(dirname "$0")" && pwd)"
REPO_DIR="$(dirname "$BENCH_DIR")"
OUT="$BENCH_DIR/out/scale-$SCALE"
JAR="$REPO_DIR/target/switchover.jar"
LAUNCHER="$REPO_DIR/bin/switchover"
MY_HOST=127.0.0.1 MY_PORT=3306
PG_HOST=127.0.0.1 PG_PORT=5432
TAG="s${SCALE//./_}"
LEGACY_DB="bench_legacy_$TAG"
PGLOADER_DB="bench_pgloader_$TAG"
CEILING_DB="bench_ceiling_$TAG"
SWITCHOVER_DB="bench_switchover_$TAG"
FLOOR_DB="bench_floor_$TAG"
# C1 only and the serial collector: on 2 cores, C2 compiling ~7,000 methods (Camel, Flyway, the drivers)
# costs more CPU than its faster code wins back in a run of this length, and G1's concurrent threads compete
# with the databases. Measured side by side (medians of 3, scale 1): migration phase 19.2 s default flags,
# 14.9 s C1 only, 14.2 s C1 only + serial GC; the JVM's CPU time (whole command) 30.8 s, 18.0 s, 15.6 s.
TUNED_OPTS=(-Xmx512m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC)
CORES="$(nproc)"
LEGACY_URL="jdbc:mysql://$MY_HOST:$MY_PORT/$LEGACY_DB"

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
  for tool in mariadb psql pg_dump pg_restore java; do
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
  java -jar "$JAR" legacy-schema --project "$REPO_DIR" --legacy-url "$LEGACY_URL" >/dev/null
  java -jar "$JAR" generate --legacy-url "$LEGACY_URL" --scale "$SCALE" --seed "$SEED" \
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

# Runs a command under /usr/bin/time -v; appends "tool run wall_s rss_kb cpu_s" to $OUT/times.tsv.
timed() {
  local tool="$1" run="$2"; shift 2
  local stats="$OUT/$tool-$run.time"
  local started ended
  started=$(date +%s.%N)
  local status=0
  /usr/bin/time -v -o "$stats" "$@" >"$OUT/$tool-$run.out" 2>"$OUT/$tool-$run.err" || status=$?
  # a dry run exits 1 for a NO_GO verdict: the run itself completed
  if (( status != 0 )) && ! [[ "$tool" =~ ^(switchover|tuned|launcher)$ && $status == 1 ]]; then
    echo "bench/run.sh: $tool run $run failed (exit $status); see $OUT/$tool-$run.err" >&2; tail -5 "$OUT/$tool-$run.err" >&2
    echo -e "$tool\t$run\t$status\t$(tail -1 "$OUT/$tool-$run.err")" >>"$OUT/failures.tsv"
    report; exit 1
  fi
  ended=$(date +%s.%N)
  local rss cpu
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$stats")
  cpu=$(awk -F': ' '/User time|System time/ {s += $2} END {printf "%.2f", s}' "$stats")
  echo -e "$tool\t$run\t$(awk -v a="$started" -v b="$ended" 'BEGIN {printf "%.3f", b - a}')\t$rss\t$cpu" >>"$OUT/times.tsv"
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

# Writes a script that runs "$1 TABLE" for every legacy table, CORES at once; $1 is a bash function body.
parallel_tables_script() {
  local file="$1" body="$2"
  {
    echo '#!/usr/bin/env bash'
    echo 'set -euo pipefail'
    echo "per_table() { $body; }"
    echo 'export -f per_table'
    echo "printf '%s\\n' ${TABLES[*]} | xargs -P $CORES -I{} bash -c 'per_table {}'"
  } >"$file"
}

run_ceiling() {
  fresh_pg_db "$CEILING_DB"
  my -N -B -e "SET @db='$LEGACY_DB'; $(cat "$BENCH_DIR/sql/ceiling-tables.sql")" | pg -d "$CEILING_DB" -f -
  # mariadb -B writes NUL as \0, which PostgreSQL text cannot hold: sed drops it (the only change made),
  # and NULL arrives as the word NULL.
  parallel_tables_script "$OUT/ceiling.sh" "mariadb -h $MY_HOST -P $MY_PORT -u root --quick -B -N $LEGACY_DB -e \"SELECT * FROM \\\`\$1\\\`\" | sed 's/\\\\0//g' | psql -q -X -v ON_ERROR_STOP=1 -h $PG_HOST -p $PG_PORT -U postgres -d $CEILING_DB -c \"\\\\copy \$1 FROM STDIN WITH (NULL 'NULL')\""
  timed ceiling "$1" bash "$OUT/ceiling.sh"
}

run_read_floor() {
  parallel_tables_script "$OUT/read-floor.sh" "mariadb -h $MY_HOST -P $MY_PORT -u root --quick -B -N $LEGACY_DB -e \"SELECT * FROM \\\`\$1\\\`\" >/dev/null"
  timed read-floor "$1" bash "$OUT/read-floor.sh"
}

# The dump is taken once, from the first switchover run's target, so the floor ingests exactly what
# switchover produced.
run_typed_floor() {
  if [[ ! -d "$OUT/csc.dump" ]]; then
    pg_dump -h "$PG_HOST" -p "$PG_PORT" -U postgres -Fd -j "$CORES" -n csc -f "$OUT/csc.dump" "$SWITCHOVER_DB"
  fi
  # csc's tables, keys, indexes and foreign keys, without the triggers that note writes on csc: they call functions in
  # switchover's own schema (migration), which the floor does not have and does not need
  pg_restore -l "$OUT/csc.dump" | grep -v ' TRIGGER csc .* switchover_csc_written ' >"$OUT/csc.list"
  fresh_pg_db "$FLOOR_DB"
  timed typed-floor "$1" pg_restore -h "$PG_HOST" -p "$PG_PORT" -U postgres -j "$CORES" -L "$OUT/csc.list" -d "$FLOOR_DB" "$OUT/csc.dump"
}

# run_switchover TOOL RUN COMMAND...: one dry run into a fresh target; its phases become rows TOOL:NAME.
run_switchover() {
  local tool="$1" run="$2"; shift 2
  fresh_pg_db "$SWITCHOVER_DB"
  timed "$tool" "$run" "$@" dry-run --project "$REPO_DIR" --legacy-url "$LEGACY_URL" \
    --target-url "jdbc:postgresql://$PG_HOST:$PG_PORT/$SWITCHOVER_DB" --quiet --report-dir "$OUT/report-$tool-$run"
  TARGET_MB=$(pg -d postgres -A -t -c "SELECT pg_database_size('$SWITCHOVER_DB') / 1048576")
  echo "$TARGET_MB" >"$OUT/target-mb" # for --report-only, after the database is gone
  awk -v tool="$tool" -v run="$run" '/^phase [A-Za-z_-]+ [0-9.]+ s$/ {printf "%s:%s\t%s\t%s\t\t\n", tool, $2, run, $3}' \
    "$OUT/$tool-$run.out" >>"$OUT/times.tsv"
}

median() { sort -n | awk '{v[NR] = $1} END {if (NR == 0) print ""; else if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }
median_of() { awk -F'\t' -v tool="$1" -v col="$2" '$1 == tool && $col != "" {print $col}' "$OUT/times.tsv" | median; }

# One table row: name, wall seconds, peak RSS KiB, JVM/process CPU seconds, and "norate" for phases.
row() {
  local wall="$2" rss="$3" cpu="$4" norate="${5:-}"
  [[ -z "$wall" ]] && return
  ROW_NAME="$1" awk -v w="$wall" -v r="$ROWS" -v b="$BYTES" -v rss="$rss" -v cpu="$cpu" -v norate="$norate" 'BEGIN {
    rate = norate == "" ? sprintf("%.0f | %.1f", r / w, b / 1e6 / w) : "– | –"
    printf "| %s | %.2f | %s | %s | %s |\n", ENVIRON["ROW_NAME"], w, rate, (rss == "" ? "–" : sprintf("%.0f", rss / 1024)),
      (cpu == "" ? "–" : cpu) }'
}

report() {
  local pgl ceil readf typed sw tuned mig recon launch head
  pgl=$(median_of pgloader 3); ceil=$(median_of ceiling 3); readf=$(median_of read-floor 3)
  typed=$(median_of typed-floor 3); sw=$(median_of switchover 3); tuned=$(median_of tuned 3)
  launch=$(median_of launcher 3)
  # the phases of the run as the README runs it (the launcher) when it was measured, else of java -jar
  head=launcher; [[ -n "$launch" ]] || head=switchover
  mig=$(median_of "$head:migration" 3); recon=$(median_of "$head:reconciliation" 3)
  local machine
  machine="$(nproc) cores ($(lscpu | awk -F': *' '/Model name/ {print $2; exit}')), $(free -g | awk '/Mem:/ {print $2}') GiB RAM, $(mariadb --version | grep -o 'Distrib [^,]*' | cut -d' ' -f2), PostgreSQL $(pg -d postgres -A -t -c 'SHOW server_version' | cut -d' ' -f1), $(pgloader --version 2>/dev/null </dev/null | head -1 | tr -d '"'), $(java -version 2>&1 | head -1 | tr -d '"')"
  {
    echo "## Scale $SCALE: $ROWS legacy rows, $(awk -v b="$BYTES" 'BEGIN {printf "%.1f", b / 1e6}') MB as text"
    echo
    echo "Medians of $REPEAT alternating runs, $(date -u +%Y-%m-%d). Machine: $machine."
    echo "Rows/s and MB/s are legacy rows and legacy text bytes over the row's wall time. RSS: peak resident set of the"
    echo "largest process (for the ceiling and floors, of one client process). CPU: user + system seconds of the command's"
    echo "own processes (the JVM for switchover; not the database servers')."
    echo
    echo "| tool | wall s | rows/s | MB/s | peak RSS MiB | CPU s |"
    echo "|---|---:|---:|---:|---:|---:|"
    row "pgloader (no transformation)" "$pgl" "$(median_of pgloader 4)" "$(median_of pgloader 5)"
    row "copy ceiling (mariadb \\| psql \\\\copy, $CORES tables at once)" "$ceil" "$(median_of ceiling 4)" ""
    row "read floor (mariadb --quick to /dev/null, $CORES tables at once)" "$readf" "$(median_of read-floor 4)" ""
    row "typed floor (pg_restore -j $CORES of the migrated csc schema)" "$typed" "$(median_of typed-floor 4)" ""
    phase_rows() { # TOOL LABEL: the tool's phases as rows
      for phase in $(awk -F'\t' -v t="$1:" 'index($1, t) == 1 {print substr($1, length(t) + 1)}' "$OUT/times.tsv" | awk '!seen[$0]++'); do
        row "$2: $phase phase" "$(median_of "$1:$phase" 3)" "" "" "$([[ $phase == migration ]] || echo norate)"
      done
    }
    row "**switchover dry-run, whole command, as the README runs it: bin/switchover (C1 only, serial GC, class-data sharing)**" \
      "$(median_of launcher 3)" "$(median_of launcher 4)" "$(median_of launcher 5)"
    phase_rows launcher "bin/switchover"
    row "switchover dry-run, whole command, \`java -jar\` (no JVM flags)" "$sw" "$(median_of switchover 4)" "$(median_of switchover 5)"
    phase_rows switchover "java -jar"
    row "switchover dry-run, whole command, java ${TUNED_OPTS[*]} -jar" "$tuned" "$(median_of tuned 4)" "$(median_of tuned 5)"
    phase_rows tuned "tuned"
    echo
    echo "| ratio | value | target |"
    echo "|---|---:|---|"
    awk -v sw="$sw" -v ln="$launch" -v m="$mig" -v p="$pgl" -v c="$ceil" -v r="$recon" -v t="$typed" -v f="$readf" -v k="$(median_of tuned 4)" -v who="$head" 'BEGIN {
      if (ln > 0 && p > 0) printf "| whole dry-run command as the README runs it (bin/switchover) / pgloader | %.2f | ≤ 0.60 %s |\n", ln / p, (ln / p <= 0.6 ? "met" : "NOT met")
      if (sw > 0 && p > 0) printf "| whole dry-run command, java -jar with no JVM flags / pgloader | %.2f | ≤ 0.60 %s |\n", sw / p, (sw / p <= 0.6 ? "met" : "NOT met")
      if (m > 0 && p > 0) printf "| migration phase (%s) / pgloader | %.2f | (0.50 last round) |\n", who, m / p
      if (m > 0 && c > 0) printf "| migration rows/s (%s) / ceiling rows/s | %.2f | ≥ 0.70 %s |\n", who, c / m, (c / m >= 0.7 ? "met" : "NOT met")
      if (m > 0 && t > 0) printf "| migration phase (%s) / typed floor (pg_restore) | %.2f | – |\n", who, m / t
      if (m > 0 && t > 0 && f > 0) printf "| migration phase (%s) / (read floor + typed floor) | %.2f | – |\n", who, m / (f + t)
      if (m > 0 && r > 0) printf "| reconciliation / migration (%s) | %.2f | ≤ 0.20 %s |\n", who, r / m, (r / m <= 0.2 ? "met" : "NOT met")
      if (k > 0) printf "| JVM peak RSS with -Xmx512m (MiB) | %.0f | ≤ 1024 %s |\n", k / 1024, (k <= 1048576 ? "met" : "NOT met")
    }'
    echo
    echo "Disk: the legacy database holds $(my -N -B -e "SELECT ROUND(SUM(data_length + index_length) / 1048576) FROM information_schema.tables WHERE table_schema = '$LEGACY_DB'") MiB (MariaDB data and indexes); the target database after the last switchover run ${TARGET_MB:-$(cat "$OUT/target-mb" 2>/dev/null || echo –)} MiB."
  } >"$OUT/result.md"
  if [[ -s "$OUT/failures.tsv" ]]; then
    { echo; echo "Runs that failed (tool, run, exit status, last line of its error output):"; echo
      while IFS=$'\t' read -r tool run status message; do
        echo "- $tool run $run: exit $status after $(awk -F': ' '/Elapsed/ {print $2}' "$OUT/$tool-$run.time") (h:mm:ss), peak RSS $(awk -F': ' '/Maximum resident/ {printf "%.0f", $2 / 1024}' "$OUT/$tool-$run.time") MiB: $message"
      done <"$OUT/failures.tsv"; } >>"$OUT/result.md"
  fi
  if [[ -f "$OUT/profile.md" ]]; then
    { echo; cat "$OUT/profile.md"; } >>"$OUT/result.md"
  fi
  if [[ -n "$mig" ]]; then echo -e "$SCALE\t$mig\t${launch:-$sw}" >"$BENCH_DIR/out/summary-scale-$SCALE.tsv"; fi
  cp "$OUT/result.md" "$BENCH_DIR/out/result-scale-$SCALE.md"
  assemble
  cat "$OUT/result.md"
}

# bench/results.md: every scale measured so far, plus scaling when scales 1 and 5 are both there.
assemble() {
  {
    echo "# Benchmark results"
    echo
    echo "Written by \`bench/run.sh\`; reproduce with \`bench/run.sh --scale 0.5 --repeat 3\`, \`--scale 1 --repeat 3\` and"
    echo "\`--scale 5 --repeat 1\`. Earlier rounds' figures are in git history (\`git log -p bench/results.md\`)."
    echo
    for file in $(ls "$BENCH_DIR"/out/result-scale-*.md | sort -t- -k3 -g); do
      cat "$file"; echo
      local steps="$BENCH_DIR/out/steps-scale-$(basename "$file" .md | sed 's/^result-scale-//').md"
      if [[ -f "$steps" ]]; then cat "$steps"; echo; fi
    done
    local one="$BENCH_DIR/out/summary-scale-1.tsv" five="$BENCH_DIR/out/summary-scale-5.tsv"
    if [[ -f "$one" && -f "$five" ]]; then
      awk -F'\t' 'FNR == 1 && NR == 1 {m1 = $2; w1 = $3} FNR == 1 && NR == 2 {m5 = $2; w5 = $3} END {
        printf "Scaling: migration phase time(scale 5) / time(scale 1) = %.2f; whole command %.2f (target ≤ 5.2, %s).\n",
          m5 / m1, w5 / w1, (w5 / w1 <= 5.2 ? "met" : "NOT met") }' "$one" "$five"
    fi
  } >"$BENCH_DIR/results.md"
}

cleanup() {
  for db in "$PGLOADER_DB" "$CEILING_DB" "$SWITCHOVER_DB" "$FLOOR_DB"; do
    pg -d postgres -c "DROP DATABASE IF EXISTS $db" 2>/dev/null || true
  done
}

mkdir -p "$OUT"
if (( REPORT_ONLY )); then # the report of the runs already in $OUT, e.g. after a run failed
  REUSE=1; generate; measure_data; report; exit 0
fi
ensure_tools
generate
measure_data
: >"$OUT/times.tsv"
: >"$OUT/failures.tsv"
rm -rf "$OUT/csc.dump"
trap cleanup EXIT
wanted() { [[ " $TOOLS " == *" $1 "* ]]; }
for run in $(seq 1 "$REPEAT"); do
  if wanted pgloader; then log "run $run of $REPEAT: pgloader"; run_pgloader "$run"; fi
  if wanted ceiling; then log "run $run of $REPEAT: ceiling"; run_ceiling "$run"; fi
  if wanted read-floor; then log "run $run of $REPEAT: read floor"; run_read_floor "$run"; fi
  if wanted switchover; then log "run $run of $REPEAT: switchover"; run_switchover switchover "$run" java -jar "$JAR"; fi
  # the typed floor restores what the first switchover run migrated
  if wanted typed-floor && wanted switchover; then log "run $run of $REPEAT: typed floor"; run_typed_floor "$run"; fi
  if wanted tuned; then log "run $run of $REPEAT: tuned"; run_switchover tuned "$run" java "${TUNED_OPTS[@]}" -jar "$JAR"; fi
  if wanted launcher && [[ -x "$LAUNCHER" ]]; then log "run $run of $REPEAT: launcher"; run_switchover launcher "$run" "$LAUNCHER"; fi
done
if (( PROFILE )); then
  log "profiled switchover run (not in the medians)"
  fresh_pg_db "$SWITCHOVER_DB"
  "$BENCH_DIR/profile.sh" --legacy-url "$LEGACY_URL" --target-url "jdbc:postgresql://$PG_HOST:$PG_PORT/$SWITCHOVER_DB" \
    --out "$OUT/profile" >"$OUT/profile.md"
fi
report
