#!/usr/bin/env bash
# The tool published as a native executable (the fastest way to run it over a corpus, docs/performance.md)
# must give exactly what the managed tool gives: it publishes both and compares their outputs on the
# real sample the tests carry (both renderings), byte for byte. Needs clang and zlib1g-dev (.ci/run
# installs them).
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
native=$(tests/GillRepro.Benchmarks/publish-tool.sh native)
read -r -a managed <<< "$(tests/GillRepro.Benchmarks/publish-tool.sh managed)"
sample=tests/GillRepro.Tests/Sample

run() { # NAME COMMAND...: runs one command with each tool, in the sample's folder so paths are the same
  local name=$1; shift
  (cd "$sample" && "$native" "$@" > "$work/$name.native" 2> "$work/$name.native.err") || true
  (cd "$sample" && "${managed[@]}" "$@" > "$work/$name.managed" 2> "$work/$name.managed.err") || true
  for stream in "" ".err"; do
    if ! cmp -s "$work/$name.native$stream" "$work/$name.managed$stream"; then
      echo "aot tool: '$*' differs between the native and the managed tool${stream:+ (standard error)}:"
      diff "$work/$name.managed$stream" "$work/$name.native$stream" | head -n 20
      exit 1
    fi
  done
}
run score-sample score
run score-jsonl score markdown plain --format jsonl
run summary summary markdown plain --by venue-year --format json
run validate validate derived --all
run compare compare ../Agreement/Sample/gk2018-run-1.md ../Agreement/Sample/gk2018-human.md --format json
run profiles summary markdown --profile code-and-data --format json
for format in csv jsonl parquet; do
  (cd "$sample" && "$native" export markdown --format "$format" -o "$work/papers.native.$format" --quiet 2> /dev/null)
  (cd "$sample" && "${managed[@]}" export markdown --format "$format" -o "$work/papers.managed.$format" --quiet 2> /dev/null)
  cmp "$work/papers.native.$format" "$work/papers.managed.$format" || { echo "aot tool: export --format $format differs"; exit 1; }
done
(cd "$sample" && "$native" report markdown --profile code-and-data -o "$work/report.native.html" --quiet 2> /dev/null)
(cd "$sample" && "${managed[@]}" report markdown --profile code-and-data -o "$work/report.managed.html" --quiet 2> /dev/null)
cmp "$work/report.native.html" "$work/report.managed.html" || { echo "aot tool: report differs"; exit 1; }
(cd "$sample" && "$native" plot markdown -o "$work/trend.svg" --quiet 2> /dev/null) && [ -s "$work/trend.svg" ] || { echo "aot tool: plot failed"; exit 1; }
echo "aot tool: the native tool's outputs equal the managed tool's (score, summary, validate, compare, --profile, export csv/jsonl/parquet, report; plot runs)"
