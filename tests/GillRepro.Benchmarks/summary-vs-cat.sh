#!/usr/bin/env bash
# gillrepro summary over a folder of scorecards, against reading the same files with cat, in one run.
#
#   tests/GillRepro.Benchmarks/summary-vs-cat.sh [COUNT] [RUNS] [FOLDER]
#
# Writes COUNT synthetic scorecards (default 56800, the Index's population; about 180 MB) with
# the benchmarks' `--generate` into FOLDER (default: a temporary folder, reused when it already holds them),
# warms the page cache, then times RUNS rounds (default 5) of `cat` and of `gillrepro summary`, one after
# the other, and prints each time, the medians, their ratio and the tool's peak memory (GNU time).
set -euo pipefail
cd "$(dirname "$0")/../.."
count=${1:-56800}
runs=${2:-5}
folder=${3:-${TMPDIR:-/tmp}/gillrepro-synthetic-$count}

dotnet build -c Release src/GillRepro.Cli > /dev/null
tool=(dotnet src/GillRepro.Cli/bin/Release/net10.0/GillRepro.Cli.dll)

if [ "$(find "$folder" -name '*.md' 2> /dev/null | wc -l)" -ne "$count" ]; then
  rm -rf "$folder"
  dotnet run -c Release --project tests/GillRepro.Benchmarks -- --generate "$count" "$folder" 1
fi
list=$(mktemp)
find "$folder" -name '*.md' | sort > "$list"
echo "files: $(wc -l < "$list"), $(du -sb "$folder" | cut -f1) bytes; machine: $(nproc) cores, $(free -g | awk '/Mem/{print $2}') GiB"

xargs -a "$list" cat > /dev/null   # warm the page cache
"${tool[@]}" summary "$folder" --quiet > /dev/null

cat_times=() tool_times=() peaks=()
for run in $(seq "$runs"); do
  start=$(date +%s.%N); xargs -a "$list" cat > /dev/null; end=$(date +%s.%N)
  cat_times+=("$(awk -v a="$start" -v b="$end" 'BEGIN {printf "%.2f", b - a}')")
  out=$( { /usr/bin/time -f '%e %M' "${tool[@]}" summary "$folder" --quiet > /dev/null; } 2>&1 | tail -n 1)
  tool_times+=("${out% *}")
  peaks+=("${out#* }")
  echo "run $run: cat ${cat_times[-1]} s, summary ${tool_times[-1]} s, peak ${peaks[-1]} KB"
done

median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
cat_median=$(median "${cat_times[@]}")
tool_median=$(median "${tool_times[@]}")
echo "median: cat $cat_median s, summary $tool_median s, ratio $(awk -v a="$tool_median" -v b="$cat_median" 'BEGIN {printf "%.2f", a / b}'), peak memory $(median "${peaks[@]}") KB"
rm -f "$list"
