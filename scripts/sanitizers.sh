#!/usr/bin/env bash
# Runs the test suite under AddressSanitizer and ThreadSanitizer (parallel reading is where races
# hide), each in its own build folder. Usage: scripts/sanitizers.sh [address] [thread]
#
# Memory errors and data races fail the run. Leaks fail it when reglint's own code allocated
# them; leaks inside the toolchain, Foundation, libxml2 or ZIPFoundation alone are listed but do
# not fail it (they are one-time process globals or third-party; scripts/lsan-suppressions.txt
# names the known ones).
set -euo pipefail
cd "$(dirname "$0")/.."
sanitizers=("$@")
[ ${#sanitizers[@]} -gt 0 ] || sanitizers=(address thread)
for sanitizer in "${sanitizers[@]}"; do
  echo "== swift test --sanitize=$sanitizer"
  log=".sanitizer-$sanitizer.log"
  ASAN_OPTIONS=detect_leaks=1:halt_on_error=1 \
    LSAN_OPTIONS="suppressions=$PWD/scripts/lsan-suppressions.txt:exitcode=0" \
    TSAN_OPTIONS=halt_on_error=1 \
    swift test --sanitize="$sanitizer" --scratch-path ".build-$sanitizer" >"$log" 2>&1 || {
      tail -40 "$log"; echo "the $sanitizer-sanitized test run failed; see $log" >&2; exit 1; }
  grep -E "Test run with .* passed" "$log" | tail -1
  if grep -q "ERROR: AddressSanitizer\|WARNING: ThreadSanitizer" "$log"; then
    echo "$sanitizer sanitizer reported a problem; see $log" >&2
    exit 1
  fi
  # A leak report is ours when one of its frames is in a reglint library module.
  ours=$(awk '/(Direct|Indirect) leak/ { if (block ~ /RegLint(Core|Readers|Checks|Reporters|Command|Testing)[0-9]/) n++; block="" }
              { block = block "\n" $0 }
              END { if (block ~ /RegLint(Core|Readers|Checks|Reporters|Command|Testing)[0-9]/) n++; print n+0 }' "$log")
  if [ "$ours" -gt 0 ]; then
    echo "LeakSanitizer found $ours leak(s) in reglint's own code; see $log" >&2
    exit 1
  fi
  others=$(grep -c "ERROR: LeakSanitizer" "$log" || true)
  [ "$others" -eq 0 ] || echo "   ($others process(es) reported leaks only in third-party or toolchain code)"
done
