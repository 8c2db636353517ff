#!/usr/bin/env python3
# Copyright the reglint authors.
# SPDX-License-Identifier: Apache-2.0
"""Precision and recall of reglint on the external corpus.

Runs `reglint check --fail-on never --format json` on the corpus (by default
../shared/corpus-external beside the repository), compares the findings with the
labelled expectations in Tests/ExternalCorpus/expected.yml and prints, per rule,
the findings, how many are real defects, precision and recall, then every
unexpected finding and every expected finding that was missed. How to label a
finding and how matching works: docs/external-corpus.md.

Usage: python3 scripts/external-precision.py [CORPUS] [--strict] [--max-findings N]
                                             [--json] [--findings REPORT.json]

Environment: REGLINT, the reglint binary (default .build/debug/reglint, built with
`swift build` when missing).

Exit status: 0 (report mode, or strict and all is well); 1 with --strict when an
expected finding is missed, when the structure/numbering + references/dangling
findings exceed --max-findings, or when a figures/* finding is not labelled; 2 when reglint or the expectations file fails.
"""

import argparse
import csv
import glob
import json
import os
import re
import subprocess
import sys
import tempfile
from collections import defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_CORPUS = os.path.join(ROOT, "..", "shared", "corpus-external")
DEFAULT_EXPECTATIONS = os.path.join(ROOT, "Tests", "ExternalCorpus", "expected.yml")
# Rules whose total the issue caps (--max-findings).
GATED_RULES = ("structure/numbering", "references/dangling")
# Rules also measured on the plain-text extractions vi/*.txt (a folder walk reads only .docx
# and .xml; these files are named on the command line in a second run, and only these rules'
# findings are kept from it, so the other rules' figures stay those of the folder run).
TEXT_RULES = ("clauses/missing", "clauses/empty")
# Rules whose every finding must be labelled a real defect (expected or debatable): with
# --strict, an unlabelled one fails. Always listed, even with no finding.
FIGURES_RULES = ("figures/sum", "figures/percent", "figures/words", "figures/restated",
                 "figures/table-total", "figures/date-order", "figures/structure-count")
# The date the labels were made: "outdated" is judged as of this day.
AS_OF = "2026-11-30"
# The lists of the expectations file: real defects reglint must report, findings
# that count neither way, and real defects reglint does not report yet.
LISTS = ("expected", "debatable", "unreported")
FIELDS = ("file", "rule", "location", "section", "excerpt", "message", "reason")
SECTION_SEPARATOR = "›"


class Failure(Exception):
    """A problem that stops the script with exit status 2."""


# --------------------------------------------------------------------------
# Expectations: a small, strict subset of YAML (see the header of expected.yml).

LIST_LINE = re.compile(r"^([a-z_]+):\s*(\[\])?$")
ITEM_LINE = re.compile(r"^  - ([a-z_]+):(?: (.*))?$")
FIELD_LINE = re.compile(r"^    ([a-z_]+):(?: (.*))?$")
PLAIN_SCALAR = re.compile(r"^[A-Za-z][A-Za-z0-9_./-]*$")
YAML_WORDS = {"true", "false", "yes", "no", "on", "off", "null", "y", "n"}


def parse_scalar(raw, where):
    """A double-quoted (JSON-escaped) string, or a plain word such as a path or rule id."""
    raw = (raw or "").strip()
    if raw.startswith('"'):
        try:
            value, end = json.JSONDecoder().raw_decode(raw)
        except ValueError as error:
            raise Failure(f"{where}: bad double-quoted string ({error})") from None
        if raw[end:].strip():
            raise Failure(f"{where}: text after the closing quote (comments go on their own line)")
        return value
    if PLAIN_SCALAR.match(raw) and raw.lower() not in YAML_WORDS:
        return raw
    raise Failure(f'{where}: write this value in double quotes: {raw!r}')


def parse_expectations(text, name):
    """Returns {list name: [entry dict]} from the expectations file's YAML subset."""
    lists = {key: [] for key in LISTS}
    current_list = None
    item = None
    for number, line in enumerate(text.splitlines(), 1):
        where = f"{name}:{number}"
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if match := LIST_LINE.match(line):
            current_list, item = match.group(1), None
            if current_list not in lists:
                raise Failure(f"{where}: unknown list {current_list!r} (expected one of {', '.join(LISTS)})")
            continue
        match = ITEM_LINE.match(line) or FIELD_LINE.match(line)
        if not match or current_list is None:
            raise Failure(f"{where}: not part of the expectations format: {line.strip()!r}")
        key = match.group(1)
        if key not in FIELDS:
            raise Failure(f"{where}: unknown field {key!r} (expected one of {', '.join(FIELDS)})")
        if line.startswith("  - "):
            item = {"where": where}
            lists[current_list].append(item)
        elif item is None:
            raise Failure(f"{where}: field outside an entry")
        if key in item:
            raise Failure(f"{where}: {key} given twice")
        item[key] = parse_scalar(match.group(2), where)
    return {key: [entry_from_fields(fields, key) for fields in entries] for key, entries in lists.items()}


def parse_location(text):
    """'line L:C' or 'line L' → (L, None); '¶N' → (None, N); anything else → (None, None)."""
    if match := re.match(r"^line (\d+)(?::\d+)?$", text or ""):
        return int(match.group(1)), None
    if match := re.match(r"^¶(\d+)$", text or ""):
        return None, int(match.group(1))
    return None, None


def entry_from_fields(fields, kind):
    where = fields.get("where", "")
    for required in ("file", "rule", "excerpt", "reason"):
        # A missing clause has no words of its own: its finding has no excerpt.
        if required == "excerpt" and fields.get("rule") in TEXT_RULES and "excerpt" in fields:
            continue
        if not fields.get(required):
            raise Failure(f"{where}: entry without {required}")
    line, paragraph = parse_location(fields.get("location"))
    if fields.get("location") and line is None and paragraph is None:
        raise Failure(f"{where}: location must be 'line L:C' or '¶N', not {fields['location']!r}")
    section = split_section(fields.get("section", ""))
    if line is None and not section:
        raise Failure(f"{where}: an entry needs location \"line L:C\" (XML) or its section path (DOCX: ¶N alone moves)")
    return {
        "kind": kind,
        "file": fields["file"],
        "rule": fields["rule"],
        "location": fields.get("location", ""),
        "line": line,
        "paragraph": paragraph,
        "section": section,
        "excerpt": fields["excerpt"],
        "message": fields.get("message", ""),
        "reason": fields.get("reason", ""),
        "where": where,
    }


def split_section(text):
    return [part.strip() for part in text.split(SECTION_SEPARATOR) if part.strip()]


def read_label_rows(paths):
    """Reviewer verdicts (file,rule,location,section,…,verdict,pattern,reason CSV) as entries."""
    entries = []
    for path in paths:
        with open(path, newline="", encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                line, paragraph = parse_location(row.get("location"))
                entries.append({
                    "kind": "label",
                    "file": row["file"],
                    "rule": row["rule"],
                    "line": line,
                    "paragraph": paragraph,
                    "section": split_section(row.get("section", "")),
                    "excerpt": row.get("excerpt", ""),
                    "verdict": row.get("verdict", ""),
                    "pattern": row.get("pattern", ""),
                })
    return entries


# --------------------------------------------------------------------------
# Findings

def run_reglint(corpus, report_path):
    binary = os.environ.get("REGLINT") or os.path.join(ROOT, ".build", "debug", "reglint")
    if not os.path.exists(binary):
        if os.environ.get("REGLINT"):
            raise Failure(f"REGLINT={binary} does not exist")
        print(f"== building reglint ({binary} is missing)", file=sys.stderr)
        if subprocess.run(["swift", "build", "--product", "reglint"], cwd=ROOT).returncode != 0:
            raise Failure("swift build failed")
    # The project's starter registries and a fixed date, so references/outdated is measured
    # too and the result does not change with the day it runs.
    config_path = os.path.join(os.path.dirname(report_path), "external.reglint.yml")
    registries = sorted(glob.glob(os.path.join(ROOT, "registries", "*.yml")))
    with open(config_path, "w", encoding="utf-8") as handle:
        handle.write(f"as_of: {AS_OF}\nregistries:\n")
        handle.writelines(f"  - {json.dumps(path)}\n" for path in registries)
    command = [binary, "check", "--fail-on", "never", "--quiet", "--config", config_path,
               "--format", "json", "--output", report_path, os.path.abspath(corpus)]
    status = subprocess.run(command).returncode
    # 0: no finding at the threshold; 1 cannot happen with --fail-on never but is harmless;
    # 3: some files could not be read (listed in the report).
    if status not in (0, 1, 3):
        raise Failure(f"{' '.join(command)} exited with status {status}")
    texts = sorted(glob.glob(os.path.join(os.path.abspath(corpus), "vi", "*.txt")))
    if texts:
        command = command[:-2] + [text_report_path(report_path)] + texts
        status = subprocess.run(command).returncode
        if status not in (0, 1, 3):
            raise Failure(f"{' '.join(command)} exited with status {status}")
    return binary


def text_report_path(report_path):
    return report_path + ".texts.json"


def read_text_findings(report_path, corpus):
    """The TEXT_RULES findings of the run over vi/*.txt, when there was one."""
    path = text_report_path(report_path)
    if not os.path.exists(path):
        return [], 0
    findings, checked, _ = read_report(path, corpus)
    return [finding for finding in findings if finding["rule"] in TEXT_RULES], checked


def read_report(path, corpus):
    with open(path, encoding="utf-8") as handle:
        report = json.load(handle)
    base = os.path.abspath(corpus)

    def relative(file_path):
        relative_path = os.path.relpath(os.path.abspath(file_path), base)
        # A --findings report made in another folder: cut at the corpus folder's name.
        marker = os.sep + os.path.basename(base) + os.sep
        if relative_path.startswith(".." + os.sep) and marker in os.sep + file_path:
            return (os.sep + file_path).split(marker, 1)[1]
        return relative_path

    findings = []
    for finding in report["findings"]:
        location = finding.get("location") or {}
        findings.append({
            "file": relative(finding["path"]),
            "rule": finding["rule"],
            "line": location.get("line"),
            "column": location.get("column"),
            "paragraph": location.get("paragraph"),
            "section": location.get("section") or [],
            "excerpt": finding.get("excerpt") or "",
            "message": finding.get("message", ""),
            "severity": finding.get("severity", ""),
        })
    files = report.get("files", [])
    unreadable = [{"file": relative(entry["path"]), "message": (entry.get("error") or {}).get("message", "")}
                  for entry in files if entry.get("status") != "checked"]
    return findings, len(files) - len(unreadable), unreadable


def location_text(item):
    if item.get("line") is not None:
        column = item.get("column")
        return f"line {item['line']}:{column}" if column is not None else f"line {item['line']}"
    if item.get("paragraph") is not None:
        return f"¶{item['paragraph']}"
    return "—"


# --------------------------------------------------------------------------
# Matching

def last(section):
    return section[-1] if section else None


def distance(entry, finding):
    if entry["line"] is not None and finding["line"] is not None:
        return abs(entry["line"] - finding["line"])
    if entry["paragraph"] is not None and finding["paragraph"] is not None:
        return abs(entry["paragraph"] - finding["paragraph"])
    return 0


# The three passes, strictest first; every pass runs over all entries before the next.
PASSES = (
    # 1. XML: same line and same excerpt.
    lambda entry, finding: entry["line"] is not None and finding["line"] == entry["line"]
    and finding["excerpt"] == entry["excerpt"],
    # 2. XML: same line, when it is the only unmatched finding of that rule on the line.
    lambda entry, finding: entry["line"] is not None and finding["line"] == entry["line"],
    # 3. Location drifted, or DOCX: same excerpt and same last section path component.
    lambda entry, finding: finding["excerpt"] == entry["excerpt"]
    and last(finding["section"]) == last(entry["section"]),
)


def match(entries, findings):
    """Pairs entries with findings one to one: {entry index: finding index}.

    Only findings of the entry's file and rule are candidates. Within a pass, the closest pairs
    are taken first: same whole section path before same last component, then the nearest line
    or paragraph.
    """
    candidates = defaultdict(list)
    for index, finding in enumerate(findings):
        candidates[(finding["file"], finding["rule"])].append(index)
    pairs, taken = {}, set()
    for number, accepts in enumerate(PASSES, 1):
        ranked = []
        for entry_index, entry in enumerate(entries):
            if entry_index in pairs:
                continue
            found = [index for index in candidates[(entry["file"], entry["rule"])]
                     if index not in taken and accepts(entry, findings[index])]
            if number == 2 and len(found) > 1:
                continue
            ranked += [((findings[index]["section"] != entry["section"], distance(entry, findings[index]),
                         entry_index, index), entry_index, index) for index in found]
        for _, entry_index, index in sorted(ranked):
            if entry_index not in pairs and index not in taken:
                pairs[entry_index] = index
                taken.add(index)
    return pairs


# --------------------------------------------------------------------------
# Report

def ratio(numerator, denominator):
    return numerator / denominator if denominator else None


def percent(value):
    return "—" if value is None else f"{100 * value:.1f}%"


def evaluate(findings, expectations, labels, max_findings, max_false=None):
    entries = [entry for key in LISTS for entry in expectations[key]]
    pairs = match(entries, findings)
    verdict_of = {finding_index: entries[entry_index] for entry_index, finding_index in pairs.items()}
    unmatched = [index for index in range(len(findings)) if index not in verdict_of]
    label_pairs = match(labels, [findings[index] for index in unmatched])
    label_of = {unmatched[finding_index]: labels[label_index] for label_index, finding_index in label_pairs.items()}

    rules = sorted({finding["rule"] for finding in findings} | {entry["rule"] for entry in entries}
                   | set(FIGURES_RULES))
    per_rule = {}
    for rule in rules:
        of_rule = [index for index, finding in enumerate(findings) if finding["rule"] == rule]
        true = sum(1 for index in of_rule if verdict_of.get(index, {}).get("kind") in ("expected", "unreported"))
        debatable = sum(1 for index in of_rule if verdict_of.get(index, {}).get("kind") == "debatable")
        expected = [i for i, entry in enumerate(entries) if entry["rule"] == rule and entry["kind"] == "expected"]
        matched = sum(1 for i in expected if i in pairs)
        per_rule[rule] = {
            "findings": len(of_rule), "true": true, "debatable": debatable,
            "precision": ratio(true, len(of_rule) - debatable),
            "expected": len(expected), "matched": matched, "recall": ratio(matched, len(expected)),
        }
    total = {key: sum(values[key] for values in per_rule.values())
             for key in ("findings", "true", "debatable", "expected", "matched")}
    total["precision"] = ratio(total["true"], total["findings"] - total["debatable"])
    total["recall"] = ratio(total["matched"], total["expected"])

    def described(index):
        finding = dict(findings[index], location=location_text(findings[index]))
        label = label_of.get(index)
        if label:
            finding["label"] = {"verdict": label["verdict"], "pattern": label["pattern"]}
        return finding

    def entry_out(entry):
        return {key: entry[key] for key in ("file", "rule", "location", "section", "excerpt", "message", "reason")}

    gated = sum(values["findings"] for rule, values in per_rule.items() if rule in GATED_RULES)
    missed = [entry_out(entry) for i, entry in enumerate(entries) if entry["kind"] == "expected" and i not in pairs]
    problems = []
    if missed:
        problems.append(f"{len(missed)} expected finding(s) missed")
    if gated > max_findings:
        problems.append(f"{' + '.join(GATED_RULES)}: {gated} findings, more than {max_findings}")
    false_alarms = sum(1 for index in range(len(findings))
                       if index not in verdict_of and findings[index]["rule"] in GATED_RULES)
    if max_false is not None and false_alarms > max_false:
        problems.append(f"{' + '.join(GATED_RULES)}: {false_alarms} unexpected findings, more than {max_false}")
    figures_unlabelled = sum(1 for index in range(len(findings))
                             if index not in verdict_of and findings[index]["rule"] in FIGURES_RULES)
    if figures_unlabelled:
        problems.append(f"figures/*: {figures_unlabelled} finding(s) not labelled in the expectations file")
    return {
        "rules": per_rule,
        "total": total,
        "gated": {"rules": list(GATED_RULES), "findings": gated, "limit": max_findings,
                  "unexpected": false_alarms, "unexpected_limit": max_false},
        "unexpected": [described(index) for index in range(len(findings)) if index not in verdict_of],
        "missed": missed,
        "debatable": [dict(described(index), reason=verdict_of[index]["reason"])
                      for index in sorted(verdict_of) if verdict_of[index]["kind"] == "debatable"],
        "newly_reported": [dict(described(index), reason=verdict_of[index]["reason"])
                           for index in sorted(verdict_of) if verdict_of[index]["kind"] == "unreported"],
        "unreported": [entry_out(entry) for i, entry in enumerate(entries)
                       if entry["kind"] == "unreported" and i not in pairs],
        "strict_problems": problems,
    }


def finding_line(finding):
    section = f" {SECTION_SEPARATOR} ".join(finding["section"]) or "—"
    label = finding.get("label")
    tag = f"  [labelled {label['verdict']}{': ' + label['pattern'] if label['pattern'] else ''}]" if label else ""
    return (f"    {finding['location']:<14} {finding['rule']:<20} {section}: {finding['message']}"
            f"  «{finding['excerpt']}»{tag}")


def entry_line(entry):
    section = f" {SECTION_SEPARATOR} ".join(entry["section"]) or "—"
    return f"    {entry['location'] or '—':<14} {entry['rule']:<20} {section}  «{entry['excerpt']}»: {entry['reason']}"


def by_file(items, render):
    lines, current = [], None
    for item in sorted(items, key=lambda item: (item["file"], item.get("line") or 0, item.get("paragraph") or 0)):
        if item["file"] != current:
            current = item["file"]
            lines.append(f"  {current}")
        lines.append(render(item))
    return lines


def print_text(result, header):
    print("\n".join(header))
    print()
    print(f"{'rule':<22}{'findings':>9}{'true':>6}{'debatable':>10}{'precision':>11}"
          f"{'expected':>10}{'matched':>9}{'recall':>8}")
    for rule, values in list(result["rules"].items()) + [("all", result["total"])]:
        print(f"{rule:<22}{values['findings']:>9}{values['true']:>6}{values['debatable']:>10}"
              f"{percent(values['precision']):>11}{values['expected']:>10}{values['matched']:>9}"
              f"{percent(values['recall']):>8}")
    gated = result["gated"]
    print(f"\n{' + '.join(gated['rules'])}: {gated['findings']} findings (limit {gated['limit']}), "
          f"{gated['unexpected']} unexpected"
          + (f" (limit {gated['unexpected_limit']})" if gated["unexpected_limit"] is not None else ""))

    sections = [
        ("Unexpected findings (not in expected.yml: false alarms until labelled)", result["unexpected"], finding_line),
        ("Expected findings missed", result["missed"], entry_line),
        ("Debatable findings reported (count neither way)", result["debatable"], finding_line),
        ("Listed as unreported but now reported: move them to expected", result["newly_reported"], finding_line),
        ("Real defects reglint does not report yet (unreported:)", result["unreported"], entry_line),
    ]
    for title, items, render in sections:
        print(f"\n{title}: {len(items)}")
        if items:
            print("\n".join(by_file(items, render)))
    patterns = defaultdict(int)
    for finding in result["unexpected"]:
        if "label" in finding:
            patterns[finding["label"]["verdict"] + (" " + finding["label"]["pattern"] if finding["label"]["pattern"] else "")] += 1
    if patterns:
        print("\nUnexpected findings by reviewer label (labels/*.csv):")
        for name, count in sorted(patterns.items(), key=lambda item: (-item[1], item[0])):
            print(f"  {count:>4}  {name}")
    if result["strict_problems"]:
        print("\nNot yet at target: " + "; ".join(result["strict_problems"]))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="?", default=DEFAULT_CORPUS, help="the external corpus folder")
    parser.add_argument("--expected", default=DEFAULT_EXPECTATIONS, help="the expectations file")
    parser.add_argument("--strict", action="store_true",
                        help="exit 1 when an expected finding is missed or the gated rules exceed --max-findings")
    parser.add_argument("--max-findings", type=int, default=20,
                        help="limit on structure/numbering + references/dangling findings (default 20)")
    parser.add_argument("--max-false", type=int,
                        help="with --strict: limit on unexpected (unlabelled) structure/numbering + "
                             "references/dangling findings")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    parser.add_argument("--findings", help="read this reglint JSON report instead of running reglint")
    arguments = parser.parse_args()

    try:
        if not os.path.isdir(arguments.corpus):
            raise Failure(f"no corpus at {arguments.corpus}")
        with open(arguments.expected, encoding="utf-8") as handle:
            expectations = parse_expectations(handle.read(), os.path.relpath(arguments.expected))
        label_files = sorted(glob.glob(os.path.join(arguments.corpus, "labels", "*.csv"))
                             + glob.glob(os.path.join(os.path.dirname(arguments.expected), "*.csv")))
        labels = read_label_rows(label_files)
        if arguments.findings:
            binary, report_path = None, arguments.findings
            findings, checked, unreadable = read_report(report_path, arguments.corpus)
        else:
            with tempfile.TemporaryDirectory() as folder:
                report_path = os.path.join(folder, "findings.json")
                binary = run_reglint(arguments.corpus, report_path)
                findings, checked, unreadable = read_report(report_path, arguments.corpus)
                text_findings, text_checked = read_text_findings(report_path, arguments.corpus)
                findings += text_findings
                checked += text_checked
    except (Failure, OSError, ValueError, KeyError) as error:
        print(f"external-precision: {error}", file=sys.stderr)
        return 2

    result = evaluate(findings, expectations, labels, arguments.max_findings, arguments.max_false)
    result.update({
        "corpus": arguments.corpus,
        "reglint": binary,
        "files": {"checked": checked, "unreadable": unreadable},
        "expectations": {key: len(entries) for key, entries in expectations.items()},
    })
    if arguments.json:
        json.dump(result, sys.stdout, ensure_ascii=False, indent=2, sort_keys=True)
        print()
    else:
        counts = ", ".join(f"{len(entries)} {key}" for key, entries in expectations.items())
        header = [f"External corpus {os.path.relpath(arguments.corpus)}: {checked} files checked, "
                  f"{len(unreadable)} unreadable"]
        header += [f"  unreadable: {entry['file']}" for entry in unreadable]
        header += [
            f"Expectations {os.path.relpath(arguments.expected)}: {counts}"
            + (f"; reviewer labels from {len(label_files)} CSV file(s)" if label_files else ""),
            f"Findings from {binary or arguments.findings}",
        ]
        print_text(result, header)
    return 1 if arguments.strict and result["strict_problems"] else 0


if __name__ == "__main__":
    sys.exit(main())
