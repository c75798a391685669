#!/usr/bin/env bash
# `tracemark import` of 1M synthetic owner rows, two builds interleaved (A, B, A, B, ...) so that both see the same
# machine. Per round and build, in a fresh home with the same keys: a first import into an empty vault, the same
# file again (all unchanged), the file with every tenth mobile changed (10% updated), and a second 1M-row community
# into the vault that now holds the first. Prints one line per import: wall s, user s, sys s, max RSS KiB, counts.
# Usage: tracemark-bench/import-ab.sh A.jar B.jar [rounds]
# Build a jar of another commit with: git worktree add /tmp/old REV && (cd /tmp/old && ./mvnw -q -pl tracemark-cli
# -am package -DskipTests) && cp /tmp/old/tracemark-cli/target/tracemark.jar /tmp/old.jar
set -euo pipefail
a="$1"; b="$2"; rounds="${3:-3}"
data="${TMPDIR:-/tmp}/tracemark-import-bench"
mkdir -p "$data"
keys="$data/keys-home"
if [ ! -f "$data/owners-a.csv" ]; then
  java -jar "$a" --home "$keys" synth owners --community 百万小区 --rows 1000000 --seed 1 --out "$data/owners-a.csv" >&2
  java -jar "$a" --home "$keys" synth owners --community 二号小区 --rows 1000000 --seed 7 --out "$data/owners-b.csv" >&2
  # Every tenth row's mobile gets a different last digit: still a valid mobile, so the row is an update.
  awk -F, 'BEGIN{OFS=","} NR>1 && NR%10==0 { d=substr($7,11,1); $7=substr($7,1,10) ((d+1)%10) } {print}' \
    "$data/owners-a.csv" > "$data/owners-a-changed.csv"
fi
echo "load $(cut -d' ' -f1 /proc/loadavg), $(nproc) CPUs"
for round in $(seq 1 "$rounds"); do
  for jar in "$a" "$b"; do
    home="$data/home"; rm -rf "$home"; mkdir -p "$home"; cp -r "$keys/keys" "$keys/master.key" "$home/"
    for step in first:owners-a.csv:百万小区 again:owners-a.csv:百万小区 changed-10pct:owners-a-changed.csv:百万小区 \
        second-community:owners-b.csv:二号小区; do
      IFS=: read -r name file community <<< "$step"
      out=$( { /usr/bin/time -f "TIME %e %U %S %M" java -Xmx512m -jar "$jar" --home "$home" import "$data/$file" \
          --community "$community" --json; } 2>&1 )
      counts=$(echo "$out" | tr -d ' \n' | grep -o '"imported":[0-9]*,"updated":[0-9]*,"unchanged":[0-9]*')
      echo "$round $(basename "$jar") $name $(echo "$out" | grep ^TIME) $counts load=$(cut -d' ' -f1 /proc/loadavg)"
    done
    echo "$round $(basename "$jar") vault.db $(stat -c %s "$home/vault.db") bytes"
  done
done
