#!/usr/bin/env bash
# Times `switchover generate` at a scale (default 1) into a scratch database on the local MariaDB,
# N times (default 3), and prints rows, seconds and rows/s of each run and the median seconds.
# Usage: bench/generate.sh [--scale S] [--repeat N]
set -euo pipefail
cd "$(dirname "$0")/.."
scale=1; repeat=3
while [ $# -gt 0 ]; do
  case "$1" in
    --scale) scale=$2; shift 2 ;;
    --repeat) repeat=$2; shift 2 ;;
    *) echo "usage: bench/generate.sh [--scale S] [--repeat N]" >&2; exit 2 ;;
  esac
done
[ -f target/switchover.jar ] || mvn -q -DskipTests package
db=bench_generate_$$
url="jdbc:mysql://127.0.0.1:3306/$db"
times=()
for i in $(seq 1 "$repeat"); do
  mysql -h127.0.0.1 -uroot -e "DROP DATABASE IF EXISTS $db; CREATE DATABASE $db CHARACTER SET utf8mb4"
  java -jar target/switchover.jar legacy-schema --legacy-url "$url" >/dev/null
  out=$(java -jar target/switchover.jar generate --legacy-url "$url" --scale "$scale" --ground-truth "/tmp/$db-truth.json" | tail -1)
  rows=$(echo "$out" | sed -E 's/^generated ([0-9,]+) legacy rows in ([0-9.]+) s.*/\1/' | tr -d ,)
  secs=$(echo "$out" | sed -E 's/^generated ([0-9,]+) legacy rows in ([0-9.]+) s.*/\2/')
  times+=("$secs")
  printf 'run %d: %s rows in %s s (%.0f rows/s)\n' "$i" "$rows" "$secs" "$(echo "$rows / $secs" | bc -l)"
done
mysql -h127.0.0.1 -uroot -e "DROP DATABASE IF EXISTS $db"
rm -f "/tmp/$db-truth.json"
printf 'median: %s s at scale %s\n' "$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')" "$scale"
