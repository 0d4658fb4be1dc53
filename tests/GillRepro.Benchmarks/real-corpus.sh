#!/usr/bin/env bash
# Builds the real-page benchmark corpus: the 3,665 pages of ../shared/corpus/markdown copied into sixteen
# numbered folders (00 to 15), names kept, so sizes, Unicode and quirks are the real ones: 58,640 files,
# about as many as the Index's 56,800. Reused when FOLDER already holds them.
#
#   tests/GillRepro.Benchmarks/real-corpus.sh [FOLDER] [CORPUS]
set -euo pipefail
cd "$(dirname "$0")/../.."
folder=${1:-${TMPDIR:-/tmp}/gillrepro-real-corpus}
corpus=${2:-${GILLREPRO_CORPUS:-../shared/corpus}}
pages=$(find "$corpus/markdown" -name '*.md' | wc -l)
if [ "$(find "$folder" -name '*.md' 2> /dev/null | wc -l)" -ne $((pages * 16)) ]; then
  rm -rf "$folder"
  for copy in $(seq -w 0 15); do
    mkdir -p "$folder/$copy"
    cp -r "$corpus/markdown/." "$folder/$copy/"
  done
fi
echo "$folder: $(find "$folder" -name '*.md' | wc -l) real pages ($pages x 16), $(du -sb "$folder" | cut -f1) bytes"
