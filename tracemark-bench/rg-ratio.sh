#!/usr/bin/env bash
# The same 1M-row owner-list CSV searched by ripgrep for one mobile-number regex and scanned by `tracemark scan`
# with every detector on; both read, decode and parse the file themselves. Reports wall-clock and CPU seconds
# (user+sys, best of 3): on a shared, loaded machine the CPU seconds are the comparable figure.
# Usage: tracemark-bench/rg-ratio.sh [rows]   (needs `apt-get install ripgrep bc` and the CLI jar built)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
rows="${1:-1000000}"
jar="$root/tracemark-cli/target/tracemark.jar"
data="${TMPDIR:-/tmp}/tracemark-bench"
csv="$data/owners-$rows.csv"
mkdir -p "$data"
[ -f "$csv" ] || java -jar "$jar" synth owners --community 阳光花园 --rows "$rows" --seed 7 --out "$csv" >&2
best() { # prints "wall cpu" (seconds, best of 3 by CPU) for "$@", its output discarded
  local bw=0 bc=999999
  for _ in 1 2 3; do
    local out w c t
    t=$(mktemp)
    /usr/bin/time -o "$t" -f '%e %U %S' "$@" >/dev/null 2>&1
    out=$(tail -1 "$t"); rm -f "$t"
    w=$(echo "$out" | cut -d' ' -f1)
    c=$(echo "$out" | awk '{print $2 + $3}')
    if (( $(echo "$c < $bc" | bc -l) )); then bc=$c; bw=$w; fi
  done
  echo "$bw $bc"
}
echo "file: $csv ($(du -h "$csv" | cut -f1), $rows rows); $(rg --version | head -1)"
echo "rg -c matching lines: $(rg -c '1[3-9][0-9]{9}' "$csv")"
read -r rg_w rg_c < <(best rg -j1 -c '1[3-9][0-9]{9}' "$csv")
read -r tm_w tm_c < <(best java -Xmx512m -XX:+UseParallelGC -XX:ActiveProcessorCount=1 -jar "$jar" scan "$csv" --json)
echo "rg -j1:          wall ${rg_w}s  cpu ${rg_c}s"
echo "tracemark scan:  wall ${tm_w}s  cpu ${tm_c}s  (1 CPU, all 12 detectors, JVM start and HanLP load included)"
echo "ratio tracemark/rg: wall $(echo "$tm_w / $rg_w" | bc -l | xargs printf '%.1f')x, cpu $(echo "$tm_c / $rg_c" | bc -l | xargs printf '%.1f')x"
