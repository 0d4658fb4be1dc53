#!/usr/bin/env bash
# Does the cost of `gillrepro summary` grow linearly with the corpus? Times it on an empty folder (the
# start-up: runtime, JIT, command line) and on 1x, 4x and 16x the corpus sample's size (3,665 synthetic
# scorecards), RUNS times each, and prints the median time, and the median less the start-up per 1,000
# files, which stays flat when the cost is proportional to the number of files.
#
#   tests/GillRepro.Benchmarks/scaling.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-3}
dotnet build -c Release src/GillRepro.Cli > /dev/null
tool=(dotnet src/GillRepro.Cli/bin/Release/net10.0/GillRepro.Cli.dll)

median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
empty=$(mktemp -d)
"${tool[@]}" summary "$empty" --quiet > /dev/null
times=()
for run in $(seq "$runs"); do
  times+=("$( { /usr/bin/time -f '%e' "${tool[@]}" summary "$empty" --quiet > /dev/null; } 2>&1 | tail -n 1)")
done
startup=$(median "${times[@]}")
rmdir "$empty"
echo "start-up (empty folder): median $startup s (runs: ${times[*]})"

for factor in 1 4 16; do
  count=$((3665 * factor))
  folder=${TMPDIR:-/tmp}/gillrepro-synthetic-$count
  if [ "$(find "$folder" -name '*.md' 2> /dev/null | wc -l)" -ne "$count" ]; then
    rm -rf "$folder"
    dotnet run -c Release --project tests/GillRepro.Benchmarks -- --generate "$count" "$folder" 1 2> /dev/null
  fi
  "${tool[@]}" summary "$folder" --quiet > /dev/null   # warm the page cache
  times=()
  for run in $(seq "$runs"); do
    times+=("$( { /usr/bin/time -f '%e' "${tool[@]}" summary "$folder" --quiet > /dev/null; } 2>&1 | tail -n 1)")
  done
  median=$(median "${times[@]}")
  echo "${factor}x: $count files, median $median s; less start-up $(awk -v t="$median" -v s="$startup" -v n="$count" 'BEGIN {printf "%.1f ms per 1,000 files", (t - s) * 1000000 / n}') (runs: ${times[*]})"
done
