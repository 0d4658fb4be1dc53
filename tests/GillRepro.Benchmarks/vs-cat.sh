#!/usr/bin/env bash
# gillrepro against reading the same files with cat, on the real-page corpus (real-corpus.sh: 58,640
# copies of the Index's pages), in one run: RUNS rounds (default 5), each `find | xargs cat` then the
# tool, for `summary`, `score --format jsonl` and `export --format parquet`. Prints each command's median
# wall, user and system time, the median ratio of the tool's wall time to cat's, and the tool's median
# peak resident memory (GNU time). KIND is how the tool is compiled (publish-tool.sh; default native).
#
#   tests/GillRepro.Benchmarks/vs-cat.sh [RUNS] [KIND]
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-5}
kind=${2:-native}
read -r -a tool <<< "$(tests/GillRepro.Benchmarks/publish-tool.sh "$kind")"
corpus=${TMPDIR:-/tmp}/gillrepro-real-corpus
tests/GillRepro.Benchmarks/real-corpus.sh "$corpus"
echo "tool: ${tool[*]} ($kind); machine: $(nproc) cores, $(free -g | awk '/Mem/{print $2}') GiB; $(date -u +%F)"

out=$(mktemp -d)
report=$(mktemp)
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
timed() { # a run that fails is reported, not timed
  /usr/bin/time -o "$report" -f '%e %U %S %M' "$@" > /dev/null 2> "$report.err" || { echo "failed: $*" >&2; tail -n 5 "$report.err" >&2; exit 1; }
  tail -n 1 "$report"
}
cat_all() { find "$corpus" -name '*.md' -print0 | xargs -0 cat > /dev/null; }

for command in "summary --quiet" "score --format jsonl" "export --format parquet -o $out/papers.parquet --quiet"; do
  read -r -a args <<< "$command"
  cat_all; "${tool[@]}" "${args[0]}" "$corpus" "${args[@]:1}" > /dev/null 2>&1 || true   # warm up
  ratios=() walls=() users=() syss=() peaks=() cats=()
  for run in $(seq "$runs"); do
    start=$(date +%s.%N); cat_all; end=$(date +%s.%N)
    c=$(awk -v a="$start" -v b="$end" 'BEGIN {printf "%.3f", b - a}')
    read -r wall user sys peak <<< "$(timed "${tool[@]}" "${args[0]}" "$corpus" "${args[@]:1}")"
    cats+=("$c") walls+=("$wall") users+=("$user") syss+=("$sys") peaks+=("$peak")
    ratios+=("$(awk -v a="$wall" -v b="$c" 'BEGIN {printf "%.3f", a / b}')")
  done
  echo "${args[*]}: cat $(median "${cats[@]}") s; tool $(median "${walls[@]}") s wall ($(median "${users[@]}") user, $(median "${syss[@]}") sys); tool/cat $(median "${ratios[@]}"); peak $(( $(median "${peaks[@]}") / 1024 )) MiB"
done
rm -rf "$out" "$report" "$report.err"
