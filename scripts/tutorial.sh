#!/usr/bin/env bash
# Runs the commands of docs/writing-checks.md in order from the repository root and checks that
# each does what the tutorial says. CI runs it.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== 1. a YAML rule"
out="$(swift run reglint check --fail-on never --config corpus/tutorial.reglint.yml corpus/vi corpus/en)"
grep -F "meal allowance of 200.000 đồng is above the house ceiling of 150.000 đồng — “Hỗ trợ tiền ăn: 200.000 đồng” [an-ha/meal-allowance]" <<<"$out"

echo "== 2. an external program"
swift run reglint tree --format json corpus/vi/quy-dinh-bao-ve-du-lieu.akn.xml > /tmp/reglint-tutorial-tree.json
python3 -c 'import json; print(json.dumps({"protocol": 1, "options": {"max_words": 60}, "document": json.load(open("/tmp/reglint-tutorial-tree.json"))[0]}))' \
  | python3 Examples/plugins/long-paragraph.py | grep -F '"readability/long-paragraph"'
grep -F "[readability/long-paragraph]" <<<"$out"

echo "== 3. a Swift check"
(
  cd Examples/CustomChecks
  swift test
  swift run reglint-house rules | grep -F "house/long-article"
  swift run reglint-house check --fail-on never --config ../../corpus/tutorial.reglint.yml ../../corpus/vi \
    | grep -F "Điều 4 has 7 clauses (at most 6); split it — “Điều 4.” [house/long-article]"
  swift package reglint rules | grep -F "house/long-article"
  # Beyond the tutorial: the runner's findings in every format, and accepted by a baseline.
  for format in text json sarif junit checkstyle github; do
    swift run reglint-house check --fail-on never --format "$format" --config ../../corpus/tutorial.reglint.yml \
      ../../corpus/vi | grep -q "house/long-article" || { echo "no house/long-article in $format" >&2; exit 1; }
  done
  baseline="$(mktemp)"
  swift run reglint-house check --quiet --write-baseline "$baseline" --config ../../corpus/tutorial.reglint.yml ../../corpus/vi >/dev/null
  if swift run reglint-house check --fail-on never --baseline "$baseline" --config ../../corpus/tutorial.reglint.yml \
    ../../corpus/vi | grep -q "house/long-article"; then
    echo "the baseline did not accept house/long-article" >&2
    exit 1
  fi
  rm -f "$baseline"
)
echo "tutorial: every step did what docs/writing-checks.md says"
