#!/usr/bin/env python3
"""An example reglint plugin (docs/plugins.md): reports paragraphs longer than a number of words.

reglint writes one JSON request per document to standard input and reads the findings from
standard output. Needs nothing but python3. Configure it in .reglint.yml:

    plugins:
      - name: readability
        command: [python3, Examples/plugins/long-paragraph.py]
        rules: [long-paragraph]
        options: {max_words: 60}
"""
import json
import sys

PROTOCOL = 1


def paragraphs(sections):
    """Every paragraph block of the tree, in document order."""
    for section in sections:
        for block in section.get("blocks", []):
            if block.get("type") == "paragraph" and block.get("text"):
                yield block
        yield from paragraphs(section.get("children", []))


def main():
    request = json.load(sys.stdin)
    if request.get("protocol") != PROTOCOL:
        sys.exit(f"long-paragraph.py speaks protocol {PROTOCOL}, got {request.get('protocol')}")
    limit = int(request.get("options", {}).get("max_words", 60))
    findings = []
    for block in paragraphs(request["document"]["sections"]):
        words = block["text"].split()
        if len(words) > limit:
            findings.append({
                "rule": "readability/long-paragraph",
                "message": f"the paragraph has {len(words)} words (at most {limit}); split it",
                "message_vi": f"Đoạn văn có {len(words)} từ (tối đa {limit} từ); nên tách thành nhiều đoạn",
                "location": block["location"],
                "excerpt": " ".join(words[:6]),
            })
    json.dump({"protocol": PROTOCOL, "findings": findings}, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
