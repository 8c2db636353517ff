#!/usr/bin/env bash
# Reads every document of ../shared/corpus-external (or the folder given) with `reglint tree`
# and reports, per file, whether it was read, refused with a clear error, crashed or hung.
# Exit status 1 when any file crashed or took longer than the time limit.
set -u
root=${1:-"$(dirname "$0")/../../shared/corpus-external"}
limit=${SWEEP_SECONDS:-20}
[ -d "$root" ] || { echo "no corpus at $root: nothing to sweep"; exit 0; }
configuration=${SWEEP_CONFIGURATION:-debug}
swift build -c "$configuration" --product reglint >/dev/null || exit 2
bin=$(swift build -c "$configuration" --show-bin-path)/reglint
read_ok=0; refused=0; crashed=0
while IFS= read -r -d '' file; do
  start=$(date +%s%N)
  timeout "$limit" "$bin" tree "$file" >/dev/null 2>/tmp/sweep-err.txt
  status=$?
  took=$(( ($(date +%s%N) - start) / 1000000 ))
  case $status in
    0) read_ok=$((read_ok + 1)); printf 'read     %6d ms  %s\n' "$took" "$file" ;;
    3) refused=$((refused + 1)); printf 'refused  %6d ms  %s\n' "$took" "$(head -c 300 /tmp/sweep-err.txt)" ;;
    *) crashed=$((crashed + 1)); printf 'FAILED   status %s  %s\n' "$status" "$file"; head -5 /tmp/sweep-err.txt ;;
  esac
done < <(find "$root" -type f \( -name '*.docx' -o -name '*.xml' \) -print0 | sort -z)
echo "$read_ok read, $refused refused with an error, $crashed crashed or hung"
[ "$crashed" -eq 0 ]
