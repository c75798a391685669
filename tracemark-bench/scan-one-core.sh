#!/usr/bin/env bash
# Steady-state throughput of the whole `tracemark scan FILE --json` on ONE core, against ripgrep on the same core in
# the same run. Both are pinned to one CPU with taskset (the JVM's JIT and GC threads share that CPU's budget).
# ScanPipelineRun repeats the scan command in one JVM: pass 1 is the one-shot cost (class loading, JIT), the last
# passes are the throughput. Usage: tracemark-bench/scan-one-core.sh [rows] [passes] [cpu]
# (needs `apt-get install ripgrep` and `./mvnw -pl tracemark-bench -am package -DskipTests`)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
rows="${1:-1000000}"; passes="${2:-6}"; cpu="${3:-1}"
jar="$root/tracemark-cli/target/tracemark.jar"
bench="$root/tracemark-bench/target/benchmarks.jar"
data="${TMPDIR:-/tmp}/tracemark-bench"
csv="$data/owners-$rows.csv"
mkdir -p "$data"
[ -f "$csv" ] || java -jar "$jar" synth owners --community 阳光花园 --rows "$rows" --seed 7 --out "$csv" >&2
echo "file: $csv ($(du -hL "$csv" | cut -f1), $rows rows); $(rg --version | head -1); CPU $cpu; load $(cut -d' ' -f1 /proc/loadavg)"
for i in 1 2 3; do
  /usr/bin/time -f "ripgrep, one mobile regex: %e s wall, %U + %S s CPU" taskset -c "$cpu" rg -j1 -c '1[3-9][0-9]{9}' "$csv" >/dev/null
done
taskset -c "$cpu" java -XX:ActiveProcessorCount=1 -Xmx512m -cp "$bench" org.tracemark.bench.ScanPipelineRun \
  "$csv" "$rows" "$passes"
echo "load $(cut -d' ' -f1 /proc/loadavg)"
