#!/usr/bin/env bash
# Reads every file of the hostile corpus with `reglint tree`, one process per file, and fails
# when any takes a second or more, uses more than 200 MB, or crashes (exit status other than 0
# or 3). The exact messages are pinned by HostileCorpusTests; this script pins time and memory.
set -u
cd "$(dirname "$0")/.."
configuration=${HOSTILE_CONFIGURATION:-debug}
swift build -c "$configuration" --product reglint >/dev/null || exit 2
bin=$(swift build -c "$configuration" --show-bin-path)/reglint
failed=0
for file in Tests/RegLintReadersTests/HostileCorpus/*; do
  /usr/bin/time -f '%e %M' -o /tmp/hostile-time.txt "$bin" tree "$file" >/dev/null 2>/tmp/hostile-err.txt
  status=$?
  read -r seconds peak_kb < <(tail -n 1 /tmp/hostile-time.txt)
  verdict=ok
  if [ "$status" -ne 0 ] && [ "$status" -ne 3 ]; then verdict="CRASHED ($status)"; fi
  if awk "BEGIN { exit !($seconds >= 1.0) }"; then verdict="TOO SLOW"; fi
  if [ "$peak_kb" -gt 204800 ]; then verdict="TOO MUCH MEMORY"; fi
  printf '%-8s %5.2fs %7d KB  %s\n' "$verdict" "$seconds" "$peak_kb" "$(basename "$file")"
  [ "$verdict" = ok ] || failed=$((failed + 1))
done
echo "$failed hostile file(s) over the limits"
[ "$failed" -eq 0 ]
