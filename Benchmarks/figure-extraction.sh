#!/usr/bin/env bash
# Figure extraction cost: the time FigureExtractor takes over a document's paragraphs divided
# by the time of reading the document, on the same inputs, in a release build. Inputs: a large
# generated Akoma Ntoso act and DOCX (scripts/make-large-inputs.py) and every DOCX and XML file
# of FOLDER (default ../shared/corpus-external when present). Prints one line per file and
# the total ratio (FigureExtractionCostTests, enabled only by this script, does the timing,
# best of three).
# Usage: Benchmarks/figure-extraction.sh [FOLDER] [AKN_MB] [DOCX_MB]   (defaults 10 and 5)
set -euo pipefail
cd "$(dirname "$0")/.."
folder=${1:-../shared/corpus-external}
akn_mb=${2:-10}
docx_mb=${3:-5}
out=bench-out/figures
mkdir -p "$out"
python3 scripts/make-large-inputs.py "$out" --akn-mb "$akn_mb" --docx-mb "$docx_mb" >/dev/null
files=$(printf '%s\n' "$PWD/$out/big.akn.xml" "$PWD/$out/big.docx")
if [ -d "$folder" ]; then
  files=$(printf '%s\n%s' "$files" "$(find "$(cd "$folder" && pwd)" -type f \( -name '*.docx' -o -name '*.xml' \) | sort)")
fi
REGLINT_BENCH_FILES="$files" swift test -c release --filter FigureExtractionCost 2>&1 \
  | grep -E "paragraphs|passed|failed"
