#!/usr/bin/env bash
# reglint against the libxml2 floor, in one run, on a generated corpus (docs/performance.md).
#
# Usage: [REGLINT=BINARY] Benchmarks/run.sh [--docs N] [--no-linearity] [--akn-mb MB] [--docx-mb MB] [--articles N]
#   REGLINT           a reglint binary to measure (default: `swift build -c release`'s)
#   --docs N          documents in the generated corpus (default 1000; Benchmarks/make-bench-corpus.py)
#   --no-linearity    skip the linearity probe (large AKN and DOCX at half and full size, and
#                     a document of --articles articles at half and full count)
#   --akn-mb/--docx-mb/--articles   sizes of the probe (defaults 50, 20, 5000)
#
# Prints, for the corpus: the floor (inflating every DOCX's word/document.xml, then
# `xmllint --noout` over every DOCX part and AKN file, one process each), then reglint
# (release build) `check --jobs 1`, `check --jobs 2`, `tree`, and `check` twice with a fresh
# cache (first and second run): wall time, ratio to the floor, MB/s of XML, documents/s and
# peak memory (/usr/bin/time). Installs libxml2-utils, unzip and time when missing (apt).
set -euo pipefail
cd "$(dirname "$0")/.."
docs=1000 linearity=1 akn_mb=50 docx_mb=20 articles=5000
while [ $# -gt 0 ]; do
  case $1 in
    --docs) docs=$2; shift 2 ;;
    --no-linearity) linearity=0; shift ;;
    --akn-mb) akn_mb=$2; shift 2 ;;
    --docx-mb) docx_mb=$2; shift 2 ;;
    --articles) articles=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

missing=()
command -v xmllint >/dev/null 2>&1 || missing+=(libxml2-utils)
command -v unzip >/dev/null 2>&1 || missing+=(unzip)
[ -x /usr/bin/time ] || missing+=(time)
if [ ${#missing[@]} -gt 0 ]; then
  echo "== installing ${missing[*]}"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

out=$PWD/bench-out/run
mkdir -p "$out"
if [ -n "${REGLINT:-}" ]; then
  bin=$(cd "$(dirname "$REGLINT")" && pwd)/$(basename "$REGLINT")
else
  echo "== release build"
  swift build -c release --product reglint >/dev/null
  bin=$(swift build -c release --show-bin-path)/reglint
fi

corpus=$out/corpus-$docs
if [ ! -f "$corpus/.complete" ]; then
  rm -rf "$corpus"
  python3 Benchmarks/make-bench-corpus.py "$corpus" --docs "$docs"
  touch "$corpus/.complete"
fi

measure() {  # label command...: appends "label seconds peak_kb" to $out/times.txt
  local label=$1; shift
  /usr/bin/time -f '%e %M' -o "$out/time.txt" "$@" >/dev/null 2>"$out/stderr.txt" || {
    local status=$?
    if [ $status -ne 1 ]; then echo "command failed ($status): $*" >&2; cat "$out/stderr.txt" >&2; exit 1; fi
  }
  echo "$label $(tail -1 "$out/time.txt")" >> "$out/times.txt"
}

floor() {  # label folder-or-file: unzip + xmllint of the same XML reglint reads
  local label=$1 target=$2 parts=$out/parts
  rm -rf "$parts"; mkdir -p "$parts"
  local docx=() xml=()
  if [ -d "$target" ]; then
    mapfile -t docx < <(find "$target" -name '*.docx' | sort)
    mapfile -t xml < <(find "$target" -name '*.xml' | sort)
  elif [[ $target == *.docx ]]; then docx=("$target"); else xml=("$target"); fi
  local i=0
  for f in "${docx[@]}"; do unzip -p "$f" word/document.xml > "$parts/$i.xml"; i=$((i + 1)); done
  local unzip_s=0 unzip_kb=0
  if [ ${#docx[@]} -gt 0 ]; then
    # Decompression in one process (Python's zipfile over zlib: no process per file).
    /usr/bin/time -f '%e %M' -o "$out/time.txt" python3 -c \
      'import sys, zipfile; [zipfile.ZipFile(f).read("word/document.xml") for f in sys.argv[1:]]' "${docx[@]}"
    read -r unzip_s unzip_kb < "$out/time.txt"
  fi
  local files=("$parts"/*.xml "${xml[@]}")
  [ -e "${files[0]}" ] || files=("${xml[@]}")
  printf '%s\n' "${files[@]}" > "$out/floor-files.txt"
  /usr/bin/time -f '%e %M' -o "$out/time.txt" xargs -a "$out/floor-files.txt" -d '\n' -n 100000 xmllint --noout
  read -r xml_s xml_kb < "$out/time.txt"
  python3 -c "import sys; print(sys.argv[1], round(float(sys.argv[2]) + float(sys.argv[3]), 2), max(int(sys.argv[4]), int(sys.argv[5])))" \
    "$label" "$unzip_s" "$xml_s" "$unzip_kb" "$xml_kb" >> "$out/times.txt"
  du -cb "${files[@]}" | tail -1 | cut -f1 > "$out/$label.bytes"
  echo "$(( ${#docx[@]} + ${#xml[@]} ))" > "$out/$label.docs"
}

: > "$out/times.txt"
echo "== corpus: $docs documents ($(du -sh "$corpus" | cut -f1) on disk)"
floor floor "$corpus"
check=(check --quiet --fail-on never --format json --output /dev/null)
measure "check-jobs1" "$bin" "${check[@]}" --no-cache --jobs 1 "$corpus"
measure "check-jobs2" "$bin" "${check[@]}" --no-cache --jobs 2 "$corpus"
measure "tree-jobs1" "$bin" tree "$corpus"
rm -rf "$out/cache"
measure "cached-first" "$bin" "${check[@]}" --cache-dir "$out/cache" --jobs 2 "$corpus"
measure "cached-second" "$bin" "${check[@]}" --cache-dir "$out/cache" --jobs 2 "$corpus"

if [ "$linearity" = 1 ]; then
  echo "== linearity probe"
  for scale in half full; do
    if [ "$scale" = half ]; then a=$((akn_mb / 2)); d=$((docx_mb / 2)); n=$((articles / 2))
    else a=$akn_mb; d=$docx_mb; n=$articles; fi
    probe=$out/probe-$scale
    mkdir -p "$probe"
    [ -f "$probe/big.akn.xml" ] || python3 scripts/make-large-inputs.py "$probe" --akn-mb "$a" --docx-mb "$d" >/dev/null
    [ -f "$probe/xref.xml" ] || python3 Benchmarks/make-bench-corpus.py "$probe" --one xref.xml --articles "$n" >/dev/null
    for name in big.akn.xml big.docx xref.xml; do
      floor "floor-$name-$scale" "$probe/$name"
      measure "check-$name-$scale" "$bin" "${check[@]}" --no-cache --jobs 1 "$probe/$name"
    done
  done
fi

python3 - "$out" "$linearity" <<'PY'
import os, sys
out, linearity = sys.argv[1], sys.argv[2] == "1"
t = {}
for line in open(os.path.join(out, "times.txt")):
    label, secs, kb = line.split()
    t[label] = (float(secs), int(kb))
def read(name):
    return int(open(os.path.join(out, name)).read())
xml_bytes, ndocs = read("floor.bytes"), read("floor.docs")
floor_s = max(t["floor"][0], 0.01)
print(f"corpus: {ndocs} documents, {xml_bytes / 1e6:.1f} MB of XML (DOCX document parts and AKN files)")
print(f"{'run':<26}{'seconds':>9}{'× floor':>9}{'MB/s':>8}{'docs/s':>9}{'peak MB':>9}")
for label in ["floor", "check-jobs1", "check-jobs2", "tree-jobs1", "cached-first", "cached-second"]:
    secs, kb = t[label]
    s = max(secs, 0.01)
    print(f"{label:<26}{secs:>9.2f}{secs / floor_s:>9.2f}{xml_bytes / 1e6 / s:>8.1f}{ndocs / s:>9.1f}{kb / 1024:>9.1f}")
j1, j2 = t["check-jobs1"][0], t["check-jobs2"][0]
print(f"check --jobs 2 speedup over --jobs 1: {j1 / max(j2, 0.01):.2f}× (target ≥ 1.7×)")
print(f"second run with the cache: {t['cached-first'][0] / max(t['cached-second'][0], 0.01):.1f}× faster than the first (target ≥ 5×)")
print(f"check --jobs 1 / floor: {j1 / floor_s:.2f}× (target ≤ 2×)")
if linearity:
    print(f"{'probe':<16}{'XML MB':>8}{'half s':>8}{'full s':>8}{'full/half':>10}{'× floor':>9}{'peak MB':>9}{'limit MB':>9}")
    for name in ["big.akn.xml", "big.docx", "xref.xml"]:
        half, full = t[f"check-{name}-half"], t[f"check-{name}-full"]
        xml = read(f"floor-{name}-full.bytes")
        floor_full = max(t[f"floor-{name}-full"][0], 0.01)
        limit = 150 + 3 * xml / 2**20
        print(f"{name:<16}{xml / 1e6:>8.1f}{half[0]:>8.2f}{full[0]:>8.2f}{full[0] / max(half[0], 0.01):>10.2f}"
              f"{full[0] / floor_full:>9.2f}{full[1] / 1024:>9.1f}{limit:>9.1f}")
    print("full/half near 2.0 is linear growth; peak memory target: 150 MB + 3× the document's XML")
PY
