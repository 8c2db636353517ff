#!/usr/bin/env bash
# Reading benchmark: peak memory and time of `reglint tree` on a large Akoma Ntoso act and a
# DOCX with a large document part, at two sizes each, reported as ratios:
#   - peak memory / input XML size (target: below 3× the XML size plus 50 MB);
#   - time at double size / time at single size (linear reading gives about 2.0);
#   - time / the time of libxml2's own streaming parse of the same XML in the same run
#     (`xmllint --stream`, from libxml2-utils; `cat` when xmllint is missing).
# Usage: Benchmarks/read-memory.sh [AKN_MB] [DOCX_MB]   (defaults 50 and 20)
set -euo pipefail
cd "$(dirname "$0")/.."
akn_mb=${1:-50}
docx_mb=${2:-20}
out=bench-out
mkdir -p "$out"
swift build -c release --product reglint >/dev/null
bin=$(swift build -c release --show-bin-path)/reglint

measure() {  # prints: peak_kb seconds
  /usr/bin/time -f '%M %e' -o "$out/time.txt" "$@" >/dev/null 2>"$out/stderr.txt" || {
    echo "command failed: $*" >&2; cat "$out/stderr.txt" >&2; exit 1; }
  cat "$out/time.txt"
}

baseline() {  # file xml_part: time of a bare libxml2 streaming parse of the XML
  if command -v xmllint >/dev/null 2>&1; then
    if [ "$2" = "-" ]; then measure xmllint --stream --noout "$1"
    else unzip -p "$1" "$2" > "$out/part.xml"; measure xmllint --stream --noout "$out/part.xml"; fi
  else
    measure cat "$1"
  fi
}

report() {  # name file xml_bytes xml_part
  local name=$1 file=$2 xml_bytes=$3
  read -r peak_kb seconds < <(measure "$bin" tree "$file")
  read -r _ cat_seconds < <(baseline "$file" "$4")
  python3 - "$name" "$xml_bytes" "$peak_kb" "$seconds" "$cat_seconds" <<'PY'
import sys
name, xml, peak_kb, secs, cat_secs = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4]), float(sys.argv[5])
peak = peak_kb * 1024
limit = 3 * xml + 50 * 1024 * 1024
print(f"{name:<22} xml {xml/2**20:7.1f} MB  peak {peak/2**20:7.1f} MB  peak/xml {peak/xml:5.2f}×  "
      f"limit {limit/2**20:6.1f} MB {'OK' if peak < limit else 'OVER'}  time {secs:6.2f} s  "
      f"time/libxml2 {secs/max(cat_secs,0.01):5.1f}×")
PY
  echo "$seconds" > "$out/$name.seconds"
}

docx_part_size() {
  python3 -c "import zipfile,sys; print(zipfile.ZipFile(sys.argv[1]).getinfo('word/document.xml').file_size)" "$1"
}

for scale in half full; do
  if [ "$scale" = half ]; then a=$((akn_mb / 2)); d=$((docx_mb / 2)); else a=$akn_mb; d=$docx_mb; fi
  mkdir -p "$out/$scale"
  python3 scripts/make-large-inputs.py "$out/$scale" --akn-mb "$a" --docx-mb "$d" >/dev/null
  report "akn-$scale" "$out/$scale/big.akn.xml" "$(stat -c %s "$out/$scale/big.akn.xml")" -
  report "docx-$scale" "$out/$scale/big.docx" "$(docx_part_size "$out/$scale/big.docx")" word/document.xml
done
for kind in akn docx; do
  python3 -c "import sys; h, f = (float(open(p).read()) for p in sys.argv[1:]); print(f'{sys.argv[1].split(\"/\")[-1].split(\"-\")[0]:<5} time(full)/time(half) = {f/max(h,0.01):.2f} (linear ≈ 2.0)')" \
    "$out/$kind-half.seconds" "$out/$kind-full.seconds"
done
