#!/usr/bin/env bash
# Builds the release reglint binary for Linux with the Swift runtime and Foundation linked
# statically, so it runs on a machine without Swift (it needs only libxml2 and the C/C++
# runtime every Debian/Ubuntu has). The starter registries are compiled into it
# (`registries: [builtin:vn-instruments, …]`).
#
#   scripts/build-release.sh [OUTPUT]     # default OUTPUT: .build-release/reglint
#
# Checks afterwards that `ldd` lists no Swift library and that the binary runs.
set -euo pipefail
cd "$(dirname "$0")/.."

output="${1:-.build-release/reglint}"
scratch="${REGLINT_SCRATCH_PATH:-.build-release}"

swift build -c release --product reglint --static-swift-stdlib --scratch-path "$scratch"
built="$(swift build -c release --product reglint --static-swift-stdlib --scratch-path "$scratch" --show-bin-path)/reglint"
mkdir -p "$(dirname "$output")"
if [ "$(realpath "$built")" != "$(realpath -m "$output")" ]; then
  cp "$built" "$output"
fi
strip "$output" 2>/dev/null || true

if command -v ldd >/dev/null 2>&1; then
  libraries="$(ldd "$output")"
  if grep -qiE 'libswift|libFoundation|libdispatch|libBlocksRuntime|lib_FoundationICU' <<<"$libraries"; then
    echo "error: $output links Swift libraries dynamically:" >&2
    grep -iE 'libswift|libFoundation|libdispatch|libBlocksRuntime|lib_FoundationICU' <<<"$libraries" >&2
    exit 1
  fi
  echo "== $output needs only:"
  awk '{print "   " $1}' <<<"$libraries"
fi
"$output" --version >/dev/null
echo "== built $output ($(du -h "$output" | cut -f1))"
