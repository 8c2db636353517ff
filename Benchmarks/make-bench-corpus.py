#!/usr/bin/env python3
# Copyright the reglint authors.
# SPDX-License-Identifier: Apache-2.0
"""Write a deterministic benchmark corpus of regulation documents.

    python3 Benchmarks/make-bench-corpus.py OUT_DIR [--docs 1000] [--seed 14]
    python3 Benchmarks/make-bench-corpus.py OUT_DIR --one FILE --articles N [--lang en]

The corpus mixes DOCX and Akoma Ntoso, Vietnamese and English, in realistic sizes: most
documents a few KB to 100 KB, one in twenty up to about 2 MB. Each document has chapters,
articles, clauses and points, tables with a total row, citations of instruments (some
outdated in the built-in registry, some unknown) and internal cross-references (a few
dangling), and figures (counts with a breakdown, percentages, amounts in words).
OUT_DIR also gets a `.reglint.yml` (as_of fixed, every built-in rule on) so it is its own
repository root. `--one` writes a single document with N articles (the 5,000-article
cross-reference probe). Same arguments, same bytes. Standard library only.
"""

import argparse
import importlib.util
import os
import random
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location(
    "large", os.path.join(HERE, "..", "scripts", "make-large-inputs.py"))
large = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(large)

NS_AKN = large.NS_AKN
XML_DECL = large.XML_DECL

VI = {
    "chapter": "Chương", "article": "Điều", "type": "QUY ĐỊNH", "lang": "vie", "wlang": "vi-VN",
    "chapters": large.CHAPTER_TITLES, "headings": large.HEADINGS, "sentences": large.SENTENCES,
    "points": large.POINTS, "letters": ["a", "b", "c", "d", "đ", "e"],
    "title": "Quy chế quản lý hồ sơ số {n}",
    "basis": ["Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 80/2015/QH13 ngày 22 tháng 6 năm 2015;",
              "Căn cứ Nghị định số 04/2015/NĐ-CP ngày 09 tháng 01 năm 2015 của Chính phủ;",
              "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư;",
              "Căn cứ Thông tư số 01/2011/TT-BNV ngày 19 tháng 01 năm 2011 của Bộ Nội vụ;"],
    "xref": "Việc thực hiện theo quy định tại khoản {k} Điều {a} của Quy chế này.",
    "figures": "Năm 2023, đơn vị tiếp nhận {t} hồ sơ, trong đó {p} hồ sơ trực tuyến và {q} hồ sơ trực tiếp; "
               "tỷ lệ hồ sơ trực tuyến đạt {pct}%.",
    "amount": "Mức chi hỗ trợ là 2.500.000 đồng (hai triệu năm trăm nghìn đồng) một người một tháng.",
    "table": [("Loại hồ sơ", "Số lượng", "Đã xử lý"), ("Hồ sơ cấp mới", "120", "115"),
              ("Hồ sơ gia hạn", "80", "78"), ("Hồ sơ điều chỉnh", "45", "40"), ("Tổng cộng", "245", "233")],
    "intro": " Cụ thể như sau:",
}
EN = {
    "chapter": "Chapter", "article": "Article", "type": "POLICY", "lang": "eng", "wlang": "en-GB",
    "chapters": ["GENERAL PROVISIONS", "ORGANISATION", "RECORDS AND INFORMATION", "FINANCE",
                 "MONITORING AND REVIEW", "FINAL PROVISIONS"],
    "headings": ["Scope", "Application", "Definitions", "Principles", "Responsibilities of the owner",
                 "Responsibilities of staff", "Reporting", "Records management", "Funding",
                 "Monitoring", "Breaches and sanctions", "Transitional provisions"],
    "sentences": [
        "Every unit shall comply with this Policy and with the other rules that apply to its work.",
        "Requests are received and handled through the records system, openly and within the time allowed.",
        "The head of each unit is accountable for the results of the tasks assigned within that unit.",
        "The costs of carrying out this Policy are met from the annual budget of the organisation.",
        "Quarterly reports are submitted before the 15th day of the last month of each quarter.",
        "Where a question arises, the unit concerned shall refer it in writing to the Secretary.",
        "Records created in the course of business shall be kept and transferred to the archive.",
        "Staff assigned to a task shall cooperate closely and share information with other units.",
    ],
    "points": ["collect and consolidate the information needed for management;",
               "guide, inspect and follow up the work of the units;",
               "propose measures to deal with breaches;",
               "keep information safe and confidential;",
               "coordinate with other bodies on matters that arise;",
               "carry out other tasks assigned by the Board."],
    "letters": ["a", "b", "c", "d", "e", "f"],
    "title": "Records Management Policy No. {n}",
    "basis": ["Having regard to Regulation (EU) 2016/679 of the European Parliament and of the Council;",
              "Having regard to Directive 95/46/EC of the European Parliament and of the Council;",
              "Having regard to ISO/IEC 27001:2013 on information security management;"],
    "xref": "This is done as provided in Article {a}({k}) of this Policy.",
    "figures": "In 2023 the unit received {t} requests, of which {p} were made online and {q} in person; "
                "the share of online requests was {pct}%.",
    "amount": "The allowance is 2,500 pounds (two thousand five hundred pounds) a year.",
    "table": [("Kind of request", "Received", "Closed"), ("New", "120", "115"), ("Renewal", "80", "78"),
              ("Change", "45", "40"), ("Total", "245", "233")],
    "intro": " They shall:",
}


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def figures_sentence(L, seed):
    t = 100 + seed % 400
    p = t * (30 + seed % 50) // 100
    q = t - p
    if seed % 17 == 0:
        q += 1                                      # a planted figures/sum error now and then
    pct = round(100 * p / t, 1)
    pct_text = f"{pct:.1f}".replace(".", ",") if L is VI else f"{pct:.1f}"
    return L["figures"].format(t=t, p=p, q=q, pct=pct_text)


def body_sentence(L, art, k, n_articles):
    s = L["sentences"][(art * 3 + k) % len(L["sentences"])]
    if (art + k) % 4 == 0 and art > 1:
        target = (art * 7 + k) % (art - 1) + 1
        if (art + k) % 52 == 0:
            target = n_articles + 3                 # a dangling cross-reference
        s += " " + L["xref"].format(a=target, k=1 + k % 2)
    if (art + k) % 9 == 0:
        s += " " + figures_sentence(L, art * 31 + k)
    if (art + k) % 23 == 0:
        s += " " + L["amount"]
    return s


def layout(n_articles, per_chapter=8):
    """(chapter, first article, articles in it) for every chapter."""
    out, art, ch = [], 1, 1
    while art <= n_articles:
        n = min(per_chapter, n_articles - art + 1)
        out.append((ch, art, n))
        art += n
        ch += 1
    return out


# --------------------------------------------------------------------------
# Akoma Ntoso
# --------------------------------------------------------------------------

def akn_document(L, n_articles, number):
    title = L["title"].format(n=number)
    out = [f'<?xml version="1.0" encoding="UTF-8"?>\n<akomaNtoso xmlns="{NS_AKN}">\n  <act name="regulation">\n'
           "    <meta>\n      <identification source=\"#bench\">\n        <FRBRWork>\n"
           f'          <FRBRthis value="/akn/xx/act/bench/{number}/!main"/>\n'
           f'          <FRBRuri value="/akn/xx/act/bench/{number}"/>\n'
           '          <FRBRdate date="2024-01-01" name="Generation"/>\n          <FRBRauthor href="#bench"/>\n'
           f'          <FRBRnumber value="{number}/QC-BM"/>\n          <FRBRname value="{esc(title)}"/>\n'
           "        </FRBRWork>\n        <FRBRExpression>\n"
           f'          <FRBRthis value="/akn/xx/act/bench/{number}/{L["lang"]}@/!main"/>\n'
           f'          <FRBRuri value="/akn/xx/act/bench/{number}/{L["lang"]}@"/>\n'
           '          <FRBRdate date="2024-01-01" name="Generation"/>\n          <FRBRauthor href="#bench"/>\n'
           f'          <FRBRlanguage language="{L["lang"]}"/>\n        </FRBRExpression>\n'
           "      </identification>\n    </meta>\n    <preface>\n"
           f'      <p class="docType"><docType>{L["type"]}</docType></p>\n'
           f'      <p class="docTitle"><docTitle>{esc(title)}</docTitle></p>\n    </preface>\n    <preamble>\n']
    for line in L["basis"]:
        out.append(f"      <p>{esc(line)}</p>\n")
    out.append("    </preamble>\n    <body>\n")
    a = out.append
    for ch, first, n in layout(n_articles):
        cid = f"chp_{ch}"
        a(f'      <chapter eId="{cid}">\n        <num>{L["chapter"]} {large.roman(ch)}</num>\n'
          f'        <heading>{L["chapters"][ch % len(L["chapters"])]}</heading>\n')
        for art in range(first, first + n):
            aid = f"art_{art}"
            a(f'        <article eId="{aid}">\n          <num>{L["article"]} {art}.</num>\n'
              f'          <heading>{esc(L["headings"][art % len(L["headings"])])}</heading>\n')
            for k in range(1, 2 + art % 3 + 1):
                pid = f"{aid}__para_{k}"
                a(f'          <paragraph eId="{pid}">\n            <num>{k}.</num>\n')
                if (art + k) % 2:
                    lid = f"{pid}__list_1"
                    a(f'            <list eId="{lid}">\n              <intro><p>'
                      f'{esc(body_sentence(L, art, k, n_articles))}{L["intro"]}</p></intro>\n')
                    for j in range(2 + (art + k) % 3):
                        letter = L["letters"][j]
                        eid = "dd" if letter == "đ" else letter
                        a(f'              <point eId="{lid}__point_{eid}"><num>{letter})</num><content><p>'
                          f'{esc(L["points"][(art + j) % len(L["points"])])}</p></content></point>\n')
                    a("            </list>\n")
                else:
                    a(f"            <content>\n              <p>{esc(body_sentence(L, art, k, n_articles))}</p>\n")
                    if art % 15 == 0 and k == 2:
                        a(f'              <table eId="{pid}__table_1">\n')
                        for r, row in enumerate(L["table"]):
                            cell = "th" if r == 0 else "td"
                            a("                <tr>" + "".join(f"<{cell}><p>{esc(c)}</p></{cell}>" for c in row)
                              + "</tr>\n")
                        a("              </table>\n")
                    a("            </content>\n")
                a("          </paragraph>\n")
            a("        </article>\n")
        a("      </chapter>\n")
    a("    </body>\n  </act>\n</akomaNtoso>\n")
    return "".join(out).encode("utf-8")


# --------------------------------------------------------------------------
# WordprocessingML
# --------------------------------------------------------------------------

def docx_parts(L):
    """The package parts besides word/document.xml, with the language's article numbering."""
    parts = []
    for name, xml in large.DOCX_PARTS:
        if name == "word/numbering.xml":
            xml = xml.replace("Điều %1.", f'{L["article"]} %1.')
        if name == "word/styles.xml":
            xml = xml.replace("vi-VN", L["wlang"]).replace('w:val="Điều"', f'w:val="{L["article"]}"')
        if name == "docProps/core.xml":
            xml = xml.replace("Quy định thử tải", L["title"].format(n=0))
        parts.append((name, xml))
    return parts


def docx_document(L, n_articles, number):
    p = large._p
    title = L["title"].format(n=number)
    out = [XML_DECL + f'<w:document xmlns:r="{large.NS_R}" xmlns:w="{large.NS_W}"><w:body>',
           p(L["type"], style="Title"), p(esc(title), jc="center", bold=True)]
    out += [p(esc(line)) for line in L["basis"]]
    a = out.append
    for ch, first, n in layout(n_articles):
        a(p(f'{L["chapter"]} {large.roman(ch)}', jc="center", bold=True))
        a(p(L["chapters"][ch % len(L["chapters"])], jc="center", bold=True))
        for art in range(first, first + n):
            a(p(esc(L["headings"][art % len(L["headings"])]), style="Dieu"))
            for k in range(1, 2 + art % 3 + 1):
                text = esc(body_sentence(L, art, k, n_articles))
                if (art + k) % 2:
                    a(p(text + L["intro"], num=(1, 1)))
                    for j in range(2 + (art + k) % 3):
                        a(p(esc(L["points"][(art + j) % len(L["points"])]), num=(1, 2)))
                else:
                    a(p(text, num=(1, 1)))
            if art % 15 == 0:
                a(large._table([tuple(esc(c) for c in row) + ("",) for row in L["table"]]))
    a(large.DOCX_DOC_TAIL)
    return "\n".join(out).encode("utf-8")


def write_docx(path, L, document):
    parts = docx_parts(L)
    with zipfile.ZipFile(path, "w") as zf:
        for name, xml in parts[:4]:
            zf.writestr(large._zinfo(name), xml.encode("utf-8"))
        zf.writestr(large._zinfo("word/document.xml"), document)
        for name, xml in parts[4:]:
            zf.writestr(large._zinfo(name), xml.encode("utf-8"))


def write_one(path, n_articles, lang, number=1):
    L = EN if lang == "en" else VI
    if path.endswith(".docx"):
        document = docx_document(L, n_articles, number)
        write_docx(path, L, document)
    else:
        document = akn_document(L, n_articles, number)
        with open(path, "wb") as f:
            f.write(document)
    return len(document)


CONFIG = """# Benchmark corpus: every built-in rule on, a fixed date.
as_of: 2026-01-01
rules:
  references/unknown: info
"""


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out", help="output folder (created if missing)")
    ap.add_argument("--docs", type=int, default=1000, help="number of documents (default 1000)")
    ap.add_argument("--seed", type=int, default=14)
    ap.add_argument("--one", help="write only this file (.docx or .xml) under OUT")
    ap.add_argument("--articles", type=int, default=5000, help="articles of --one (default 5000)")
    ap.add_argument("--lang", choices=["vi", "en"], default="vi", help="language of --one")
    args = ap.parse_args(argv)
    os.makedirs(args.out, exist_ok=True)
    if args.one:
        path = os.path.join(args.out, args.one)
        size = write_one(path, args.articles, args.lang)
        print(f"{path}: {args.articles} articles, {size} bytes of XML")
        return 0
    with open(os.path.join(args.out, ".reglint.yml"), "w") as f:
        f.write(CONFIG)
    rng = random.Random(args.seed)
    total = 0
    for i in range(args.docs):
        lang = "en" if rng.random() < 0.35 else "vi"
        kind = "docx" if rng.random() < 0.5 else "xml"
        # Articles: mostly 3-60 (a few KB to ~100 KB); one in twenty 200-1200 (up to ~2 MB).
        n_articles = rng.randint(200, 1200) if rng.random() < 0.05 else rng.randint(3, 60)
        folder = os.path.join(args.out, lang, f"{i // 100:02d}")
        os.makedirs(folder, exist_ok=True)
        path = os.path.join(folder, f"doc-{i:05d}.{kind}")
        total += write_one(path, n_articles, lang, number=i + 1)
    print(f"{args.out}: {args.docs} documents, {total} bytes of XML")
    return 0


if __name__ == "__main__":
    sys.exit(main())
