#!/usr/bin/env bash
# The profile before and after each change: builds each git ref given in its own scratch checkout, then runs
# one profiled dry run of each (bench/profile.sh), alternating, ROUNDS times, on the same legacy data, and
# writes bench/out/steps-scale-S.md (bench/run.sh puts it into bench/results.md): per ref, the median wall
# time and phases, CPU seconds of the JVM, PostgreSQL and MariaDB, and the JVM's three largest parts.
#
#   bench/steps.sh --scale S [--rounds N] [--build-only] REF...   e.g. bench/steps.sh --scale 1 eeb7776 binarycopy main
#
# The legacy data must exist (bench/run.sh --scale S generates it into bench_legacy_sS).
set -euo pipefail
SCALE=1 ROUNDS=1 REFS=() BUILD_ONLY=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    --scale) SCALE="$2"; shift 2 ;;
    --rounds) ROUNDS="$2"; shift 2 ;;
    --build-only) BUILD_ONLY=1; shift ;;
    -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
    -*) echo "bench/steps.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
    *) REFS+=("$1"); shift ;;
  esac
done
(( ${#REFS[@]} )) || { echo "bench/steps.sh: name at least one git ref" >&2; exit 2; }
BENCH_DIR="$(cd "$(dirname "$0")" && pwd)"
REPO_DIR="$(dirname "$BENCH_DIR")"
OUT="$BENCH_DIR/out/steps-$SCALE"
TAG="s${SCALE//./_}"
LEGACY_URL="jdbc:mysql://127.0.0.1:3306/bench_legacy_$TAG"
TARGET_DB="bench_steps_$TAG"
pg() { psql -q -X -v ON_ERROR_STOP=1 -h 127.0.0.1 -p 5432 -U postgres "$@"; }
log() { echo "[steps $(date +%H:%M:%S)] $*" >&2; }
mariadb -h 127.0.0.1 -u root -N -B -e "SHOW DATABASES LIKE 'bench_legacy_$TAG'" | grep -q . \
  || { echo "bench/steps.sh: no legacy data bench_legacy_$TAG; run bench/run.sh --scale $SCALE first" >&2; exit 1; }
mkdir -p "$OUT"
trap 'pg -d postgres -c "DROP DATABASE IF EXISTS $TARGET_DB" 2>/dev/null || true' EXIT

for ref in "${REFS[@]}"; do
  commit="$(git -C "$REPO_DIR" rev-parse --short "$ref^{commit}")"
  checkout="$OUT/checkout-$commit"
  if [[ ! -f "$checkout/target/switchover.jar" ]]; then
    log "building $ref ($commit)"
    rm -rf "$checkout"
    git -C "$REPO_DIR" worktree add -q --detach "$checkout" "$commit"
    (cd "$checkout" && mvn -q -DskipTests package) >"$OUT/build-$commit.log" 2>&1
  fi
done
(( BUILD_ONLY )) && exit 0
for round in $(seq 1 "$ROUNDS"); do
  for ref in "${REFS[@]}"; do
    commit="$(git -C "$REPO_DIR" rev-parse --short "$ref^{commit}")"
    log "round $round: $ref ($commit)"
    pg -d postgres -c "DROP DATABASE IF EXISTS $TARGET_DB" -c "CREATE DATABASE $TARGET_DB" -c "CHECKPOINT" 2>/dev/null
    "$BENCH_DIR/profile.sh" --checkout "$OUT/checkout-$commit" --legacy-url "$LEGACY_URL" \
      --target-url "jdbc:postgresql://127.0.0.1:5432/$TARGET_DB" --out "$OUT/$commit-$round" >"$OUT/$commit-$round.md"
  done
done

value() { awk -F'\t' -v k="$2" '$1 == k {print $2}' "$1/summary.tsv"; }
median() { sort -n | awk '{v[NR] = $1} END {if (NR == 0) print "–"; else if (NR % 2) print v[(NR + 1) / 2]; else printf "%.2f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }
{
  echo "### Step by step at scale $SCALE: the profile before and after each change kept"
  echo
  echo "\`bench/steps.sh --scale $SCALE --rounds $ROUNDS ${REFS[*]}\`, $(date -u +%Y-%m-%d): one JFR-profiled \`java -jar\` dry run per ref"
  echo "and round, alternating; medians of $ROUNDS. CPU in seconds over the whole command."
  echo
  echo "| ref | commit | wall s | prepare | migration | reconciliation | JVM CPU | PostgreSQL CPU | MariaDB CPU | JVM's largest parts |"
  echo "|---|---|---:|---:|---:|---:|---:|---:|---:|---|"
  for ref in "${REFS[@]}"; do
    commit="$(git -C "$REPO_DIR" rev-parse --short "$ref^{commit}")"
    cells=""
    for key in wall phase_prepare phase_migration phase_reconciliation jvm_cpu pg_cpu mariadb_cpu; do
      cells+=" $(for round in $(seq 1 "$ROUNDS"); do value "$OUT/$commit-$round" "$key"; done | median) |"
    done
    parts="$(awk -F'\t' '{t += $1; n[NR] = $2; c[NR] = $1} END {for (i = 1; i <= 3 && i <= NR; i++) printf "%s%s %.0f %%", (i > 1 ? "; " : ""), n[i], 100 * c[i] / t}' "$OUT/$commit-$ROUNDS/parts.tsv")"
    echo "| $ref | $commit |$cells $parts |"
  done
} >"$BENCH_DIR/out/steps-scale-$SCALE.md"
cat "$BENCH_DIR/out/steps-scale-$SCALE.md"
