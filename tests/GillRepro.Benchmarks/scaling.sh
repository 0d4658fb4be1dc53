#!/usr/bin/env bash
# Does the cost of `gillrepro summary` grow linearly with the corpus, and its memory not at all? Times it
# on an empty folder (the start-up) and on 1x, 4x and 16x the real pages (1, 4 and 16 of the sixteen
# copies that real-corpus.sh makes), RUNS times each, and prints the median time, the median less the
# start-up per 1,000 files (flat when the cost is proportional to the files) and the median peak memory.
#
# KIND is how the tool is compiled (publish-tool.sh; default native).
#
#   tests/GillRepro.Benchmarks/scaling.sh [RUNS] [KIND]
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-3}
read -r -a tool <<< "$(tests/GillRepro.Benchmarks/publish-tool.sh "${2:-native}")"
corpus=${TMPDIR:-/tmp}/gillrepro-real-corpus
tests/GillRepro.Benchmarks/real-corpus.sh "$corpus" > /dev/null

median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
report=$(mktemp)
measure() { # prints "seconds peak-KB" of one run (an empty folder exits 1: nothing to summarise)
  /usr/bin/time -o "$report" -f '%e %M' "${tool[@]}" summary "$@" --quiet > /dev/null 2>&1 || true
  tail -n 1 "$report"
}

empty=$(mktemp -d)
times=()
for run in $(seq "$runs"); do out=$(measure "$empty"); times+=("${out% *}"); done
startup=$(median "${times[@]}")
rmdir "$empty"
echo "start-up (empty folder): median $startup s"

for factor in 1 4 16; do
  folders=()
  for copy in $(seq 0 $((factor - 1))); do folders+=("$corpus/$(printf '%02d' "$copy")"); done
  count=$(find "${folders[@]}" -name '*.md' | wc -l)
  measure "${folders[@]}" > /dev/null   # warm the page cache
  times=() peaks=()
  for run in $(seq "$runs"); do out=$(measure "${folders[@]}"); times+=("${out% *}"); peaks+=("${out#* }"); done
  med=$(median "${times[@]}")
  echo "${factor}x: $count files, median $med s; less start-up $(awk -v t="$med" -v s="$startup" -v n="$count" 'BEGIN {printf "%.1f ms per 1,000 files", (t - s) * 1000000 / n}'); peak $(( $(median "${peaks[@]}") / 1024 )) MiB"
done
