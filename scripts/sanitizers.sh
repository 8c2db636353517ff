#!/usr/bin/env bash
# Runs the test suite under AddressSanitizer and ThreadSanitizer (parallel reading is where races
# hide), each in its own build folder. Usage: scripts/sanitizers.sh [address] [thread]
set -euo pipefail
cd "$(dirname "$0")/.."
sanitizers=("$@")
[ ${#sanitizers[@]} -gt 0 ] || sanitizers=(address thread)
for sanitizer in "${sanitizers[@]}"; do
  echo "== swift test --sanitize=$sanitizer"
  # Leak checking is on, with the known third-party leaks suppressed (scripts/lsan-suppressions.txt).
  ASAN_OPTIONS=detect_leaks=1:halt_on_error=1 LSAN_OPTIONS="suppressions=$PWD/scripts/lsan-suppressions.txt" \
    TSAN_OPTIONS=halt_on_error=1 \
    swift test --sanitize="$sanitizer" --scratch-path ".build-$sanitizer" 2>&1 | tee ".sanitizer-$sanitizer.log" | tail -3
  grep -q "Test run with .* passed" ".sanitizer-$sanitizer.log"
  if grep -q "ERROR: AddressSanitizer\|ERROR: LeakSanitizer\|WARNING: ThreadSanitizer" ".sanitizer-$sanitizer.log"; then
    echo "$sanitizer sanitizer reported a problem; see .sanitizer-$sanitizer.log" >&2
    exit 1
  fi
done
