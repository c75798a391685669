#!/usr/bin/env bash
# Wall-clock comparison on the same 1M-row owner-list CSV: ripgrep counting lines that match one mobile-number
# regex, against `tracemark scan` running every detector (reading, decoding and CSV parsing included for both).
# Usage: tracemark-bench/rg-ratio.sh [rows]   (needs `apt-get install ripgrep` and the CLI jar built)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
rows="${1:-1000000}"
jar="$root/tracemark-cli/target/tracemark.jar"
data="${TMPDIR:-/tmp}/tracemark-bench"
csv="$data/owners-$rows.csv"
mkdir -p "$data"
[ -f "$csv" ] || java -jar "$jar" synth owners --community 阳光花园 --rows "$rows" --seed 7 --out "$csv" >&2
best() { # best wall-clock seconds of 3 runs of "$@", output discarded
  local best=999999
  for _ in 1 2 3; do
    local s e t
    s=$(date +%s.%N); "$@" >/dev/null; e=$(date +%s.%N)
    t=$(echo "$e - $s" | bc -l)
    best=$(echo "if ($t < $best) $t else $best" | bc -l)
  done
  printf '%.3f' "$best"
}
echo "file: $csv ($(du -h "$csv" | cut -f1), $rows rows); rg $(rg --version | head -1 | cut -d' ' -f2)"
echo "rg -c matches: $(rg -c '1[3-9][0-9]{9}' "$csv")"
rg_s=$(best rg -c '1[3-9][0-9]{9}' "$csv")
rg1_s=$(best rg -j1 -c '1[3-9][0-9]{9}' "$csv")
tm_s=$(best java -XX:+UseParallelGC -XX:ActiveProcessorCount=1 -jar "$jar" scan "$csv" --json)
echo "rg (default threads): ${rg_s}s  rg -j1: ${rg1_s}s  tracemark scan (1 CPU, all detectors): ${tm_s}s"
echo "ratio tracemark/rg -j1: $(echo "$tm_s / $rg1_s" | bc -l | xargs printf '%.1f')x"
echo "rows/s: rg -j1 $(echo "$rows / $rg1_s" | bc -l | xargs printf '%.0f'), tracemark scan $(echo "$rows / $tm_s" | bc -l | xargs printf '%.0f')"
