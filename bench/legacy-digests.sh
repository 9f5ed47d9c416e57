#!/usr/bin/env bash
# Proof and price of a rewrite of the checks' legacy SQL: runs every check's legacy query, one after another on one
# legacy session (LegacyQueryDigests), with the reconciliation/ of each git ref given, alternating, ROUNDS times; then
# prints each round's summed query and shared-set seconds per ref, and whether every query's rows (MD5 of the rows,
# sorted) are the same under every ref as under the first.
#
#   bench/legacy-digests.sh --legacy-db DB [--as-of DATE] [--rounds N] REF...   e.g. --legacy-db bench_legacy_s5 main .
#
# REF "." is the working tree's reconciliation/. The code that fills the queries is the working tree's (target/classes),
# so only the SQL differs between refs. Per-query lines go to bench/out/digests/REF-ROUND.tsv. Needs `mvn -q
# -DskipTests package` (LegacyQueryDigests is a test class) and the legacy data (bench/run.sh generates it).
set -euo pipefail
export LC_ALL=C
BENCH_DIR="$(cd "$(dirname "$0")" && pwd)"
REPO_DIR="$(dirname "$BENCH_DIR")"
LEGACY_DB="" AS_OF=2019-01-31 ROUNDS=1 REFS=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --legacy-db) LEGACY_DB="$2"; shift 2 ;;
    --as-of) AS_OF="$2"; shift 2 ;;
    --rounds) ROUNDS="$2"; shift 2 ;;
    -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
    -*) echo "bench/legacy-digests.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
    *) REFS+=("$1"); shift ;;
  esac
done
[[ -n "$LEGACY_DB" ]] || { echo "bench/legacy-digests.sh: --legacy-db is needed (see --help)" >&2; exit 2; }
[[ "$LEGACY_DB" =~ ^[A-Za-z0-9_]+$ ]] || { echo "bench/legacy-digests.sh: --legacy-db takes a database name (letters, digits, _)" >&2; exit 2; }
(( ${#REFS[@]} )) || { echo "bench/legacy-digests.sh: name at least one git ref, or . for the working tree" >&2; exit 2; }
[[ -d "$REPO_DIR/target/test-classes" ]] || { echo "bench/legacy-digests.sh: build first: mvn -q -DskipTests package" >&2; exit 2; }
# equal answers from a database that holds nothing prove nothing: refuse one with no rows (or no tables) at all
held=$(mariadb -h 127.0.0.1 -P 3306 -u root -N -B -e "SELECT COALESCE(SUM(table_rows), 0) FROM information_schema.tables
  WHERE table_schema = '$LEGACY_DB' AND table_type = 'BASE TABLE'")
if [[ "$held" == 0 ]]; then
  echo "bench/legacy-digests.sh: $LEGACY_DB holds no rows, so equal answers would prove nothing (bench/run.sh generates data)" >&2
  exit 2
fi
OUT="$BENCH_DIR/out/digests"
rm -rf "$OUT" && mkdir -p "$OUT"
name() { echo "$1" | tr -c 'A-Za-z0-9_.\n-' '_'; } # a ref as a file name
checks_of() { # the reconciliation/ directory of ref $1
  if [[ "$1" == "." ]]; then echo "$REPO_DIR/reconciliation"; return; fi
  local dir="$OUT/checks-$(name "$1")"
  mkdir -p "$dir" && git -C "$REPO_DIR" archive "$1" reconciliation | tar -x -C "$dir"
  echo "$dir/reconciliation"
}
declare -A CHECKS
for ref in "${REFS[@]}"; do CHECKS[$ref]="$(checks_of "$ref")"; done
CLASSPATH="$REPO_DIR/target/test-classes:$REPO_DIR/target/classes:$(ls "$REPO_DIR"/target/lib/*.jar | tr '\n' ':')"
for round in $(seq 1 "$ROUNDS"); do
  for ref in "${REFS[@]}"; do
    file="$OUT/$(name "$ref")-$round.tsv"
    java -XX:TieredStopAtLevel=1 -cp "$CLASSPATH" org.switchover.reconcile.LegacyQueryDigests \
      "jdbc:mysql://127.0.0.1:3306/$LEGACY_DB" "${CHECKS[$ref]}" "$AS_OF" "$REPO_DIR/mappings" >"$file"
    awk -F'\t' -v ref="$ref" -v round="$round" '{q += $4; s += $5} END {
      printf "round %d  %-12s %3d queries  %7.1f s queries  %5.1f s shared sets  %7.1f s in all\n", round, ref, NR, q / 1000, s / 1000, (q + s) / 1000 }' "$file"
  done
done
first="$OUT/$(name "${REFS[0]}")-1.tsv"
for ref in "${REFS[@]:1}"; do
  differ=$(join -t$'\t' -j1 <(cut -f1-3 "$first" | sort) <(cut -f1-3 "$OUT/$(name "$ref")-1.tsv" | sort) \
    | awk -F'\t' '$2 != $4 || $3 != $5 {print $1}')
  missing=$(diff <(cut -f1 "$first" | sort) <(cut -f1 "$OUT/$(name "$ref")-1.tsv" | sort) | grep '^[<>]' || true)
  if [[ -z "$differ" && -z "$missing" ]]; then
    echo "$ref: every query's rows are the same as under ${REFS[0]} ($(wc -l <"$first") queries)"
  else
    echo "$ref: NOT the same as under ${REFS[0]}:"
    [[ -z "$differ" ]] || echo "$differ" | sed 's/^/  rows differ: /'
    [[ -z "$missing" ]] || echo "$missing" | sed 's/^/  only under one: /'
  fi
done
