#!/usr/bin/env bash
# Renders reglint's HTML report of corpus/ with headless Chromium to a PNG, so a person can look
# at what a reviewer sees. Installs Chromium (Debian package) when it is missing. Not run by CI
# (too heavy); docs/images/html-report.png was made with it.
#
#   scripts/render-html-report.sh [OUT.png] [WIDTH,HEIGHT] [PATHS…]
#
# OUT.png defaults to .build/html-report.png, the window to 1400,1800, the documents checked to
# corpus (the picture shows the top of the page: name one document to see its text). The report
# itself is left beside the PNG (OUT.html). REGLINT names the binary (default
# .build/debug/reglint, built when missing).
set -euo pipefail
cd "$(dirname "$0")/.."

out="${1:-.build/html-report.png}"
size="${2:-1400,1800}"
shift $(($# < 2 ? $# : 2))
paths=("$@")
[ ${#paths[@]} -gt 0 ] || paths=(corpus)

if ! command -v chromium >/dev/null 2>&1; then
  echo "== installing chromium"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi

reglint="${REGLINT:-.build/debug/reglint}"
if [ ! -x "$reglint" ]; then swift build --product reglint; fi

mkdir -p "$(dirname "$out")"
report="${out%.png}.html"
"$reglint" check --quiet --fail-on never --format html --output "$report" "${paths[@]}"
echo "wrote $report ($(wc -c <"$report") bytes)"

url="file://$(cd "$(dirname "$report")" && pwd)/$(basename "$report")"
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor=1 \
  --window-size="$size" --screenshot="$out" "$url" 2>/dev/null
echo "wrote $out ($(wc -c <"$out") bytes)"
