#!/usr/bin/env python3
"""Measures how much body text `reglint tree` keeps from each document of a folder.

For every .xml and .docx file under the folder (default: ../shared/corpus-external, seen from the
package root), runs `$REGLINT tree --format json FILE` (default binary: .build/debug/reglint),
collects the words of the tree (section numbers and headings, paragraph texts, table cells) and
compares them with the words of the document's body text:

- Akoma Ntoso: every text node except those inside the `<meta>` block.
- DOCX (read with zipfile) and Flat OPC (`pkg:package`): the text a reader of the printed document
  sees in the main document part (found through `_rels/.rels`, usually `word/document.xml`):
  `w:t` and `m:t`, `w:tab`/`w:br`/`w:cr` as spaces, `w:sym` as its character, but not deleted
  tracked text (`w:del`, `w:moveFrom`), not field codes (`w:instrText`, `w:delInstrText`, text
  between a field's `begin` and `separate`), not runs with `w:vanish`, not the content of a
  cell that continues a vertical merge (Word shows the merge's first cell), and only one branch
  of an `mc:AlternateContent` (its first `mc:Choice` whose `Requires` a reader understands, else
  `mc:Fallback`: text boxes once). Headers, footers and comments are not body text; footnotes
  and endnotes are measured apart, against the tree's notes.
- USLM, Formex 4, CLML and OSCAL (read with reglint's built-in profiles, docs/reading.md): every
  text node except those inside their metadata blocks (USLM `meta` and printed page headers
  `page`, Formex `BIB.INSTANCE`, CLML `Metadata` and `Contents`, OSCAL `metadata`); held to the
  Akoma Ntoso threshold.
- Other XML: every text node.

Words are maximal runs of letters, digits and underscores, compared as multisets. Only words
lost count: words the tree adds (automatic numbering labels) do not. Where inline markup splits
a word in one source but not in the other (`1<sup>st</sup>`), a word of one side that is the
concatenation of unmatched words of the other side counts as kept.

Prints, per file, the percentage of body words missing from the tree and, for the files that
lose the most, where the missing words came from (element paths) and the paragraphs they sit in.
Exit status 1 when an Akoma Ntoso, USLM, Formex, CLML or OSCAL file loses more than --threshold percent (default 2) or a
DOCX or Flat OPC file more than --docx-threshold percent (default 5), issue 8's targets; other
XML (schemas that need an xml_mappings entry) is reported but never fails the run, nor does a
file reglint refuses to read (scripts/sweep-external.sh judges those). Exit status 2 when the
binary or the folder is missing.

Standard library only; XML is parsed with xml.etree. Usage:
    REGLINT=.build/debug/reglint python3 scripts/text-coverage.py [FOLDER_OR_FILE ...]
        [--threshold 2] [--docx-threshold 5] [--worst 8] [--details N] [--json]
"""

import argparse
import collections
import json
import os
import posixpath
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
import zipfile

WORD = re.compile(r"\w+")

# Akoma Ntoso inline elements: the reader joins their text to the text around them without a
# break. Everything else is a block boundary (a break between words). Getting this list
# slightly wrong costs nothing: split or joined words are reconciled afterwards.
AKN_INLINE = set(
    """a abbr affectedDocument argument b change concept courtType date def del docAuthority
    docCommittee docDate docIntroducer docJurisdiction docNumber docProponent docPurpose docStage
    docStatus docTitle docType docketNumber entity event extractText fillIn i img ins
    inline judge lawyer legislature location marker mmod mod mref narrative neutralCitation noteRef
    object opinion organization outcome party person placeholder popup process quantity quotedText
    ref relatedDocument remark role rref session shortTitle signature span sub sup term time u vote""".split()
)

# Keys of the tree JSON whose strings are document text. Everything else (paths, kinds, formats,
# languages, locations, link targets, note ids, metadata derived from the markup) is not.
TEXT_KEYS = {"number", "heading", "text", "rows"}

PKG_NAMESPACE = "http://schemas.microsoft.com/office/2006/xmlPackage"
W_NAMESPACES = {
    "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "http://purl.oclc.org/ooxml/wordprocessingml/main",
}
MATH_NAMESPACES = {
    "http://schemas.openxmlformats.org/officeDocument/2006/math",
    "http://purl.oclc.org/ooxml/officeDocument/math",
}
MC_NAMESPACE = "http://schemas.openxmlformats.org/markup-compatibility/2006"
RELATIONSHIPS_NAMESPACE = "http://schemas.openxmlformats.org/package/2006/relationships"

# A part larger than this (decompressed) is not measured: reglint refuses it anyway.
MAX_PART_BYTES = 256 * 1024 * 1024


def local(tag):
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def namespace(tag):
    return tag[1:].split("}", 1)[0] if isinstance(tag, str) and tag.startswith("{") else ""


class Piece:
    __slots__ = ("text", "path", "context")

    def __init__(self, text, path, context=None):
        self.text = text
        self.path = path
        self.context = context  # index of the paragraph (DOCX) the text belongs to


BREAK = None


def akn_pieces(root):
    """Text pieces of the body in document order, with BREAK at block boundaries."""
    pieces = []

    def walk(element, path):
        name = local(element.tag)
        if name == "meta":
            return
        path = path + (name,)
        inline = name in AKN_INLINE
        if not inline:
            pieces.append(BREAK)
        if element.text:
            pieces.append(Piece(element.text, path))
        for child in element:
            walk(child, path)
            if child.tail:
                pieces.append(Piece(child.tail, path))
        if not inline:
            pieces.append(BREAK)

    walk(root, ())
    return pieces


# Published formats read with built-in profiles: how to recognise them (root namespace, root local
# names; None: any) and the elements that are not body text (metadata blocks, page headers).
PUBLISHED_FORMATS = {
    "uslm": (
        {"http://schemas.gpo.gov/xml/uslm", "http://xml.house.gov/schemas/uslm/1.0"},
        {"uscDoc", "bill", "resolution", "pLaw", "statuteCompilation", "cfrDoc", "amendment", "engrossedAmendment", "rules"},
        {"meta", "page"},
    ),
    "formex": ({""}, {"ACT", "ANNEX", "CONS.ACT", "CONS.ANNEX", "CONS.DOC", "CONS.OTH"}, {"BIB.INSTANCE", "BIB.DATA"}),
    "clml": (
        {"", "http://www.legislation.gov.uk/namespaces/legislation"},
        {"Legislation", "Primary", "Secondary", "Body", "Schedules", "Schedule", "Part", "Chapter", "Pblock",
         "PsubBlock", "P1group", "P1"},
        {"Metadata", "Contents"},
    ),
    "oscal": ({"http://csrc.nist.gov/ns/oscal/1.0"}, {"catalog", "profile"}, {"metadata"}),
}


def published_pieces(root, skipped):
    """Every text node outside the `skipped` elements, with BREAK around every element."""
    pieces = []

    def walk(element, path):
        name = local(element.tag)
        if name in skipped:
            return
        path = path + (name,)
        pieces.append(BREAK)
        if element.text:
            pieces.append(Piece(element.text, path))
        for child in element:
            walk(child, path)
            if child.tail:
                pieces.append(Piece(child.tail, path))
        pieces.append(BREAK)

    walk(root, ())
    return pieces


def generic_pieces(root):
    pieces = []
    for element in root.iter():
        pieces.append(BREAK)
        for text in (element.text, element.tail):
            if text:
                pieces.append(Piece(text, (local(element.tag),)))
    return pieces


# MARK: WordprocessingML

# Elements whose content is never text a reader sees: deleted tracked text, field codes,
# property changes and other property containers.
W_SKIPPED = {
    "del", "moveFrom", "delText", "instrText", "delInstrText", "pPrChange", "rPrChange", "sectPr",
    "sdtPr", "sdtEndPr", "tblPr", "tblGrid", "trPr", "tblPrEx", "tcPrChange", "numberingChange",
    "fldData", "ffData", "pPr",
}
# Ancestors named in the element path of a lost word (everything else is transparent).
W_NOTABLE = {
    "body", "tbl", "txbxContent", "sdt", "ins", "moveTo", "hyperlink", "fldSimple", "smartTag", "customXml",
    "Choice", "Fallback", "pict", "object", "oMath", "footnote", "endnote", "fldResult", "bdo", "dir",
}
# Prefixes of `mc:Choice Requires` whose content a reader understands (as reglint's reader):
# text boxes, shapes, Word 2010+ paragraph extensions, VML, math. Another Choice is skipped for
# the next one, or for `mc:Fallback`.
UNDERSTOOD_CHOICES = {"wps", "wpg", "wpc", "wpi", "wp14", "w14", "w15", "a14", "v", "o", "w10", "m"}
# Symbol font codes 0x41-0x5A and 0x61-0x7A are Greek letters.
SYMBOL_UPPER = "ΑΒΧΔΕΦΓΗΙϑΚΛΜΝΟΠΘΡΣΤΥςΩΞΨΖ"
SYMBOL_LOWER = "αβχδεφγηιϕκλμνοπθρστυϖωξψζ"


def w_attribute(element, name):
    for uri in W_NAMESPACES:
        value = element.get("{%s}%s" % (uri, name))
        if value is not None:
            return value
    return element.get(name)


def is_on(value):
    return value is None or value.lower() not in ("false", "0", "off", "none")


def symbol_character(code, font):
    try:
        value = int(code or "", 16)
    except ValueError:
        return ""
    if 0xF000 <= value <= 0xF0FF:
        value -= 0xF000
    if (font or "").lower() == "symbol":
        if 0x41 <= value <= 0x5A:
            return SYMBOL_UPPER[value - 0x41]
        if 0x61 <= value <= 0x7A:
            return SYMBOL_LOWER[value - 0x61]
        return " "
    return chr(value) if value >= 0x20 else ""


def grid_before(row):
    """The grid columns a row leaves out before its first cell (`w:trPr/w:gridBefore`)."""
    for properties in row:
        if local(properties.tag) == "trPr":
            for property in properties:
                if local(property.tag) == "gridBefore":
                    try:
                        return max(0, int(w_attribute(property, "val") or "0"))
                    except ValueError:
                        return 0
    return 0


def run_is_hidden(run):
    for child in run:
        if local(child.tag) == "rPr" and namespace(child.tag) in W_NAMESPACES:
            for property in child:
                if local(property.tag) == "vanish" and namespace(property.tag) in W_NAMESPACES:
                    return is_on(w_attribute(property, "val"))
    return False


class WordText:
    """The visible text of a WordprocessingML part as pieces, BREAK between paragraphs, cells,
    tabs and line breaks. `paragraphs` holds each paragraph's text (for examples)."""

    def __init__(self):
        self.pieces = []
        self.paragraphs = []
        self.fields = []  # one entry per open complex field: True while in its field code
        self.open = []  # indexes of the open paragraphs, innermost last
        self.tables = []  # per open table: [grid column, columns where a vertical merge runs]

    def add(self, text, path, hidden):
        if hidden or True in self.fields or not text:
            return
        context = self.open[-1] if self.open else None
        self.pieces.append(Piece(text, path, context))
        if context is not None:
            self.paragraphs[context] += text

    def space(self, path, hidden):
        self.add(" ", path, hidden)
        self.pieces.append(BREAK)

    def walk(self, element, path=(), hidden=False):
        uri, name = namespace(element.tag), local(element.tag)
        if uri == MC_NAMESPACE:
            if name == "AlternateContent":
                choices = [
                    child
                    for child in element
                    if local(child.tag) == "Choice"
                    and set((child.get("Requires") or "").split()) <= UNDERSTOOD_CHOICES
                ]
                fallbacks = [child for child in element if local(child.tag) == "Fallback"]
                chosen = (choices or fallbacks or [None])[0]
                if chosen is not None:
                    self.walk_children(chosen, path + (local(chosen.tag),), hidden)
                return
            self.walk_children(element, path, hidden)
            return
        if uri in MATH_NAMESPACES:
            if name == "t":
                self.add(element.text, path + ("m:t",), hidden)
                return
            self.walk_children(element, path + (("oMath",) if name == "oMath" else ()), hidden)
            return
        if uri not in W_NAMESPACES:
            self.walk_children(element, path, hidden)
            return
        if name in W_SKIPPED:
            return
        if name in ("footnote", "endnote") and (w_attribute(element, "type") or "normal") != "normal":
            return
        if name == "r":
            hidden = run_is_hidden(element)
        elif name == "t":
            self.add(element.text, path + ("t",), hidden)
            return
        elif name in ("tab", "ptab", "br", "cr"):
            self.space(path + (name,), hidden)
            return
        elif name == "noBreakHyphen":
            self.add("-", path + (name,), hidden)
            return
        elif name == "sym":
            self.add(symbol_character(w_attribute(element, "char"), w_attribute(element, "font")), path + (name,), hidden)
            return
        elif name == "fldChar":
            kind = w_attribute(element, "fldCharType")
            if kind == "begin":
                self.fields.append(True)
            elif kind == "separate" and self.fields:
                self.fields[-1] = False
            elif kind == "end" and self.fields:
                self.fields.pop()
            return
        if name == "tbl":
            self.tables.append([0, set()])
            self.walk_children(element, path + (name,), hidden)
            self.tables.pop()
            return
        if name == "tr" and self.tables:
            self.tables[-1][0] = grid_before(element)
        if name == "tc" and self.tables and self.is_merge_continuation(element):
            return
        if name in W_NOTABLE:
            path = path + (name,)
        if name in ("p", "tc"):
            self.pieces.append(BREAK)
        if name == "p":
            self.open.append(len(self.paragraphs))
            self.paragraphs.append("")
        self.walk_children(element, path, hidden)
        if name == "p":
            self.open.pop()
        if name in ("p", "tc"):
            self.pieces.append(BREAK)

    def is_merge_continuation(self, cell):
        """Whether a cell continues a vertical merge from the row above (Word shows the first
        cell's content for the whole merge, never a continuation's)."""
        column, merging = self.tables[-1]
        span, merge = 1, None
        for properties in cell:
            if local(properties.tag) != "tcPr":
                continue
            for property in properties:
                if local(property.tag) == "gridSpan":
                    try:
                        span = max(1, int(w_attribute(property, "val") or "1"))
                    except ValueError:
                        pass
                elif local(property.tag) == "vMerge":
                    merge = w_attribute(property, "val") or "continue"
        self.tables[-1][0] = column + span
        if merge == "restart":
            merging.add(column)
            return False
        if merge is not None and column in merging:
            return True
        merging.discard(column)
        return False

    def walk_children(self, element, path, hidden):
        for child in element:
            self.walk(child, path, hidden)


class Package:
    """The parts of a DOCX (a ZIP) or a Flat OPC file, as parsed XML elements."""

    def __init__(self, path=None, flat_root=None):
        self.zip = None
        self.names = {}
        self.flat = {}
        if flat_root is not None:
            for part in flat_root:
                if local(part.tag) != "part":
                    continue
                name = (part.get("{%s}name" % PKG_NAMESPACE) or "").lstrip("/").lower()
                for data in part:
                    if local(data.tag) == "xmlData" and len(data) and name not in self.flat:
                        self.flat[name] = data[0]
        else:
            self.zip = zipfile.ZipFile(path)
            for info in self.zip.infolist():
                self.names.setdefault(info.filename.lstrip("/").lower(), info)

    def part(self, name):
        name = name.lstrip("/").lower()
        if self.zip is None:
            return self.flat.get(name)
        info = self.names.get(name)
        if info is None or info.file_size > MAX_PART_BYTES:
            return None
        try:
            return ET.fromstring(self.zip.read(info))
        except Exception:  # a damaged or hostile part (bad deflate stream, bad XML) is no text
            return None

    def relationships(self, source):
        """(type, absolute target) of the internal relationships of part `source` ('' = package)."""
        folder, name = posixpath.split(source)
        root = self.part(posixpath.join(folder, "_rels", name + ".rels"))
        result = []
        for relationship in root if root is not None else []:
            if local(relationship.tag) != "Relationship" or relationship.get("TargetMode") == "External":
                continue
            target = relationship.get("Target") or ""
            if target.startswith("/"):
                resolved = target.lstrip("/")
            else:
                resolved = posixpath.normpath(posixpath.join(folder, target)).lstrip("/")
            result.append(((relationship.get("Type") or "").rsplit("/", 1)[-1], resolved))
        return result

    def main_part(self):
        for kind, target in self.relationships(""):
            if kind == "officeDocument" and self.part(target) is not None:
                return target
        return "word/document.xml"


def word_sources(package):
    """(body WordText, notes WordText) of a WordprocessingML package."""
    main = package.main_part()
    body = WordText()
    root = package.part(main)
    if root is None:
        raise ValueError("no main document part that parses as XML (%s)" % main)
    body.walk(root)
    notes = WordText()
    for kind, target in package.relationships(main):
        if kind in ("footnotes", "endnotes"):
            part = package.part(target)
            if part is not None:
                notes.walk(part)
    return body, notes


def xml_tokens(pieces):
    """(word, piece path, run index, context) for every word; a run is text between two breaks."""
    tokens = []
    run = []
    run_index = 0

    def flush():
        nonlocal run, run_index
        if not run:
            return
        text = "".join(piece.text for piece in run)
        starts = []
        offset = 0
        for piece in run:
            starts.append(offset)
            offset += len(piece.text)
        position = 0
        for match in WORD.finditer(text):
            while position + 1 < len(starts) and starts[position + 1] <= match.start():
                position += 1
            context = run[position].context
            tokens.append((match.group(), run[position].path, run_index, context if context is not None else -1 - run_index))
        run = []
        run_index += 1

    for piece in pieces:
        if piece is BREAK:
            flush()
        else:
            run.append(piece)
    flush()
    return tokens


def run_texts(pieces):
    """The text of each run (text between two breaks), by -1 - run index, as xml_tokens names
    contexts of pieces without a paragraph."""
    texts = {}
    current = []
    for piece in pieces + [BREAK]:
        if piece is BREAK:
            if current:
                texts[-1 - len(texts)] = "".join(current)
            current = []
        else:
            current.append(piece.text)
    return texts


def tree_words(value, key=None, out=None, skip=()):
    if out is None:
        out = []
    if isinstance(value, dict):
        for child_key, child in value.items():
            if child_key in skip:
                continue
            if child_key in TEXT_KEYS or child_key in ("sections", "blocks", "children", "notes", "paragraphs", "cells"):
                tree_words(child, child_key, out, skip)
    elif isinstance(value, list):
        for child in value:
            tree_words(child, key, out, skip)
    elif isinstance(value, str) and key in TEXT_KEYS:
        out.extend(WORD.findall(value))
    return out


def note_words(value, out=None):
    """Words of the notes of the tree, wherever they hang."""
    if out is None:
        out = []
    if isinstance(value, dict):
        for child_key, child in value.items():
            if child_key == "notes":
                tree_words(child, "notes", out)
            else:
                note_words(child, out)
    elif isinstance(value, list):
        for child in value:
            note_words(child, out)
    return out


def split_into(word, available, limit=12):
    """Splits `word` into words of the multiset `available` (all of length >= 1), or None."""
    if len(word) > 80:
        return None
    best = {0: []}
    for start in range(len(word)):
        if start not in best:
            continue
        for end in range(start + 1, len(word) + 1):
            piece = word[start:end]
            if available.get(piece, 0) > 0 and end not in best and len(best[start]) < limit:
                best[end] = best[start] + [piece]
    parts = best.get(len(word))
    if not parts or len(parts) < 2:
        return None
    needed = collections.Counter(parts)
    if any(available[piece] < count for piece, count in needed.items()):
        return None
    return parts


def reconcile(lost, extra):
    """Removes from `lost` the words that `extra` holds joined or split differently."""
    for joined, count in list(extra.items()):
        for _ in range(count):
            parts = split_into(joined, lost)
            if not parts:
                break
            for part in parts:
                lost[part] -= 1
            extra[joined] -= 1
    for joined, count in list(lost.items()):
        for _ in range(count):
            parts = split_into(joined, extra)
            if not parts:
                break
            for part in parts:
                extra[part] -= 1
            lost[joined] -= 1
    return +lost


def attribute(tokens, lost):
    """Element paths and contexts of the lost words: each lost word is charged to its
    occurrences in the runs where the largest share of words is missing."""
    remaining = collections.Counter(lost)
    run_sizes = collections.Counter(run for _, _, run, _ in tokens)
    run_suspect = collections.Counter(run for word, _, run, _ in tokens if lost.get(word, 0) > 0)
    share = {run: run_suspect[run] / run_sizes[run] for run in run_sizes}
    by_word = collections.defaultdict(list)
    for index, (word, _, run, _) in enumerate(tokens):
        if remaining.get(word, 0) > 0:
            by_word[word].append(index)
    charged = collections.Counter()
    examples = collections.defaultdict(list)
    contexts = collections.defaultdict(list)
    for word, indexes in by_word.items():
        indexes.sort(key=lambda index: (-share[tokens[index][2]], index))
        for index in indexes[: remaining[word]]:
            path = "/".join(tokens[index][1][-3:]) or "(root)"
            charged[path] += 1
            if len(examples[path]) < 8:
                examples[path].append(word)
            contexts[tokens[index][3]].append((index, word))
    return charged, examples, contexts


def kind_of(root):
    name = local(root.tag)
    if name == "akomaNtoso":
        return "akn"
    if name == "package" and root.tag.startswith("{%s}" % PKG_NAMESPACE):
        return "flat-opc"
    for kind, (namespaces, roots, _) in PUBLISHED_FORMATS.items():
        if namespace(root.tag) in namespaces and name in roots:
            return kind
    return "other"


def shorten(text, limit=110):
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def compare(tokens, tree):
    source = collections.Counter(word for word, _, _, _ in tokens)
    return reconcile(source - tree, tree - source), sum(source.values())


def measure(path, binary):
    notes_tokens = None
    paragraph_texts = {}
    try:
        if zipfile.is_zipfile(path):
            kind = "docx"
            body, notes = word_sources(Package(path=path))
        else:
            root = ET.parse(path).getroot()
            kind = kind_of(root)
            if kind == "flat-opc":
                body, notes = word_sources(Package(flat_root=root))
    except Exception as error:  # whatever the file is, the run goes on; the sweep judges it
        return {"file": path, "kind": "unparsable", "error": "%s: %s" % (type(error).__name__, error)}
    if kind in ("docx", "flat-opc"):
        pieces = body.pieces
        paragraph_texts = dict(enumerate(body.paragraphs))
        notes_tokens = xml_tokens(notes.pieces)
    elif kind == "akn":
        pieces = akn_pieces(root)
    elif kind in PUBLISHED_FORMATS:
        pieces = published_pieces(root, PUBLISHED_FORMATS[kind][2])
    else:
        pieces = generic_pieces(root)
    tokens = xml_tokens(pieces)
    paragraph_texts.update(run_texts(pieces))
    result = subprocess.run(
        [binary, "tree", "--format", "json", path], capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        first = (result.stderr.strip().splitlines() or ["no message"])[0]
        if first.startswith(path + ": "):
            first = first[len(path) + 2 :]
        message = first if len(first) <= 100 else first[:99] + "…"
        return {"file": path, "kind": kind, "error": "not read, status %d: %s" % (result.returncode, message)}
    documents = json.loads(result.stdout)
    documents = documents if isinstance(documents, list) else [documents]
    words = []
    notes_in_tree = []
    for document in documents:
        if notes_tokens is None:
            tree_words(document, out=words)
        else:
            # Body words against the sections, note words against the notes.
            tree_words(document, out=words, skip=("notes",))
            note_words(document, out=notes_in_tree)
    lost, total = compare(tokens, collections.Counter(words))
    lost_count = sum(lost.values())
    charged, examples, contexts = attribute(tokens, lost)
    worst_contexts = sorted(contexts.items(), key=lambda item: (-len(item[1]), min(i for i, _ in item[1])))
    measured = {
        "file": path,
        "kind": kind,
        "words": total,
        "lost": lost_count,
        "percent": 100.0 * lost_count / total if total else 0.0,
        "by_element": charged.most_common(),
        "examples": {key: value for key, value in examples.items()},
        "paragraphs": [
            {"lost": [word for _, word in sorted(items)], "text": shorten(paragraph_texts.get(context, ""))}
            for context, items in worst_contexts[:12]
        ],
    }
    if notes_tokens:
        notes_lost, notes_total = compare(notes_tokens, collections.Counter(notes_in_tree))
        measured["notes_words"] = notes_total
        measured["notes_lost"] = sum(notes_lost.values())
    return measured


def document_files(targets):
    for target in targets:
        if os.path.isfile(target):
            yield target
            continue
        for folder, folders, files in os.walk(target):
            folders.sort()
            for name in sorted(files):
                if name.lower().endswith((".xml", ".docx")):
                    yield os.path.join(folder, name)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("targets", nargs="*", default=["../shared/corpus-external"])
    parser.add_argument("--threshold", type=float, default=2.0, help="percent an AKN file may lose")
    parser.add_argument(
        "--docx-threshold", type=float, default=5.0, help="percent a DOCX or Flat OPC file may lose"
    )
    parser.add_argument("--worst", type=int, default=8, help="files to explain in detail")
    parser.add_argument("--details", type=int, default=6, help="element paths and paragraphs shown per file")
    parser.add_argument("--json", action="store_true", help="print the measurements as JSON")
    arguments = parser.parse_args()
    binary = os.environ.get("REGLINT", ".build/debug/reglint")
    if not os.access(binary, os.X_OK):
        print("no reglint binary at %s (build it, or set REGLINT)" % binary, file=sys.stderr)
        return 2
    missing = [target for target in arguments.targets if not os.path.exists(target)]
    if missing:
        print("no such file or folder: %s" % ", ".join(missing), file=sys.stderr)
        return 2
    results = [measure(path, binary) for path in document_files(arguments.targets)]
    if arguments.json:
        print(json.dumps(results, indent=1, ensure_ascii=False))
    else:
        report(results, arguments)
    return 1 if over_threshold(results, arguments) else 0


def limit_of(result, arguments):
    """The percentage a file may lose, or None when its losses never fail the run."""
    if result["kind"] == "akn" or result["kind"] in PUBLISHED_FORMATS:
        return arguments.threshold
    if result["kind"] in ("docx", "flat-opc"):
        return arguments.docx_threshold
    return None


def over_threshold(results, arguments):
    return [
        r
        for r in results
        if "error" not in r and limit_of(r, arguments) is not None and r["percent"] > limit_of(r, arguments)
    ]


def report(results, arguments):
    print("%7s %9s  %-8s %s" % ("lost", "words", "kind", "file"))
    for result in results:
        if "error" in result:
            print("%7s %9s  %-8s %s  (%s)" % ("-", "-", result["kind"], result["file"], result["error"]))
            continue
        limit = limit_of(result, arguments)
        mark = " !" if limit is not None and result["percent"] > limit else ""
        notes = ""
        if result.get("notes_words"):
            notes = "  (notes: %d of %d words lost)" % (result["notes_lost"], result["notes_words"])
        print(
            "%6.2f%% %9d  %-8s %s%s%s"
            % (result["percent"], result["words"], result["kind"], result["file"], mark, notes)
        )
    measured = [r for r in results if "error" not in r and r["lost"] > 0]
    measured.sort(key=lambda r: -r["percent"])
    for result in measured[: arguments.worst]:
        print("\n%s: %d of %d words lost" % (result["file"], result["lost"], result["words"]))
        for path, count in result["by_element"][: arguments.details]:
            print("  %6d  %-40s e.g. %s" % (count, path, " ".join(result["examples"].get(path, []))))
        for paragraph in result["paragraphs"][: arguments.details]:
            print("          lost %s in «%s»" % (" ".join(paragraph["lost"][:10]), paragraph["text"]))
    for kind in ("akn", *PUBLISHED_FORMATS, "docx", "flat-opc", "other"):
        group = [r for r in results if r["kind"] == kind and "error" not in r]
        if group:
            words = sum(r["words"] for r in group)
            lost = sum(r["lost"] for r in group)
            worst = max(group, key=lambda r: r["percent"])
            print(
                "\n%s: %d files, %d of %d words lost (%.2f%%), worst %.2f%% (%s)"
                % (kind, len(group), lost, words, 100.0 * lost / words if words else 0.0, worst["percent"], worst["file"]),
                end="",
            )
    print()
    over = over_threshold(results, arguments)
    if over:
        akn = [r for r in over if r["kind"] == "akn" or r["kind"] in PUBLISHED_FORMATS]
        word = [r for r in over if r not in akn]
        if akn:
            print(
                "%d Akoma Ntoso/USLM/Formex/CLML/OSCAL file(s) lose more than %.1f%% of their words"
                % (len(akn), arguments.threshold)
            )
        if word:
            print("%d DOCX/Flat OPC file(s) lose more than %.1f%% of their words" % (len(word), arguments.docx_threshold))


if __name__ == "__main__":
    sys.exit(main())
