#!/usr/bin/env python3
# Copyright the reglint authors.
# SPDX-License-Identifier: Apache-2.0
"""Generate the hand-authored sample corpus under corpus/.

The documents are original work (fictional organisations, people and
document numbers; real statutes are cited by their real numbers and dates).
Everything is built from Python string literals with the standard library
only, so the output is byte-for-byte deterministic:

* ZIP entries are written in a fixed order with a fixed timestamp
  (2024-01-01 00:00:00), fixed permissions and ZIP_DEFLATED;
* Flat OPC (.xml) twins are generated from the very same part strings as
  the .docx packages.

Every XML part is parsed with xml.dom.minidom before it is written, and all
text is checked to be Unicode NFC.

The script also copies a few permissively licensed external files from
shared/corpus-external beside the repository (see corpus/SOURCES.md). The copies are
committed, so this step only runs when the source folder exists; nothing at
test time depends on it.

Usage: python3 scripts/make-corpus.py [--out corpus] [--external DIR]
"""

import argparse
import hashlib
import io
import os
import shutil
import sys
import unicodedata
import zipfile
from xml.dom import minidom

ZIP_DATE = (2024, 1, 1, 0, 0, 0)
XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

# --------------------------------------------------------------------------
# Namespaces, relationship types and content types
# --------------------------------------------------------------------------

NS_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
NS_CT = "http://schemas.openxmlformats.org/package/2006/content-types"
NS_AKN = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"

# Namespace declarations used on the root of parts that hold body content
# (document, footnotes, comments). Text boxes need mc/wp/a/wps and v/o/w10.
WML_ROOT_NS = (
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:o="urn:schemas-microsoft-com:office:office" '
    f'xmlns:r="{NS_R}" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:w10="urn:schemas-microsoft-com:office:word" '
    f'xmlns:w="{NS_W}" '
    'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'mc:Ignorable="w14 wp14"'
)
WML_SIMPLE_NS = f'xmlns:r="{NS_R}" xmlns:w="{NS_W}"'

REL_OFFICE_DOC = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
REL_CORE = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
REL_BASE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"

CT_RELS = "application/vnd.openxmlformats-package.relationships+xml"
CT_CORE = "application/vnd.openxmlformats-package.core-properties+xml"
CT_WML = "application/vnd.openxmlformats-officedocument.wordprocessingml."
CT = {
    "document": CT_WML + "document.main+xml",
    "styles": CT_WML + "styles+xml",
    "numbering": CT_WML + "numbering+xml",
    "footnotes": CT_WML + "footnotes+xml",
    "comments": CT_WML + "comments+xml",
    "settings": CT_WML + "settings+xml",
    "fontTable": CT_WML + "fontTable+xml",
    "theme": "application/vnd.openxmlformats-officedocument.theme+xml",
}


def esc(s):
    """Escape text for XML character data and attribute values."""
    return (s.replace("&", "&amp;").replace("<", "&lt;")
             .replace(">", "&gt;").replace('"', "&quot;"))


# --------------------------------------------------------------------------
# WordprocessingML building blocks
# --------------------------------------------------------------------------

def _text_children(text, tag="w:t"):
    """Split text into w:t / w:tab / w:br children ('\t' and '\n')."""
    out, buf = [], []

    def flush():
        if buf:
            s = "".join(buf)
            sp = ' xml:space="preserve"' if s != s.strip() else ""
            out.append(f"<{tag}{sp}>{esc(s)}</{tag}>")
            buf.clear()

    for ch in text:
        if ch == "\t":
            flush()
            out.append("<w:tab/>")
        elif ch == "\n":
            flush()
            out.append("<w:br/>")
        else:
            buf.append(ch)
    flush()
    return "".join(out)


def rpr(style=None, b=False, i=False, caps=False, color=None, sz=None,
        u=False, vert=None):
    """w:rPr in schema order (only the properties used in this corpus)."""
    p = []
    if style:
        p.append(f'<w:rStyle w:val="{style}"/>')
    if b:
        p.append("<w:b/><w:bCs/>")
    if i:
        p.append("<w:i/><w:iCs/>")
    if caps:
        p.append("<w:caps/>")
    if color:
        p.append(f'<w:color w:val="{color}"/>')
    if sz:
        p.append(f'<w:sz w:val="{sz}"/><w:szCs w:val="{sz}"/>')
    if u:
        p.append('<w:u w:val="single"/>')
    if vert:
        p.append(f'<w:vertAlign w:val="{vert}"/>')
    return f"<w:rPr>{''.join(p)}</w:rPr>" if p else ""


def R(text, deleted=False, **fmt):
    """A run; '\t' becomes w:tab and '\n' becomes w:br."""
    tag = "w:delText" if deleted else "w:t"
    return f"<w:r>{rpr(**fmt)}{_text_children(text, tag)}</w:r>"


def P(content=None, style=None, jc=None, num=None, ind=None, spacing=None,
      keep_next=False, tabs=None, outline=None, **fmt):
    """A paragraph.

    content: None, a plain string (one run, formatted with **fmt) or a list
    of already built inline XML strings (runs, hyperlinks, ins/del ...).
    num: (numId, ilvl) for direct numbering.
    ind: dict of w:ind attributes, e.g. {"firstLine": 567}.
    spacing: dict of w:spacing attributes.
    tabs: list of (val, pos).
    """
    ppr = []
    if style:
        ppr.append(f'<w:pStyle w:val="{style}"/>')
    if keep_next:
        ppr.append("<w:keepNext/>")
    if num:
        ppr.append(f'<w:numPr><w:ilvl w:val="{num[1]}"/>'
                   f'<w:numId w:val="{num[0]}"/></w:numPr>')
    if tabs:
        ppr.append("<w:tabs>" + "".join(
            f'<w:tab w:val="{v}" w:pos="{pos}"/>' for v, pos in tabs) + "</w:tabs>")
    if spacing:
        ppr.append("<w:spacing " + " ".join(
            f'w:{k}="{v}"' for k, v in spacing.items()) + "/>")
    if ind:
        ppr.append("<w:ind " + " ".join(
            f'w:{k}="{v}"' for k, v in ind.items()) + "/>")
    if jc:
        ppr.append(f'<w:jc w:val="{jc}"/>')
    if outline is not None:
        ppr.append(f'<w:outlineLvl w:val="{outline}"/>')
    ppr_xml = f"<w:pPr>{''.join(ppr)}</w:pPr>" if ppr else ""
    if content is None:
        body = ""
    elif isinstance(content, str):
        body = R(content, **fmt)
    else:
        body = "".join(content)
    return f"<w:p>{ppr_xml}{body}</w:p>"


def TC(content, width=None, span=1, shade=None, valign=None):
    """A table cell; content is a string or a list of paragraph XML.

    Without an explicit width the cell takes the width of its grid column
    (filled in by TBL)."""
    w = "@W@" if width is None else width
    tcpr = [f'<w:tcW w:w="{w}" w:type="dxa"/>']
    if span > 1:
        tcpr.append(f'<w:gridSpan w:val="{span}"/>')
    if shade:
        tcpr.append(f'<w:shd w:val="clear" w:color="auto" w:fill="{shade}"/>')
    if valign:
        tcpr.append(f'<w:vAlign w:val="{valign}"/>')
    if isinstance(content, str):
        content = [P(content, spacing={"before": 0, "after": 0})]
    return f"<w:tc><w:tcPr>{''.join(tcpr)}</w:tcPr>{''.join(content)}</w:tc>"


def TBL(rows, widths, borders=True, jc=None, header=False, style="TableGrid"):
    """rows: list of lists of TC() strings; widths: grid column widths."""
    tblpr = []
    if borders and style:
        tblpr.append(f'<w:tblStyle w:val="{style}"/>')
    tblpr.append(f'<w:tblW w:w="{sum(widths)}" w:type="dxa"/>')
    if jc:
        tblpr.append(f'<w:jc w:val="{jc}"/>')
    if not borders:
        tblpr.append("<w:tblBorders>" + "".join(
            f'<w:{side} w:val="nil"/>' for side in
            ("top", "left", "bottom", "right", "insideH", "insideV"))
            + "</w:tblBorders>")
    tblpr.append('<w:tblLayout w:type="fixed"/>')
    tblpr.append('<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" '
                 'w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/>')
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    trs = []
    for n, row in enumerate(rows):
        row = [c.replace('w:w="@W@"', f'w:w="{widths[k]}"', 1) for k, c in enumerate(row)]
        trpr = "<w:trPr><w:tblHeader/></w:trPr>" if header and n == 0 else ""
        trs.append(f"<w:tr>{trpr}{''.join(row)}</w:tr>")
    return (f"<w:tbl><w:tblPr>{''.join(tblpr)}</w:tblPr>"
            f"<w:tblGrid>{grid}</w:tblGrid>" + "\n".join(trs) + "</w:tbl>")


SECT_VI = ('<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
           '<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1701" '
           'w:header="720" w:footer="720" w:gutter="0"/>'
           '<w:cols w:space="720"/><w:docGrid w:linePitch="360"/></w:sectPr>')
SECT_EN = ('<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
           '<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" '
           'w:header="708" w:footer="708" w:gutter="0"/>'
           '<w:cols w:space="708"/><w:docGrid w:linePitch="360"/></w:sectPr>')


def DOCUMENT(blocks, sect):
    return (XML_DECL + f"<w:document {WML_ROOT_NS}><w:body>\n"
            + "\n".join(blocks) + "\n" + sect + "</w:body></w:document>")


# ---- styles ---------------------------------------------------------------

def STYLES(extra, font, size, lang, justify, title_size=None):
    """styles.xml with docDefaults, the usual built-in styles and `extra`."""
    jc = '<w:jc w:val="both"/>' if justify else ""
    tsz = title_size or size + 4
    base = [
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal">'
        '<w:name w:val="Normal"/><w:qFormat/>'
        f'<w:pPr><w:spacing w:before="60" w:after="60"/>{jc}</w:pPr></w:style>',
        '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">'
        '<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/>'
        '<w:semiHidden/><w:unhideWhenUsed/></w:style>',
        '<w:style w:type="table" w:default="1" w:styleId="TableNormal">'
        '<w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/>'
        '<w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>'
        '<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>'
        '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/>'
        '</w:tblCellMar></w:tblPr></w:style>',
        '<w:style w:type="numbering" w:default="1" w:styleId="NoList">'
        '<w:name w:val="No List"/><w:uiPriority w:val="99"/><w:semiHidden/>'
        '<w:unhideWhenUsed/></w:style>',
        '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/>'
        '<w:basedOn w:val="TableNormal"/><w:uiPriority w:val="39"/>'
        '<w:pPr><w:spacing w:before="0" w:after="0"/><w:jc w:val="left"/></w:pPr>'
        '<w:tblPr><w:tblBorders>'
        + "".join(f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
                  for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
        + '</w:tblBorders></w:tblPr></w:style>',
        '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/>'
        '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="10"/>'
        '<w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="60"/>'
        '<w:jc w:val="center"/></w:pPr>'
        f'<w:rPr><w:b/><w:bCs/><w:sz w:val="{tsz}"/><w:szCs w:val="{tsz}"/></w:rPr></w:style>',
    ]
    return (XML_DECL + f"<w:styles {WML_SIMPLE_NS}>"
            "<w:docDefaults><w:rPrDefault><w:rPr>"
            f'<w:rFonts w:ascii="{font}" w:eastAsia="{font}" w:hAnsi="{font}" w:cs="{font}"/>'
            f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/>'
            f'<w:lang w:val="{lang}" w:eastAsia="en-US" w:bidi="ar-SA"/>'
            "</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>"
            '<w:spacing w:after="0" w:line="276" w:lineRule="auto"/>'
            "</w:pPr></w:pPrDefault></w:docDefaults>\n"
            + "\n".join(base + extra) + "\n</w:styles>")


STYLE_FOOTNOTES = [
    '<w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/>'
    '<w:basedOn w:val="Normal"/><w:link w:val="FootnoteTextChar"/><w:uiPriority w:val="99"/>'
    '<w:unhideWhenUsed/><w:pPr><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/>'
    '</w:pPr><w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>',
    '<w:style w:type="character" w:customStyle="1" w:styleId="FootnoteTextChar">'
    '<w:name w:val="Footnote Text Char"/><w:basedOn w:val="DefaultParagraphFont"/>'
    '<w:link w:val="FootnoteText"/><w:uiPriority w:val="99"/>'
    '<w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>',
    '<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/>'
    '<w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>'
    '<w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>',
]
STYLE_COMMENTS = [
    '<w:style w:type="paragraph" w:styleId="CommentText"><w:name w:val="annotation text"/>'
    '<w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>'
    '<w:pPr><w:spacing w:before="0" w:after="0"/></w:pPr>'
    '<w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>',
    '<w:style w:type="character" w:styleId="CommentReference"><w:name w:val="annotation reference"/>'
    '<w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:semiHidden/>'
    '<w:unhideWhenUsed/><w:rPr><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr></w:style>',
]
STYLE_HYPERLINK = (
    '<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/>'
    '<w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>'
    '<w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr></w:style>')


def SETTINGS(vi, footnotes=False):
    fn = ('<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>'
          if footnotes else "")
    loc = ('<w:decimalSymbol w:val=","/><w:listSeparator w:val=";"/>' if vi
           else '<w:decimalSymbol w:val="."/><w:listSeparator w:val=","/>')
    return (XML_DECL + f"<w:settings {WML_SIMPLE_NS}>"
            '<w:zoom w:percent="100"/><w:defaultTabStop w:val="720"/>'
            '<w:characterSpacingControl w:val="doNotCompress"/>' + fn +
            '<w:compat><w:compatSetting w:name="compatibilityMode" '
            'w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>'
            + loc + "</w:settings>")


def CORE(title, creator, created, lang, subject=None, keywords=None):
    extra = ""
    if subject:
        extra += f"<dc:subject>{esc(subject)}</dc:subject>"
    if keywords:
        extra += f"<cp:keywords>{esc(keywords)}</cp:keywords>"
    return (XML_DECL +
            '<cp:coreProperties '
            'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" '
            'xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f"<dc:title>{esc(title)}</dc:title>{extra}"
            f"<dc:creator>{esc(creator)}</dc:creator>"
            f"<cp:lastModifiedBy>{esc(creator)}</cp:lastModifiedBy>"
            f"<dc:language>{lang}</dc:language>"
            f'<dcterms:created xsi:type="dcterms:W3CDTF">{created}</dcterms:created>'
            f'<dcterms:modified xsi:type="dcterms:W3CDTF">{created}</dcterms:modified>'
            "</cp:coreProperties>")


def FONT_TABLE(fonts):
    """word/fontTable.xml for the given font names."""
    known = {
        "Times New Roman": ("02020603050405020304", "00", "roman"),
        "Calibri": ("020F0502020204030204", "00", "swiss"),
        "Calibri Light": ("020F0302020204030204", "00", "swiss"),
        "Symbol": ("05050102010706020507", "02", "roman"),
    }
    items = []
    for name in fonts:
        panose, charset, family = known[name]
        items.append(f'<w:font w:name="{name}"><w:panose1 w:val="{panose}"/>'
                     f'<w:charset w:val="{charset}"/><w:family w:val="{family}"/>'
                     '<w:pitch w:val="variable"/></w:font>')
    return XML_DECL + f"<w:fonts {WML_SIMPLE_NS}>" + "".join(items) + "</w:fonts>"


def THEME():
    """A small but complete DrawingML theme (Office colours and fonts)."""
    fill = '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'
    colours = [("dk1", '<a:sysClr val="windowText" lastClr="000000"/>'),
               ("lt1", '<a:sysClr val="window" lastClr="FFFFFF"/>')] + [
        (k, f'<a:srgbClr val="{v}"/>') for k, v in [
            ("dk2", "44546A"), ("lt2", "E7E6E6"), ("accent1", "4472C4"),
            ("accent2", "ED7D31"), ("accent3", "A5A5A5"), ("accent4", "FFC000"),
            ("accent5", "5B9BD5"), ("accent6", "70AD47"), ("hlink", "0563C1"),
            ("folHlink", "954F72")]]
    return (XML_DECL +
            '<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
            'name="Office Theme"><a:themeElements><a:clrScheme name="Office">'
            + "".join(f"<a:{k}>{v}</a:{k}>" for k, v in colours) +
            '</a:clrScheme><a:fontScheme name="Office">'
            '<a:majorFont><a:latin typeface="Calibri Light"/><a:ea typeface=""/>'
            '<a:cs typeface=""/></a:majorFont>'
            '<a:minorFont><a:latin typeface="Calibri"/><a:ea typeface=""/>'
            '<a:cs typeface=""/></a:minorFont></a:fontScheme>'
            '<a:fmtScheme name="Office">'
            f"<a:fillStyleLst>{fill * 3}</a:fillStyleLst>"
            "<a:lnStyleLst>" + f'<a:ln w="6350">{fill}</a:ln>' * 3 + "</a:lnStyleLst>"
            "<a:effectStyleLst>" + "<a:effectStyle><a:effectLst/></a:effectStyle>" * 3
            + "</a:effectStyleLst>"
            f"<a:bgFillStyleLst>{fill * 3}</a:bgFillStyleLst>"
            "</a:fmtScheme></a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/>"
            "</a:theme>")


def RELS(rels):
    """rels: list of (Id, Type, Target[, 'External'])."""
    items = []
    for rel in rels:
        rid, typ, target = rel[:3]
        mode = ' TargetMode="External"' if len(rel) > 3 else ""
        items.append(f'<Relationship Id="{rid}" Type="{typ}" Target="{esc(target)}"{mode}/>')
    return (XML_DECL + f'<Relationships xmlns="{NS_PKG_REL}">'
            + "".join(items) + "</Relationships>")


class Package:
    """An OPC package kept as an ordered list of (part name, type, xml)."""

    def __init__(self):
        self.parts = []

    def add(self, name, ctype, xml):
        self.parts.append((name, ctype, xml))

    def get(self, name):
        for n, _, x in self.parts:
            if n == name:
                return x
        raise KeyError(name)

    def content_types(self):
        overrides = "".join(
            f'<Override PartName="/{n}" ContentType="{c}"/>'
            for n, c, _ in self.parts if not n.endswith(".rels"))
        return (XML_DECL + f'<Types xmlns="{NS_CT}">'
                f'<Default Extension="rels" ContentType="{CT_RELS}"/>'
                '<Default Extension="xml" ContentType="application/xml"/>'
                + overrides + "</Types>")

    def docx_bytes(self):
        entries = [("[Content_Types].xml", self.content_types())]
        entries += [(n, x) for n, _, x in self.parts]
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w") as zf:
            for name, xml in entries:
                zi = zipfile.ZipInfo(name, date_time=ZIP_DATE)
                zi.compress_type = zipfile.ZIP_DEFLATED
                zi.create_system = 0
                zi.external_attr = 0
                zf.writestr(zi, xml.encode("utf-8"))
        return buf.getvalue()

    def flat_opc(self, first=()):
        """Flat OPC (pkg:package) rendition of the same part strings.

        Parts named in `first` come first, the rest follow in package order."""
        names = list(first) + [n for n, _, _ in self.parts if n not in first]
        out = [XML_DECL + '<?mso-application progid="Word.Document"?>\n'
               '<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">']
        for name in names:
            ctype = next(c for n, c, _ in self.parts if n == name)
            xml = self.get(name)
            assert xml.startswith(XML_DECL), name
            pad = ""
            if name == "_rels/.rels":
                pad = ' pkg:padding="512"'
            elif name.endswith(".rels") or name.startswith("docProps/"):
                pad = ' pkg:padding="256"'
            out.append(f'<pkg:part pkg:name="/{name}" pkg:contentType="{ctype}"{pad}>'
                       f"<pkg:xmlData>{xml[len(XML_DECL):]}</pkg:xmlData></pkg:part>")
        return "\n".join(out) + "\n</pkg:package>\n"


def word_package(document, styles, core, settings, fonts, numbering=None,
                 footnotes=None, comments=None, hyperlinks=()):
    """Assemble a WordprocessingML package with a fixed part order."""
    pkg = Package()
    pkg.add("_rels/.rels", CT_RELS, RELS([
        ("rId1", REL_OFFICE_DOC, "word/document.xml"),
        ("rId2", REL_CORE, "docProps/core.xml"),
    ]))
    pkg.add("docProps/core.xml", CT_CORE, core)
    pkg.add("word/document.xml", CT["document"], document)
    rels = [("rId1", REL_BASE + "styles", "styles.xml"),
            ("rId2", REL_BASE + "settings", "settings.xml"),
            ("rId6", REL_BASE + "fontTable", "fontTable.xml"),
            ("rId7", REL_BASE + "theme", "theme/theme1.xml")]
    if numbering:
        rels.append(("rId3", REL_BASE + "numbering", "numbering.xml"))
    if footnotes:
        rels.append(("rId4", REL_BASE + "footnotes", "footnotes.xml"))
    if comments:
        rels.append(("rId5", REL_BASE + "comments", "comments.xml"))
    for rid, url in hyperlinks:
        rels.append((rid, REL_BASE + "hyperlink", url, "External"))
    pkg.add("word/_rels/document.xml.rels", CT_RELS, RELS(rels))
    pkg.add("word/styles.xml", CT["styles"], styles)
    pkg.add("word/settings.xml", CT["settings"], settings)
    pkg.add("word/fontTable.xml", CT["fontTable"], FONT_TABLE(fonts))
    pkg.add("word/theme/theme1.xml", CT["theme"], THEME())
    if numbering:
        pkg.add("word/numbering.xml", CT["numbering"], numbering)
    if footnotes:
        pkg.add("word/footnotes.xml", CT["footnotes"], footnotes)
    if comments:
        pkg.add("word/comments.xml", CT["comments"], comments)
    return pkg


# ---- shared Vietnamese layout helpers ------------------------------------

VI_FONTS = ["Times New Roman", "Calibri", "Calibri Light"]
EN_FONTS = ["Calibri", "Calibri Light", "Times New Roman"]

FIRST = {"firstLine": 567}


def vi_header_table(left, right):
    """Borderless two-column header (cơ quan ban hành | Quốc hiệu)."""
    def cell(lines, width):
        paras = []
        for text, fmt in lines:
            paras.append(P(text, jc="center", spacing={"before": 0, "after": 0}, sz=24, **fmt))
        return TC(paras, width)
    return TBL([[cell(left, 3969), cell(right, 5102)]], [3969, 5102],
               borders=False, jc="center")


def vi_body(text, **kw):
    """A justified body paragraph with the usual 1 cm first-line indent."""
    kw.setdefault("ind", FIRST)
    return P(text, **kw)


def vi_signature(title, name, note="(Đã ký)"):
    return P([R(title, b=True), R("\n"), R(note, i=True), R("\n\n"), R(name, b=True)],
             jc="center", ind={"left": 4536}, spacing={"before": 360, "after": 0})


# --------------------------------------------------------------------------
# 1. corpus/vi/quy-che-lam-viec.docx (manual labels)
# --------------------------------------------------------------------------

def doc_quy_che_lam_viec():
    B = []
    B.append(vi_header_table(
        [("UBND TỈNH AN HÀ", {}),
         ("SỞ KHOA HỌC VÀ CÔNG NGHỆ", {"b": True}),
         ("Số: 12/QC-SKHCN", {})],
        [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", {"b": True}),
         ("Độc lập - Tự do - Hạnh phúc", {"b": True}),
         ("Hà Nội, ngày 15 tháng 9 năm 2022", {"i": True})]))
    B.append(P("QUY CHẾ", style="Title", jc="center", b=True))
    B.append(P("Làm việc của Sở Khoa học và Công nghệ tỉnh An Hà", jc="center", b=True))
    B.append(P("(Ban hành kèm theo Quyết định số 345/QĐ-SKHCN ngày 15 tháng 9 năm 2022 "
               "của Giám đốc Sở Khoa học và Công nghệ tỉnh An Hà)", jc="center", i=True,
               spacing={"before": 0, "after": 240}))
    for t in [
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, "
        "bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa "
        "phương ngày 22 tháng 11 năm 2019;",
        "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công "
        "tác văn thư;",
        "Căn cứ Quyết định số 1568/QĐ-UBND ngày 20 tháng 7 năm 2021 của Ủy ban nhân dân "
        "tỉnh An Hà quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Khoa "
        "học và Công nghệ tỉnh An Hà.",
    ]:
        B.append(vi_body(t, i=True))

    def chapter(num, title):
        B.append(P(num, jc="center", b=True, keep_next=True, spacing={"before": 240, "after": 0}))
        B.append(P(title, jc="center", b=True, keep_next=True, spacing={"before": 0, "after": 120}))

    def section(text):
        B.append(P(text, jc="center", b=True, keep_next=True, spacing={"before": 180, "after": 120}))

    def article(text):
        B.append(vi_body(text, b=True, keep_next=True, spacing={"before": 120, "after": 60}))

    def body(*texts):
        for t in texts:
            B.append(vi_body(t))

    chapter("Chương I", "QUY ĐỊNH CHUNG")
    article("Điều 1. Phạm vi điều chỉnh")
    body("Quy chế này quy định về nguyên tắc, chế độ trách nhiệm, phạm vi giải quyết công "
         "việc, quan hệ công tác, chế độ họp, chế độ thông tin, báo cáo và trình tự giải "
         "quyết công việc của Sở Khoa học và Công nghệ tỉnh An Hà (sau đây gọi là Sở).")
    article("Điều 2. Đối tượng áp dụng")
    body("1. Quy chế này áp dụng đối với Giám đốc, các Phó Giám đốc Sở; các phòng chuyên môn, "
         "nghiệp vụ, Chi cục Tiêu chuẩn Đo lường Chất lượng và các đơn vị sự nghiệp công lập "
         "thuộc Sở; công chức, viên chức và người lao động làm việc tại Sở.",
         "2. Cơ quan, tổ chức, cá nhân có quan hệ công tác với Sở có trách nhiệm phối hợp "
         "thực hiện các quy định có liên quan tại Quy chế này.")
    article("Điều 3. Nguyên tắc làm việc")
    body("1. Sở làm việc theo chế độ thủ trưởng, bảo đảm nguyên tắc tập trung dân chủ; mọi "
         "hoạt động của Sở phải tuân thủ quy định của pháp luật và Quy chế này.",
         "2. Giải quyết công việc đúng phạm vi, thẩm quyền và trách nhiệm được giao, bảo đảm "
         "các yêu cầu sau:",
         "a) Mỗi công việc chỉ giao cho một phòng, đơn vị hoặc một người chủ trì và chịu "
         "trách nhiệm chính;",
         "b) Cấp trên không làm thay công việc của cấp dưới, tập thể không làm thay công việc "
         "của cá nhân và ngược lại;",
         "c) Tuân thủ trình tự, thủ tục và thời hạn giải quyết công việc theo quy định của "
         "pháp luật, chương trình, kế hoạch công tác của Sở;",
         "d) Đề cao sự phối hợp công tác, trao đổi thông tin trong giải quyết công việc;",
         "đ) Bảo đảm công khai, minh bạch, hiệu quả và đẩy mạnh ứng dụng công nghệ thông tin "
         "trong hoạt động của Sở.",
         "3. Công chức, viên chức được giao nhiệm vụ phải chịu trách nhiệm trước Giám đốc Sở "
         "và trước pháp luật về tiến độ, chất lượng công việc được giao.")

    chapter("Chương II", "TRÁCH NHIỆM, PHẠM VI GIẢI QUYẾT CÔNG VIỆC VÀ CHẾ ĐỘ LÀM VIỆC")
    section("Mục 1. TRÁCH NHIỆM VÀ PHẠM VI GIẢI QUYẾT CÔNG VIỆC")
    article("Điều 4. Trách nhiệm và phạm vi giải quyết công việc của Giám đốc Sở")
    body("1. Giám đốc Sở là người đứng đầu Sở, chịu trách nhiệm trước Ủy ban nhân dân tỉnh, "
         "Chủ tịch Ủy ban nhân dân tỉnh và trước pháp luật về toàn bộ hoạt động của Sở.",
         "2. Giám đốc Sở trực tiếp giải quyết các công việc sau:",
         "a) Công tác tổ chức bộ máy, cán bộ, thi đua, khen thưởng, kỷ luật;",
         "b) Công tác kế hoạch, tài chính, đầu tư và quản lý tài sản công của Sở;",
         "c) Các nhiệm vụ khoa học và công nghệ cấp tỉnh và cấp quốc gia do Sở quản lý;",
         "d) Những vấn đề liên quan đến nhiều lĩnh vực hoặc đã được Phó Giám đốc Sở chủ trì "
         "giải quyết nhưng còn ý kiến khác nhau.",
         "3. Giám đốc Sở phân công các Phó Giám đốc Sở giúp Giám đốc Sở phụ trách một số lĩnh "
         "vực công tác; khi vắng mặt, Giám đốc Sở ủy quyền cho một Phó Giám đốc Sở điều hành "
         "công việc chung của Sở.")
    article("Điều 5. Trách nhiệm và phạm vi giải quyết công việc của Phó Giám đốc Sở")
    body("1. Phó Giám đốc Sở giúp Giám đốc Sở theo dõi, chỉ đạo một số lĩnh vực công tác theo "
         "phân công của Giám đốc Sở; chịu trách nhiệm trước Giám đốc Sở và trước pháp luật về "
         "lĩnh vực được phân công.",
         "2. Trong phạm vi lĩnh vực được phân công, Phó Giám đốc Sở được sử dụng quyền hạn của "
         "Giám đốc Sở, nhân danh Giám đốc Sở khi giải quyết công việc và có trách nhiệm:",
         "a) Chỉ đạo, đôn đốc, kiểm tra các phòng, đơn vị thực hiện nhiệm vụ thuộc lĩnh vực "
         "được phân công;",
         "b) Chủ động giải quyết công việc; trường hợp vấn đề phát sinh có liên quan đến lĩnh "
         "vực của Phó Giám đốc Sở khác thì trực tiếp phối hợp giải quyết;",
         "c) Báo cáo Giám đốc Sở kết quả giải quyết công việc định kỳ hằng tháng hoặc đột xuất "
         "khi được yêu cầu.",
         "3. Khi Giám đốc Sở điều chỉnh phân công công việc giữa các Phó Giám đốc Sở, các Phó "
         "Giám đốc Sở có trách nhiệm bàn giao nội dung công việc, hồ sơ, tài liệu liên quan.")
    article("Điều 6. Trách nhiệm của người đứng đầu các phòng, đơn vị thuộc Sở")
    body("1. Tổ chức thực hiện nhiệm vụ của phòng, đơn vị theo chức năng, nhiệm vụ được giao; "
         "chịu trách nhiệm trước Giám đốc Sở, Phó Giám đốc Sở phụ trách lĩnh vực về kết quả "
         "thực hiện nhiệm vụ.",
         "2. Phối hợp với người đứng đầu các phòng, đơn vị khác để giải quyết công việc có "
         "liên quan; trường hợp không thống nhất thì báo cáo Phó Giám đốc Sở phụ trách lĩnh "
         "vực theo quy định tại khoản 2 Điều 5 của Quy chế này.",
         "3. Quản lý công chức, viên chức, người lao động và tài sản được giao; thực hiện chế "
         "độ thông tin, báo cáo theo quy định tại Điều 10 của Quy chế này.")
    article("Điều 7. Trách nhiệm của công chức, viên chức, người lao động")
    body("1. Công chức, viên chức, người lao động có trách nhiệm:",
         "a) Thực hiện nhiệm vụ được giao bảo đảm đúng thời hạn, chất lượng và chịu trách "
         "nhiệm về kết quả thực hiện;",
         "b) Chấp hành sự phân công, điều hành của người đứng đầu phòng, đơn vị và lãnh đạo Sở;",
         "c) Chủ động đề xuất, tham mưu giải quyết các vấn đề thuộc lĩnh vực được giao;",
         "d) Giữ gìn bí mật nhà nước, bí mật công tác theo quy định của pháp luật;",
         # Planted defect: the Vietnamese point after d) is đ), not e).
         "e) Thực hiện đúng quy tắc ứng xử, văn hóa công sở và nội quy cơ quan.",
         "2. Trường hợp được lãnh đạo Sở giao trực tiếp nhiệm vụ, công chức, viên chức có "
         "trách nhiệm báo cáo người đứng đầu phòng, đơn vị để theo dõi, tổng hợp.")

    section("Mục 2. CHẾ ĐỘ HỌP VÀ XỬ LÝ VĂN BẢN")
    article("Điều 8. Chế độ họp")
    body("1. Giao ban lãnh đạo Sở được tổ chức định kỳ vào sáng thứ Hai hằng tuần; thành phần "
         "gồm Giám đốc Sở, các Phó Giám đốc Sở và Chánh Văn phòng Sở.",
         "2. Họp toàn cơ quan được tổ chức mỗi tháng một lần để đánh giá kết quả thực hiện "
         "nhiệm vụ và triển khai kế hoạch công tác tháng tiếp theo; từ ngày 15/11 đến ngày "
         "31/12/2022 họp hai tuần một lần.",
         "3. Các cuộc họp chuyên đề do Giám đốc Sở hoặc Phó Giám đốc Sở được phân công chủ "
         "trì; tài liệu họp phải được gửi đến các thành phần dự họp chậm nhất 02 ngày làm "
         "việc trước ngày họp.")
    article("Điều 9. Quản lý, xử lý văn bản đến và văn bản đi")
    body("1. Việc soạn thảo, ban hành, quản lý văn bản đến và văn bản đi của Sở thực hiện theo "
         "quy định tại Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về "
         "công tác văn thư.",
         "2. Văn bản đến được Văn phòng Sở tiếp nhận, đăng ký và trình Giám đốc Sở hoặc Phó "
         "Giám đốc Sở phụ trách trong ngày làm việc; văn bản khẩn phải được trình ngay sau khi "
         "nhận.",
         "3. Văn bản đi phải được người đứng đầu phòng, đơn vị chủ trì soạn thảo kiểm tra về "
         "nội dung, thể thức và ký nháy trước khi trình lãnh đạo Sở ký ban hành.")
    article("Điều 10. Chế độ thông tin, báo cáo")
    body("1. Các phòng, đơn vị báo cáo định kỳ hằng tháng, quý, 06 tháng và năm về kết quả "
         "thực hiện nhiệm vụ; báo cáo tháng gửi Văn phòng Sở trước ngày 20 hằng tháng để tổng "
         # Planted defect: the reporting period ends before it starts (2021 for 2022).
         "hợp; số liệu báo cáo năm 2022 tính từ ngày 15 tháng 12 năm 2021 đến ngày 14 tháng 12 "
         "năm 2021.",
         "2. Trường hợp có sự việc đột xuất, phức tạp, người đứng đầu phòng, đơn vị phải báo "
         "cáo ngay lãnh đạo Sở bằng hình thức phù hợp, sau đó gửi báo cáo bằng văn bản.",
         "3. Văn phòng Sở có trách nhiệm tổng hợp, xây dựng báo cáo chung của Sở gửi Ủy ban "
         "nhân dân tỉnh và Bộ Khoa học và Công nghệ theo quy định.")

    chapter("Chương III", "TỔ CHỨC THỰC HIỆN")
    article("Điều 11. Trách nhiệm thi hành")
    body("1. Người đứng đầu các phòng, đơn vị thuộc Sở có trách nhiệm phổ biến, quán triệt và "
         "tổ chức thực hiện Quy chế này.",
         # Planted defect: Điều 10 has only three clauses.
         "2. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các phòng, đơn vị báo cáo "
         "theo quy định tại khoản 4 Điều 10 của Quy chế này để Giám đốc Sở xem xét, sửa đổi, "
         "bổ sung cho phù hợp.")
    article("Điều 12. Hiệu lực thi hành")
    # Correct on purpose: 3 chapters and 12 articles, as stated.
    body("Quy chế này gồm 03 chương, 12 điều, có hiệu lực thi hành kể từ ngày ký ban hành và "
         "thay thế Quy chế làm việc "
         "ban hành kèm theo Quyết định số 112/QĐ-SKHCN ngày 10 tháng 4 năm 2017 của Giám đốc "
         "Sở Khoa học và Công nghệ tỉnh An Hà.")
    B.append(vi_signature("GIÁM ĐỐC", "Trần Minh Đức"))

    styles = STYLES([], "Times New Roman", 26, "vi-VN", justify=True)
    core = CORE("Quy chế làm việc của Sở Khoa học và Công nghệ tỉnh An Hà",
                "Văn phòng Sở Khoa học và Công nghệ", "2022-09-15T08:00:00Z", "vi-VN",
                subject="Quy chế làm việc")
    return word_package(DOCUMENT(B, SECT_VI), styles, core, SETTINGS(vi=True), VI_FONTS)


# --------------------------------------------------------------------------
# 2. corpus/vi/quy-che-chi-tieu-noi-bo.docx (automatic numbering + extras)
# --------------------------------------------------------------------------

NUMBERING_CTNB = (
    XML_DECL + f"<w:numbering {WML_SIMPLE_NS}>"
    '<w:abstractNum w:abstractNumId="0"><w:nsid w:val="5A3C2E11"/>'
    '<w:multiLevelType w:val="multilevel"/><w:tmpl w:val="0C2A1B3E"/>'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
    '<w:pStyle w:val="Dieu"/><w:suff w:val="space"/><w:lvlText w:val="Điều %1."/>'
    '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="567"/></w:pPr>'
    '<w:rPr><w:b/><w:bCs/></w:rPr></w:lvl>'
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
    '<w:lvlText w:val="%2."/><w:lvlJc w:val="left"/>'
    '<w:pPr><w:tabs><w:tab w:val="num" w:pos="907"/></w:tabs>'
    '<w:ind w:left="0" w:firstLine="567"/></w:pPr></w:lvl>'
    '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/>'
    '<w:lvlText w:val="%3)"/><w:lvlJc w:val="left"/>'
    '<w:pPr><w:tabs><w:tab w:val="num" w:pos="907"/></w:tabs>'
    '<w:ind w:left="0" w:firstLine="567"/></w:pPr></w:lvl>'
    "</w:abstractNum>"
    '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
    '<w:num w:numId="2"><w:abstractNumId w:val="0"/>'
    '<w:lvlOverride w:ilvl="1"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
    "</w:numbering>")

TEXTBOX_TEXT = "Ghi chú: Mức chi áp dụng từ ngày 01/01/2023"


def textbox_paragraph(text):
    """A floating text box: DrawingML (wps) choice + VML fallback, same text."""
    inner = P(text, jc="left", spacing={"before": 0, "after": 0}, i=True)
    drawing = (
        "<w:drawing>"
        '<wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" '
        'relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        '<wp:extent cx="5760085" cy="457200"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        '<wp:wrapTopAndBottom/><wp:docPr id="1" name="Hộp văn bản 1"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr>'
        '<a:xfrm><a:off x="0" y="0"/><a:ext cx="5760085" cy="457200"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
        '<a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill>'
        '<a:ln w="6350"><a:solidFill><a:srgbClr val="000000"/></a:solidFill></a:ln>'
        f"</wps:spPr><wps:txbx><w:txbxContent>{inner}</w:txbxContent></wps:txbx>"
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" '
        'rIns="91440" bIns="45720" anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr>'
        "</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>")
    pict = (
        "<w:pict>"
        '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
        'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>'
        '<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        '<v:shape id="Hop_van_ban_1" o:spid="_x0000_s1026" type="#_x0000_t202" '
        'style="position:absolute;margin-left:0;margin-top:0;width:453.55pt;height:36pt;'
        'z-index:251659264;mso-wrap-distance-top:3.6pt;mso-wrap-distance-bottom:3.6pt;'
        'mso-position-horizontal-relative:text;mso-position-vertical-relative:text" '
        'fillcolor="white" strokeweight=".5pt">'
        f"<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox>"
        '<w10:wrap type="topAndBottom"/></v:shape></w:pict>')
    run = (f'<w:r><mc:AlternateContent><mc:Choice Requires="wps">{drawing}</mc:Choice>'
           f"<mc:Fallback>{pict}</mc:Fallback></mc:AlternateContent></w:r>")
    return P([run], spacing={"before": 120, "after": 120})


def doc_quy_che_chi_tieu_noi_bo():
    B = []
    K = lambda t, **kw: P(t, num=(1, 1), **kw)          # khoản (clause)
    K2 = lambda t, **kw: P(t, num=(2, 1), **kw)         # khoản, restarted list
    D = lambda t, **kw: P(t, num=(1, 2), **kw)          # điểm (point)

    def dieu(heading):
        B.append(P(heading, style="Dieu"))

    def chapter(num, title):
        B.append(P(num, jc="center", b=True, keep_next=True, spacing={"before": 240, "after": 0}))
        B.append(P(title, jc="center", b=True, keep_next=True, spacing={"before": 0, "after": 120}))

    B.append(vi_header_table(
        [("SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH AN HÀ", {}),
         ("TRUNG TÂM THÔNG TIN VÀ ỨNG DỤNG KHOA HỌC CÔNG NGHỆ", {"b": True})],
        [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", {"b": True}),
         ("Độc lập - Tự do - Hạnh phúc", {"b": True}),
         ("An Hà, ngày 28 tháng 12 năm 2022", {"i": True})]))
    B.append(P("QUY CHẾ", style="Title", jc="center", b=True))
    B.append(P("Chi tiêu nội bộ của Trung tâm Thông tin và Ứng dụng khoa học công nghệ "
               "tỉnh An Hà", jc="center", b=True))
    B.append(P("(Ban hành kèm theo Quyết định số 215/QĐ-TTUD ngày 28 tháng 12 năm 2022 của "
               "Giám đốc Trung tâm Thông tin và Ứng dụng khoa học công nghệ)",
               jc="center", i=True, spacing={"before": 0, "after": 240}))
    for t in [
        "Căn cứ Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015;",
        "Căn cứ Nghị định số 60/2021/NĐ-CP ngày 21 tháng 6 năm 2021 của Chính phủ quy định "
        "cơ chế tự chủ tài chính của đơn vị sự nghiệp công lập;",
        "Căn cứ Thông tư số 40/2017/TT-BTC ngày 28 tháng 4 năm 2017 của Bộ Tài chính quy "
        "định chế độ công tác phí, chế độ chi hội nghị;",
    ]:
        B.append(vi_body(t, i=True))
    # Tracked change: outdated decree deleted, its replacement inserted.
    B.append(vi_body([
        R("Căn cứ ", i=True),
        '<w:del w:id="1" w:author="Phạm Văn Hùng" w:date="2023-09-20T09:15:00Z">'
        + R("Nghị định số 04/2015/NĐ-CP ngày 09 tháng 01 năm 2015", deleted=True, i=True)
        + "</w:del>",
        '<w:ins w:id="2" w:author="Phạm Văn Hùng" w:date="2023-09-20T09:15:00Z">'
        + R("Nghị định số 59/2023/NĐ-CP ngày 14 tháng 8 năm 2023", i=True) + "</w:ins>",
        R(" của Chính phủ về thực hiện dân chủ ở cơ sở.", i=True)]))

    chapter("Chương I", "QUY ĐỊNH CHUNG")
    dieu("Phạm vi và đối tượng áp dụng")
    B.append(K("Quy chế này quy định các nội dung chi, mức chi và việc quản lý, sử dụng nguồn "
               "tài chính của Trung tâm Thông tin và Ứng dụng khoa học công nghệ tỉnh An Hà "
               "(sau đây gọi là Trung tâm)."))
    B.append(K("Quy chế này áp dụng đối với viên chức, người lao động làm việc tại Trung tâm "
               "và các tổ chức, cá nhân có liên quan."))
    dieu("Mục đích xây dựng Quy chế")
    B.append(K("Tạo quyền chủ động trong quản lý, sử dụng nguồn tài chính được giao; thúc đẩy "
               "thực hành tiết kiệm, chống lãng phí."))
    B.append(K("Làm căn cứ để Giám đốc Trung tâm điều hành dự toán, Kho bạc Nhà nước kiểm soát "
               "chi và cơ quan có thẩm quyền kiểm tra, giám sát."))
    B.append(K("Bảo đảm công bằng, công khai, minh bạch trong chi tiêu; tăng thu nhập cho viên "
               "chức, người lao động."))
    dieu("Nguyên tắc xây dựng và thực hiện Quy chế")
    B.append(K("Các nội dung chi, mức chi tại Quy chế này không vượt quá chế độ, tiêu chuẩn, "
               "định mức chi do cơ quan nhà nước có thẩm quyền ban hành."))
    B.append(K("Quy chế được xây dựng công khai, dân chủ và bảo đảm các yêu cầu sau:"))
    # Six automatic lowerLetter points: Word renders a) b) c) d) e) f); Vietnamese
    # drafting rules expect a) b) c) d) đ) e)  (planted defect).
    for t in [
        "Phù hợp với đặc điểm hoạt động và khả năng nguồn tài chính của Trung tâm;",
        "Được thảo luận rộng rãi, dân chủ trong toàn thể viên chức, người lao động;",
        "Có ý kiến thống nhất bằng văn bản của tổ chức công đoàn;",
        "Bảo đảm có chứng từ, hóa đơn hợp pháp theo quy định;",
        "Được gửi cơ quan quản lý cấp trên và Kho bạc Nhà nước nơi giao dịch để theo dõi, "
        "kiểm soát chi;",
        "Được công khai tại hội nghị viên chức, người lao động hằng năm.",
    ]:
        B.append(D(t))
    B.append(K("Trường hợp các văn bản làm căn cứ xây dựng Quy chế được sửa đổi, bổ sung hoặc "
               "thay thế thì thực hiện theo văn bản mới."))

    chapter("Chương II", "NỘI DUNG VÀ MỨC CHI")
    dieu("Nguồn tài chính")
    B.append(K("Nguồn ngân sách nhà nước cấp chi thường xuyên và chi thực hiện nhiệm vụ được "
               "giao."))
    B.append(K("Nguồn thu từ hoạt động dịch vụ sự nghiệp công về thông tin, thống kê, ứng "
               "dụng và chuyển giao công nghệ."))
    B.append(K("Nguồn viện trợ, tài trợ, quà biếu, tặng, cho theo quy định của pháp luật và "
               "các nguồn thu hợp pháp khác."))
    dieu("Chi tiền lương, tiền công và các khoản phụ cấp")
    B.append(K2("Tiền lương ngạch, bậc, chức vụ và các khoản phụ cấp theo lương được chi trả "
                "theo mức lương cơ sở do Chính phủ quy định."))
    B.append(K2("Tiền công đối với người lao động hợp đồng được thực hiện theo hợp đồng lao "
                "động đã ký kết."))
    B.append(K2("Tiền lương, tiền công được chi trả hằng tháng qua tài khoản cá nhân mở tại "
                "ngân hàng thương mại, chậm nhất vào ngày 10 hằng tháng."))
    dieu("Chế độ công tác phí")
    B.append(K([
        R("Viên chức, người lao động được cử đi công tác được thanh toán công tác phí theo "
          "quy định tại Thông tư số 40/2017/TT-BTC"),
        '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
        '<w:footnoteReference w:id="1"/></w:r>',
        R(" và định mức tại Biểu số 01 dưới đây (trang "),
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        '<w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        '<w:r><w:t>3</w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>',
        R(")."),
    ]))
    B.append(P("Biểu số 01. Định mức công tác phí", jc="center", b=True, keep_next=True,
               spacing={"before": 120, "after": 60}))
    w = [794, 4286, 1800, 2191]
    hdr = lambda t: TC([P(t, jc="center", b=True, spacing={"before": 0, "after": 0})], shade="D9E2F3")
    cell = lambda t, jc="left": TC([P(t, jc=jc, spacing={"before": 0, "after": 0})])
    rows = [[hdr("STT"), hdr("Nội dung chi"), hdr("Đơn vị tính"), hdr("Mức chi (đồng)")],
            [cell("1", "center"), cell("Phụ cấp lưu trú"), cell("người/ngày", "center"),
             TC([P(['<w:r><w:sym w:font="Symbol" w:char="F0A3"/></w:r>', R(" 200.000")],
                   jc="right", spacing={"before": 0, "after": 0})])],
            [cell("2", "center"), cell("Thuê phòng nghỉ tại thành phố trực thuộc trung ương "
                                       "(khoán)"), cell("người/đêm", "center"), cell("450.000", "right")],
            [cell("3", "center"), cell("Thuê phòng nghỉ tại thành phố, thị xã thuộc tỉnh "
                                       "(khoán)"), cell("người/đêm", "center"), cell("350.000", "right")],
            [cell("4", "center"), cell("Thuê phòng nghỉ tại các vùng còn lại (khoán)"),
             cell("người/đêm", "center"), cell("300.000", "right")],
            [cell("5", "center"), cell("Khoán công tác phí cho viên chức thường xuyên đi công "
                                       "tác lưu động trên 10 ngày/tháng"),
             cell("người/tháng", "center"), cell("500.000", "right")]]
    B.append(TBL(rows, w, header=True))
    B.append(K("Trường hợp cán bộ đi công tác một mình hoặc đoàn công tác có lẻ người hoặc lẻ "
               "người khác giới thì được thuê phòng riêng theo mức giá thuê phòng thực tế nhưng "
               "tối đa không vượt mức tiền thuê phòng của những người đi cùng đoàn."))
    dieu("Chi hội nghị, hội thảo")
    B.append(K("Chi hội nghị, hội thảo thực hiện theo quy định của Thông tư số 40/2017/TT-BTC "
               "với các mức chi cụ thể như sau:"))
    B.append(D("Chi giải khát giữa giờ:\t40.000 đồng/buổi/đại biểu;", tabs=[("left", 4536)]))
    B.append(D("Hỗ trợ tiền ăn:\t200.000 đồng/ngày/người.", tabs=[("left", 4536)]))
    B.append(K("Không hỗ trợ tiền ăn, tiền thuê phòng nghỉ đối với đại biểu là công chức, viên "
               "chức, người lao động hưởng lương từ ngân sách nhà nước."))
    dieu("Khoán văn phòng phẩm")
    B.append(K("Văn phòng phẩm được khoán theo định mức hằng tháng cho từng bộ phận như sau:"))
    B.append(P("Biểu số 02. Dự toán khoán văn phòng phẩm năm 2023", jc="center", b=True,
               keep_next=True, spacing={"before": 120, "after": 60}))
    w = [794, 3486, 1100, 1800, 1891]
    bold = lambda t, jc="left": TC([P(t, jc=jc, b=True, spacing={"before": 0, "after": 0})])
    rows = [[hdr("STT"), hdr("Bộ phận"), hdr("Số người"), hdr("Mức khoán (đồng/người/tháng)"),
             hdr("Thành tiền cả năm (đồng)")],
            [cell("1", "center"), cell("Ban Giám đốc"), cell("2", "center"),
             cell("100.000", "right"), cell("2.400.000", "right")],
            [cell("2", "center"), cell("Phòng Hành chính - Tổng hợp"), cell("4", "center"),
             cell("60.000", "right"), cell("2.880.000", "right")],
            [cell("3", "center"), cell("Phòng Thông tin - Thống kê"), cell("3", "center"),
             cell("50.000", "right"), cell("1.800.000", "right")],
            [cell("4", "center"), cell("Phòng Ứng dụng và Chuyển giao công nghệ"),
             cell("2", "center"), cell("58.000", "right"), cell("1.392.000", "right")],
            [cell("", "center"), bold("Tổng cộng"), bold("11", "center"), cell(""),
             bold("8.472.000", "right")]]
    B.append(TBL(rows, w, header=True))
    B.append(textbox_paragraph(TEXTBOX_TEXT))
    B.append(K([
        R("Tổng dự toán khoán văn phòng phẩm năm 2023 là "),
        '<w:commentRangeStart w:id="0"/>', R("8.472.000 đồng"), '<w:commentRangeEnd w:id="0"/>',
        '<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="0"/></w:r>',
        R(", được cấp phát theo quý cho các bộ phận."),
    ]))
    dieu("Sử dụng kinh phí tiết kiệm")
    B.append(K("Kết thúc năm ngân sách, sau khi hoàn thành nhiệm vụ và các khoản chi theo quy "
               "định, phần kinh phí tiết kiệm được sử dụng theo thứ tự ưu tiên sau:"))
    for t in ["Chi bổ sung thu nhập cho viên chức, người lao động theo hệ số tăng thêm quỹ "
              "tiền lương;",
              "Chi khen thưởng, phúc lợi cho tập thể, cá nhân có thành tích;",
              "Trích lập Quỹ phát triển hoạt động sự nghiệp."]:
        B.append(D(t))
    B.append(K("Năm 2022, Trung tâm thực hiện giải ngân đạt 98,5% dự toán được giao; việc xác "
               "định kinh phí tiết kiệm thực hiện trên cơ sở số liệu quyết toán được cấp có "
               "thẩm quyền phê duyệt."))
    B.append(K("Không sử dụng các nguồn kinh phí quy định tại khoản 3 Điều 4 của Quy chế này "
               "để chi thu nhập tăng thêm."))

    chapter("Chương III", "TỔ CHỨC THỰC HIỆN")
    dieu("Trách nhiệm thực hiện")
    # Planted defect: there is no Điều 15 (the regulation has 11 articles).
    B.append(K("Phòng Hành chính - Tổng hợp chủ trì, phối hợp với các bộ phận hướng dẫn, theo "
               "dõi việc thực hiện Quy chế; hồ sơ, chứng từ thanh toán thực hiện theo quy định "
               "tại Điều 15 của Quy chế này."))
    B.append(K([
        R("Viên chức, người lao động tra cứu các văn bản làm căn cứ xây dựng Quy chế trên "),
        '<w:hyperlink r:id="rId10" w:history="1">'
        + R("Cơ sở dữ liệu quốc gia về văn bản pháp luật", style="Hyperlink") + "</w:hyperlink>",
        R("."),
    ]))
    B.append(K("Trong quá trình thực hiện, nếu có vướng mắc, các bộ phận phản ánh về Phòng Hành "
               "chính - Tổng hợp để tổng hợp, báo cáo Giám đốc Trung tâm xem xét, điều chỉnh."))
    dieu("Hiệu lực thi hành")
    B.append('<w:sdt><w:sdtPr><w:alias w:val="Ngày hiệu lực"/><w:tag w:val="ngay-hieu-luc"/>'
             '<w:id w:val="-1183427112"/></w:sdtPr><w:sdtContent>'
             + K("Quy chế này có hiệu lực thi hành kể từ ngày 01 tháng 01 năm 2023.")
             + "</w:sdtContent></w:sdt>")
    B.append(K("Các quy định trước đây của Trung tâm trái với Quy chế này đều bãi bỏ."))
    # Planted defect: the Quy chế has 3 chapters and 11 articles, not 12.
    B.append(K("Quy chế này gồm 03 chương, 12 điều và được gửi đến các bộ phận để thực hiện."))
    B.append(vi_signature("GIÁM ĐỐC", "Lê Thị Hồng Nhung"))

    extra = [
        '<w:style w:type="paragraph" w:customStyle="1" w:styleId="Dieu"><w:name w:val="Điều"/>'
        '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>'
        '<w:pPr><w:keepNext/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>'
        '<w:spacing w:before="120" w:after="60"/></w:pPr>'
        '<w:rPr><w:b/><w:bCs/></w:rPr></w:style>',
        STYLE_HYPERLINK,
    ] + STYLE_FOOTNOTES + STYLE_COMMENTS
    styles = STYLES(extra, "Times New Roman", 26, "vi-VN", justify=True)

    footnotes = (
        XML_DECL + f"<w:footnotes {WML_ROOT_NS}>"
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" '
        'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>'
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing '
        'w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/>'
        "</w:r></w:p></w:footnote>"
        '<w:footnote w:id="1">'
        + P(['<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>',
             R(" Thông tư số 40/2017/TT-BTC ngày 28 tháng 4 năm 2017 của Bộ Tài chính quy định "
               "chế độ công tác phí, chế độ chi hội nghị; mức chi tại Quy chế này không vượt "
               "quá mức chi tối đa quy định tại Thông tư.")], style="FootnoteText")
        + "</w:footnote></w:footnotes>")
    comments = (
        XML_DECL + f"<w:comments {WML_ROOT_NS}>"
        '<w:comment w:id="0" w:author="Nguyễn Thị Lan" w:date="2023-09-20T08:30:00Z" w:initials="NTL">'
        + P(['<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r>',
             R("Kiểm tra lại số liệu")], style="CommentText")
        + "</w:comment></w:comments>")
    core = CORE("Quy chế chi tiêu nội bộ", "Phòng Hành chính - Tổng hợp",
                "2022-12-28T08:00:00Z", "vi-VN", subject="Quy chế chi tiêu nội bộ năm 2023")
    return word_package(DOCUMENT(B, SECT_VI), styles, core,
                        SETTINGS(vi=True, footnotes=True), VI_FONTS + ["Symbol"],
                        numbering=NUMBERING_CTNB,
                        footnotes=footnotes, comments=comments,
                        hyperlinks=[("rId10", "https://vbpl.vn/")])


# --------------------------------------------------------------------------
# 3. corpus/vi/quy-che-dan-chu.docx + Flat OPC twin
# --------------------------------------------------------------------------

# Article -> numId used by its clauses. Every numId restarts level 0 at 1,
# except that Điều 6 reuses numId 5 of Điều 5 (planted continuation defect).
DAN_CHU_NUMS = 9


def numbering_dan_chu():
    nums = "".join(
        f'<w:num w:numId="{n}"><w:abstractNumId w:val="0"/>'
        '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
        for n in range(1, DAN_CHU_NUMS + 1))
    return (XML_DECL + f"<w:numbering {WML_SIMPLE_NS}>"
            '<w:abstractNum w:abstractNumId="0"><w:nsid w:val="3B1F6D20"/>'
            '<w:multiLevelType w:val="hybridMultilevel"/>'
            '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
            '<w:lvlText w:val="%1."/><w:lvlJc w:val="left"/>'
            '<w:pPr><w:tabs><w:tab w:val="num" w:pos="907"/></w:tabs>'
            '<w:ind w:left="0" w:firstLine="567"/></w:pPr></w:lvl>'
            '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/>'
            '<w:lvlText w:val="%2)"/><w:lvlJc w:val="left"/>'
            '<w:pPr><w:tabs><w:tab w:val="num" w:pos="907"/></w:tabs>'
            '<w:ind w:left="0" w:firstLine="567"/></w:pPr></w:lvl>'
            "</w:abstractNum>" + nums + "</w:numbering>")


def doc_quy_che_dan_chu():
    B = []

    def chapter(num, title):
        B.append(P(num, style="Chuong"))
        B.append(P(title, style="TenChuong"))

    def dieu(text):
        B.append(P(text, style="Dieu"))

    def clauses(num_id, items):
        for it in items:
            if isinstance(it, tuple):           # (clause text, [points])
                B.append(P(it[0], num=(num_id, 0)))
                for pt in it[1]:
                    B.append(P(pt, num=(num_id, 1)))
            else:
                B.append(P(it, num=(num_id, 0)))

    B.append(vi_header_table(
        [("UBND TỈNH AN HÀ", {}), ("SỞ KHOA HỌC VÀ CÔNG NGHỆ", {"b": True})],
        [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", {"b": True}),
         ("Độc lập - Tự do - Hạnh phúc", {"b": True}),
         ("An Hà, ngày 20 tháng 02 năm 2024", {"i": True})]))
    B.append(P("QUY CHẾ", style="Title"))
    B.append(P("Thực hiện dân chủ trong hoạt động của Sở Khoa học và Công nghệ tỉnh An Hà",
               jc="center", b=True))
    B.append(P("(Ban hành kèm theo Quyết định số 78/QĐ-SKHCN ngày 20 tháng 02 năm 2024 của "
               "Giám đốc Sở Khoa học và Công nghệ tỉnh An Hà)", jc="center", i=True,
               spacing={"before": 0, "after": 240}))
    for t in [
        "Căn cứ Luật Cán bộ, công chức ngày 13 tháng 11 năm 2008; Luật Viên chức ngày 15 tháng "
        "11 năm 2010; Luật sửa đổi, bổ sung một số điều của Luật Cán bộ, công chức và Luật "
        "Viên chức ngày 25 tháng 11 năm 2019;",
        # Planted defect: replaced by Nghị định số 59/2023/NĐ-CP.
        "Căn cứ Nghị định số 04/2015/NĐ-CP ngày 09 tháng 01 năm 2015 của Chính phủ về thực "
        "hiện dân chủ trong hoạt động của cơ quan hành chính nhà nước và đơn vị sự nghiệp "
        "công lập;",
        "Căn cứ Quyết định số 1568/QĐ-UBND ngày 20 tháng 7 năm 2021 của Ủy ban nhân dân tỉnh "
        "An Hà quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Khoa học và "
        "Công nghệ tỉnh An Hà.",
    ]:
        B.append(vi_body(t, i=True))

    chapter("Chương I", "QUY ĐỊNH CHUNG")
    dieu("Điều 1. Phạm vi điều chỉnh và đối tượng áp dụng")
    clauses(1, [
        "Quy chế này quy định nội dung, hình thức và trách nhiệm thực hiện dân chủ trong hoạt "
        "động của Sở Khoa học và Công nghệ tỉnh An Hà (sau đây gọi là cơ quan).",
        "Quy chế này áp dụng đối với công chức, viên chức, người lao động làm việc tại các "
        "phòng chuyên môn, nghiệp vụ, Chi cục và các đơn vị sự nghiệp công lập thuộc Sở.",
    ])
    dieu("Điều 2. Nguyên tắc thực hiện dân chủ")
    clauses(2, [
        "Bảo đảm sự lãnh đạo của tổ chức đảng, phát huy vai trò của Công đoàn cơ sở và quyền "
        "làm chủ của công chức, viên chức, người lao động.",
        "Thực hiện dân chủ gắn với kỷ cương, kỷ luật hành chính; bảo đảm công khai, minh bạch "
        "và trách nhiệm giải trình của người đứng đầu cơ quan.",
        "Nghiêm cấm lợi dụng quyền dân chủ để vi phạm pháp luật, xâm phạm lợi ích của Nhà "
        "nước, quyền và lợi ích hợp pháp của cơ quan, tổ chức, cá nhân.",
    ])
    dieu("Điều 3. Trách nhiệm của người đứng đầu cơ quan")
    clauses(3, [
        "Chỉ đạo, tổ chức thực hiện Quy chế này; bảo đảm để công chức, viên chức, người lao "
        "động được thực hiện đầy đủ quyền dân chủ.",
        ("Tiếp nhận, xem xét, giải quyết hoặc trả lời kiến nghị của công chức, viên chức, "
         "người lao động theo thẩm quyền bằng một trong các hình thức sau:",
         ["Trả lời trực tiếp tại cuộc họp hoặc buổi đối thoại;",
          "Trả lời bằng văn bản trong thời hạn 15 ngày làm việc kể từ ngày nhận được kiến nghị;",
          "Chuyển kiến nghị không thuộc thẩm quyền đến cơ quan có thẩm quyền giải quyết và "
          "thông báo cho người kiến nghị biết."]),
    ])

    chapter("Chương II", "NỘI DUNG THỰC HIỆN DÂN CHỦ")
    dieu("Điều 4. Công khai thông tin")
    B.append(vi_body("Người đứng đầu cơ quan có trách nhiệm công khai cho công chức, viên "
                     "chức, người lao động biết các nội dung sau đây:"))
    clauses(4, [
        "Chủ trương, chính sách của Đảng, pháp luật của Nhà nước liên quan đến công việc của "
        "cơ quan;",
        "Kế hoạch công tác hằng năm, hằng quý, hằng tháng của cơ quan;",
        "Kinh phí hoạt động hằng năm, bao gồm dự toán, quyết toán kinh phí được giao và các "
        "nguồn kinh phí khác;",
        "Việc mua sắm, quản lý, sử dụng tài sản công của cơ quan;",
        "Tuyển dụng, sử dụng, đào tạo, bồi dưỡng, nâng ngạch, nâng lương, bổ nhiệm, điều động, "
        "luân chuyển, khen thưởng, kỷ luật công chức, viên chức, người lao động;",
        "Kết quả thanh tra, kiểm tra, giải quyết khiếu nại, tố cáo liên quan đến cơ quan;",
        "Quy chế chi tiêu nội bộ, quy chế quản lý, sử dụng tài sản công, quy chế làm việc và "
        "các quy chế khác của cơ quan.",
    ])
    dieu("Điều 5. Hình thức và thời điểm công khai")
    clauses(5, [
        ("Việc công khai được thực hiện bằng một hoặc một số hình thức sau đây:",
         ["Niêm yết tại trụ sở cơ quan;",
          "Thông báo tại cuộc họp giao ban hoặc hội nghị công chức, viên chức, người lao động;",
          "Đăng tải trên Cổng thông tin điện tử của Sở;",
          "Gửi văn bản qua Hệ thống quản lý văn bản và điều hành."]),
        "Thời gian niêm yết ít nhất là 30 ngày liên tục kể từ ngày niêm yết; trường hợp pháp "
        "luật có quy định khác thì thực hiện theo quy định đó.",
    ])
    dieu("Điều 6. Những việc công chức, viên chức, người lao động tham gia ý kiến")
    B.append(vi_body("Công chức, viên chức, người lao động tham gia ý kiến trước khi người "
                     "đứng đầu cơ quan quyết định đối với các nội dung sau đây:"))
    # Planted defect: reuses numId 5 (Điều 5), so Word renders 3. 4. 5. 6.
    clauses(5, [
        "Chương trình, kế hoạch công tác hằng năm của cơ quan;",
        "Quy chế làm việc, quy chế chi tiêu nội bộ, quy chế quản lý, sử dụng tài sản công và "
        "các nội quy, quy chế khác của cơ quan;",
        "Kế hoạch tuyển dụng, đào tạo, bồi dưỡng; quy hoạch cán bộ lãnh đạo, quản lý;",
        "Các biện pháp cải tiến tổ chức, hoạt động của cơ quan; phòng, chống tham nhũng, lãng "
        "phí và thực hành tiết kiệm.",
    ])
    dieu("Điều 7. Tiếp nhận và giải quyết đơn thư, kiến nghị")
    clauses(6, [
        "Văn phòng Sở là đầu mối tiếp nhận đơn thư, kiến nghị của công chức, viên chức, người "
        "lao động và của tổ chức, cá nhân gửi đến cơ quan; phân loại, đề xuất xử lý theo quy "
        "định. Đơn thư được phân loại trong thời hạn 05 (năm) ngày làm việc kể từ ngày nhận; "
        "đơn thuộc thẩm quyền được giải quyết trong thời hạn 30 (ba mươi) ngày.",
        "Kết quả tiếp nhận, giải quyết đơn thư được tổng hợp, báo cáo tại hội nghị công chức, "
        "viên chức hằng năm. Năm 2023, cơ quan tiếp nhận 390 đơn thư, trong đó 386 đơn thuộc "
        "thẩm quyền, 3 đơn chuyển cơ quan khác và 1 đơn lưu. Đã giải quyết xong 386/390 đơn "
        "(99%).",
    ])
    dieu("Điều 8. Đối thoại trong cơ quan")
    clauses(7, [
        "Người đứng đầu cơ quan tổ chức đối thoại định kỳ với công chức, viên chức, người lao "
        "động ít nhất mỗi năm một lần; tổ chức đối thoại đột xuất khi có yêu cầu của Công đoàn "
        "cơ sở hoặc của trên 50% tổng số công chức, viên chức, người lao động.",
        # Planted defects: 100 + 20 != 125; 100/125 is 80%, not 85%; 10 is not "mười lăm".
        "Nội dung đối thoại phải được ghi thành biên bản và thông báo công khai trong cơ quan. "
        "Qua các buổi đối thoại năm 2023, cơ quan tiếp nhận 125 kiến nghị, trong đó 100 kiến "
        "nghị đã giải quyết, 20 kiến nghị đang giải quyết. Tỷ lệ kiến nghị đã giải quyết là "
        "100/125 (85%). Biên bản đối thoại được gửi Công đoàn cơ sở trong thời hạn 10 (mười "
        "lăm) ngày.",
        # The annual conference and the people's inspection board live in clauses, not in
        # article headings: the vn-quy-che-dan-chu profile must find them there.
        "Người đứng đầu cơ quan phối hợp với Công đoàn cơ sở tổ chức hội nghị công chức, viên "
        "chức, người lao động mỗi năm một lần vào quý I để tổng kết công tác năm trước.",
        "Ban Thanh tra nhân dân của cơ quan giám sát việc thực hiện Quy chế này và kết luận "
        "của đối thoại; kết quả giám sát được báo cáo tại hội nghị hằng năm.",
    ])

    chapter("Chương III", "TỔ CHỨC THỰC HIỆN")
    dieu("Điều 9. Trách nhiệm thi hành")
    clauses(8, [
        "Chánh Văn phòng Sở, người đứng đầu các phòng, đơn vị thuộc Sở có trách nhiệm phổ "
        "biến, tổ chức thực hiện Quy chế này. Văn phòng Sở đã công khai 34 thủ tục hành chính "
        "trên Cổng dịch vụ công của tỉnh.",
        "Công đoàn cơ sở phối hợp với người đứng đầu cơ quan tuyên truyền, vận động và giám "
        "sát việc thực hiện Quy chế.",
    ])
    dieu("Điều 10. Hiệu lực thi hành")
    clauses(9, [
        "Quy chế này có hiệu lực kể từ ngày ký ban hành.",
        # Planted defect: 35 here, 34 in Điều 9 khoản 1 (figures/restated).
        "Trong quá trình thực hiện, nếu có vướng mắc, các phòng, đơn vị phản ánh về Văn phòng "
        "Sở để tổng hợp, báo cáo Giám đốc Sở xem xét, sửa đổi, bổ sung cho phù hợp. Văn phòng "
        "Sở cập nhật việc công khai 35 thủ tục hành chính khi có thay đổi.",
    ])
    B.append(vi_signature("GIÁM ĐỐC", "Trần Minh Đức"))

    extra = [
        '<w:style w:type="paragraph" w:customStyle="1" w:styleId="Chuong"><w:name w:val="Chương"/>'
        '<w:basedOn w:val="Normal"/><w:next w:val="TenChuong"/><w:qFormat/>'
        '<w:pPr><w:keepNext/><w:spacing w:before="240" w:after="0"/><w:jc w:val="center"/>'
        '<w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:bCs/></w:rPr></w:style>',
        '<w:style w:type="paragraph" w:customStyle="1" w:styleId="TenChuong">'
        '<w:name w:val="Tên chương"/><w:basedOn w:val="Normal"/><w:next w:val="Dieu"/>'
        '<w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="0" w:after="120"/>'
        '<w:jc w:val="center"/></w:pPr><w:rPr><w:b/><w:bCs/></w:rPr></w:style>',
        '<w:style w:type="paragraph" w:customStyle="1" w:styleId="Dieu"><w:name w:val="Điều"/>'
        '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/>'
        '<w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="120" w:after="60"/>'
        '<w:ind w:firstLine="567"/><w:outlineLvl w:val="1"/></w:pPr>'
        '<w:rPr><w:b/><w:bCs/></w:rPr></w:style>',
    ]
    styles = STYLES(extra, "Times New Roman", 26, "vi-VN", justify=True)
    core = CORE("Quy chế thực hiện dân chủ trong hoạt động của cơ quan",
                "Văn phòng Sở Khoa học và Công nghệ", "2024-02-20T08:00:00Z", "vi-VN",
                subject="Quy chế thực hiện dân chủ")
    return word_package(DOCUMENT(B, SECT_VI), styles, core, SETTINGS(vi=True), VI_FONTS,
                        numbering=numbering_dan_chu())


# --------------------------------------------------------------------------
# 4. corpus/en/information-security-policy.docx
# --------------------------------------------------------------------------

def doc_information_security_policy():
    B = []
    H1 = lambda t: B.append(P(t, style="Heading1"))
    H2 = lambda t: B.append(P(t, style="Heading2"))
    T = lambda t: B.append(P(t))
    L = lambda t: B.append(P(t, ind={"left": 720, "hanging": 436}))

    B.append(P("Information Security Policy", style="Title"))
    B.append(P("Harbourside Analytics Ltd", jc="center", i=True, spacing={"before": 0, "after": 240}))
    w = [3000, 6026]
    cell = lambda t, **f: TC([P(t, spacing={"before": 0, "after": 0}, **f)])
    rows = [[cell(k, b=True), cell(v)] for k, v in [
        ("Policy number", "ISP-01"), ("Version", "2.1"), ("Effective date", "1 March 2024"),
        ("Owner", "Chief Information Security Officer"),
        ("Approved by", "Board of Directors, 14 February 2024"),
        ("Next review", "March 2025")]]
    B.append(TBL(rows, w))

    H1("Purpose")
    T("This policy sets out how Harbourside Analytics Ltd (“the Company”) protects the "
      "confidentiality, integrity and availability of the information it holds. It establishes "
      "an information security management system aligned with ISO/IEC 27001:2013 and supports "
      "the Company’s obligations under Regulation (EU) 2016/679 (General Data Protection "
      "Regulation).")
    H1("Scope")
    T("This policy applies to:")
    L("(a)\tall employees, contractors, consultants and temporary staff;")
    L("(b)\tall information systems, networks and devices owned or managed by the Company, "
      "including cloud services; and")
    L("(c)\tall information processed on behalf of clients, wherever it is stored.")
    T("Third parties that access Company information must comply with this policy through "
      "contractual terms.")
    H1("Roles and Responsibilities")
    L("(a)\tThe Board of Directors approves this policy and is accountable for information risk.")
    L("(b)\tThe Chief Information Security Officer (CISO) maintains this policy, oversees the "
      "security programme and reports to the Board every quarter.")
    L("(c)\tSystem administrators must use separate privileged accounts (see clause 4.2).")
    L("(d)\tAll staff must complete security awareness training within 30 days of joining and "
      "annually thereafter, and must report suspected incidents without delay.")
    H1("Access Control")
    T("Access to information and systems is granted on the principle of least privilege and on "
      "a need-to-know basis. Controls are selected with reference to NIST SP 800-53 Rev. 4, "
      "control family AC (Access Control).")
    H2("User access provisioning")
    T("Access requests must be submitted through the service desk and approved by the "
      "information asset owner. Line managers must notify the service desk of leavers no later "
      "than their last working day, and accounts must be disabled within 24 hours of departure.")
    H2("Privileged access")
    T("Privileged accounts must be separate from everyday user accounts, protected by "
      "multi-factor authentication and reviewed every month. Shared administrator accounts are "
      "prohibited except under the documented break-glass procedure.")
    H2("Remote access")
    T("Remote access is permitted only through the Company VPN or the approved zero-trust "
      "gateway, and only from managed devices. Staff must not store Company information on "
      "personal devices except as described in Section 12.")
    H1("Incident Management")
    L("(a)\tSuspected security incidents must be reported to the service desk or to "
      "security@harbourside.example within one hour of discovery.")
    L("(b)\tThe CISO classifies each incident by severity and leads the response.")
    L("(c)\tWhere an incident involves personal data, the Data Protection Officer assesses "
      "whether the supervisory authority must be notified within 72 hours, as required by "
      "Article 33 of Regulation (EU) 2016/679.")
    H1("Compliance")
    T("Compliance with this policy is monitored through internal audits and the review "
      "schedule in Table 1. Breaches of this policy may lead to disciplinary action, up to and "
      "including dismissal, and may be reported to law enforcement where the law requires.")
    B.append(P("Table 1 – Review schedule", b=True, keep_next=True,
               spacing={"before": 120, "after": 60}))
    w = [3300, 2400, 1826, 1500]
    hdr = lambda t: TC([P(t, b=True, spacing={"before": 0, "after": 0})], shade="D9D9D9")
    num = lambda t, **f: TC([P(t, jc="right", spacing={"before": 0, "after": 0}, **f)])
    rows = [[hdr("Activity"), hdr("Owner"), hdr("Frequency"), hdr("Reviews per year")],
            [cell("User access review"), cell("Information asset owners"), cell("Quarterly"), num("4")],
            [cell("Privileged account review"), cell("CISO"), cell("Monthly"), num("12")],
            [cell("Policy review"), cell("CISO"), cell("Annually"), num("1")],
            [cell("Internal audit of security controls"), cell("Internal Audit"),
             cell("Twice a year"), num("2")],
            # Planted defect: 4 + 12 + 1 + 2 = 19, not 20.
            [cell("Total", b=True), cell(""), cell(""), num("20", b=True)]]
    B.append(TBL(rows, w, header=True))
    H1("Review")
    T("This policy is reviewed at least annually, or sooner after a significant incident, a "
      "change in the law or a material change to the Company’s systems. Version 2.1 replaces "
      "version 2.0 dated 1 February 2023.")
    T("The next review covers the period from 1 March 2024 to 28 February 2025; changes made "
      "between 1 June and 31 August 2024 are reviewed together.")

    numbering = (
        XML_DECL + f"<w:numbering {WML_SIMPLE_NS}>"
        '<w:abstractNum w:abstractNumId="0"><w:nsid w:val="1F7A44C2"/>'
        '<w:multiLevelType w:val="multilevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:pStyle w:val="Heading1"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:pStyle w:val="Heading2"/><w:lvlText w:val="%1.%2"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="709" w:hanging="709"/></w:pPr></w:lvl>'
        "</w:abstractNum>"
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
        "</w:numbering>")
    extra = [
        '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/>'
        '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/>'
        '<w:pPr><w:keepNext/><w:keepLines/><w:numPr><w:numId w:val="1"/></w:numPr>'
        '<w:spacing w:before="360" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr>'
        '<w:rPr><w:b/><w:bCs/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr></w:style>',
        '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/>'
        '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/>'
        '<w:unhideWhenUsed/><w:qFormat/>'
        '<w:pPr><w:keepNext/><w:keepLines/><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/>'
        '</w:numPr><w:spacing w:before="240" w:after="60"/><w:outlineLvl w:val="1"/></w:pPr>'
        '<w:rPr><w:b/><w:bCs/><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr></w:style>',
    ]
    styles = STYLES(extra, "Calibri", 22, "en-GB", justify=False, title_size=36)
    core = CORE("Information Security Policy", "Harbourside Analytics Ltd",
                "2024-02-14T09:00:00Z", "en-GB", subject="ISP-01 version 2.1",
                keywords="information security; policy; ISP-01")
    return word_package(DOCUMENT(B, SECT_EN), styles, core, SETTINGS(vi=False), EN_FONTS,
                        numbering=numbering)


# --------------------------------------------------------------------------
# 5. corpus/en/acceptable-use-policy.xml (Flat OPC only)
# --------------------------------------------------------------------------

def doc_acceptable_use_policy():
    B = []
    H = lambda t: B.append(P(t, style="Heading1"))
    T = lambda t: B.append(P(t, ind={"left": 567, "hanging": 567}, tabs=[("left", 567)]))
    L = lambda t: B.append(P(t, ind={"left": 1134, "hanging": 567}, tabs=[("left", 1134)]))

    B.append(P("Acceptable Use Policy", style="Title"))
    B.append(P("Harbourside Analytics Ltd – Policy AUP-02, version 1.4, effective 1 March 2024",
               jc="center", i=True, spacing={"before": 0, "after": 240}))
    H("Article 1 – Purpose")
    T("1.\tThis policy sets out the rules for the acceptable use of the information technology "
      "resources provided by Harbourside Analytics Ltd (“the Company”).")
    T("2.\tIt supplements the Information Security Policy (ISP-01) and must be read together "
      "with it.")
    H("Article 2 – Scope")
    T("1.\tThis policy applies to all users of Company IT resources, including employees, "
      "contractors and visitors who are given guest network access.")
    T("2.\tIT resources include computers, mobile devices, e-mail, messaging and collaboration "
      "tools, internet access and cloud services provided or paid for by the Company.")
    H("Article 3 – Acceptable use")
    T("1.\tCompany IT resources are provided for business purposes. Limited personal use is "
      "permitted provided that it:")
    L("(a)\tdoes not interfere with the user’s work or the work of others;")
    L("(b)\tdoes not cause significant cost to the Company; and")
    L("(c)\tdoes not breach Article 4 or any other Company policy.")
    T("2.\tUsers are responsible for all activity carried out under their accounts.")
    H("Article 4 – Prohibited use")
    T("1.\tUsers must not:")
    L("(a)\taccess, store or distribute material that is illegal, discriminatory, harassing or "
      "sexually explicit;")
    L("(b)\tinstall unlicensed software or disable security controls such as anti-malware or "
      "disk encryption;")
    L("(c)\tshare passwords or authentication tokens with any other person;")
    L("(d)\tuse Company resources to run a private business or for political campaigning;")
    L("(e)\ttransfer Company or client data to personal e-mail accounts or unapproved cloud "
      "storage.")
    T("2.\tThe Chief Information Security Officer may grant exceptions in writing for legitimate "
      "business or research purposes.")
    H("Article 5 – Passwords and authentication")
    T("1.\tPasswords must be at least 12 characters long and must not be reused across systems.")
    B.append(P([
        R("2.\t"),
        '<w:del w:id="1" w:author="Sarah Whitfield" w:date="2024-02-10T10:20:00Z">'
        + R("Users must change their passwords every 90 days.", deleted=True) + "</w:del>",
        '<w:ins w:id="2" w:author="Sarah Whitfield" w:date="2024-02-10T10:20:00Z">'
        + R("Users must change their password immediately if they suspect that it has been "
            "disclosed or compromised.") + "</w:ins>",
    ], ind={"left": 567, "hanging": 567}, tabs=[("left", 567)]))
    T("3.\tMulti-factor authentication must be enabled on every account that supports it. The "
      "minimum requirements are set out in the table below.")
    w = [4000, 2600, 2426]
    hdr = lambda t: TC([P(t, b=True, spacing={"before": 0, "after": 0})], shade="D9D9D9")
    cell = lambda t, jc="left": TC([P(t, jc=jc, spacing={"before": 0, "after": 0})])
    rows = [[hdr("System"), hdr("Minimum password length"), hdr("MFA required")],
            [cell("E-mail and collaboration tools"), cell("12", "center"), cell("Yes", "center")],
            [cell("VPN and remote access"), cell("12", "center"), cell("Yes", "center")],
            [cell("Finance system"), cell("14", "center"), cell("Yes", "center")],
            [cell("Guest Wi-Fi"), cell("8", "center"), cell("No", "center")]]
    B.append(TBL(rows, w, header=True))
    H("Article 6 – Monitoring")
    T("1.\tThe Company monitors the use of its IT resources to the extent permitted by law, in "
      "order to protect its systems and data.")
    # Planted defect: there is no Article 9.
    T("2.\tMonitoring is carried out in accordance with Article 9 and the Company’s privacy "
      "notice for employees.")
    H("Article 7 – Breaches and review")
    T("1.\tBreaches of this policy will be dealt with under the Company’s disciplinary "
      "procedure.")
    # Planted defect: ten and 10 agree, fourteen and 15 do not.
    T("2.\tThis policy is reviewed annually by the Chief Information Security Officer. Users "
      "are told the outcome of a review within ten (10) working days; an appeal must be lodged "
      "within fourteen (15) days.")
    # Planted defect: 30 + 16 != 48 (1,200 + 40 = 1,240 is correct on purpose).
    T("3.\tThe Company has 1,240 users, of which 1,200 are employees and 40 are contractors. "
      "In 2023 the Company recorded 48 incidents, of which 30 were resolved informally and 16 "
      "were referred to the disciplinary procedure.")
    T("4.\tThe incidents of 2023 were handled as follows:")
    # Planted defect: 40/48 is 83.3%, not 80% (45/48 (94%) is correct on purpose).
    rows = [[hdr("Handling"), hdr("Incidents (share)")],
            [cell("Closed within 5 working days"), cell("45/48 (94%)", "center")],
            [cell("Closed without escalation"), cell("40/48 (80%)", "center")]]
    B.append(TBL(rows, [5000, 4026], header=True))

    extra = [
        '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/>'
        '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/>'
        '<w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="360" w:after="120"/>'
        '<w:outlineLvl w:val="0"/></w:pPr>'
        '<w:rPr><w:b/><w:bCs/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr></w:style>',
    ]
    styles = STYLES(extra, "Calibri", 22, "en-GB", justify=False, title_size=36)
    core = CORE("Acceptable Use Policy", "Harbourside Analytics Ltd", "2024-02-10T09:00:00Z",
                "en-GB", subject="AUP-02 version 1.4")
    return word_package(DOCUMENT(B, SECT_EN), styles, core, SETTINGS(vi=False), EN_FONTS)


# --------------------------------------------------------------------------
# 6. corpus/vi/quy-dinh-bao-ve-du-lieu.akn.xml
# --------------------------------------------------------------------------

class Xml:
    """Tiny indenting XML writer (text is escaped, markup is passed raw)."""

    def __init__(self):
        self.lines = []
        self.depth = 0

    def open(self, tag, **attrs):
        self.lines.append("  " * self.depth + f"<{tag}{self._attrs(attrs)}>")
        self.depth += 1

    def close(self, tag):
        self.depth -= 1
        self.lines.append("  " * self.depth + f"</{tag}>")

    def empty(self, tag, **attrs):
        self.lines.append("  " * self.depth + f"<{tag}{self._attrs(attrs)}/>")

    def leaf(self, tag, inner, **attrs):
        """inner is raw (already escaped) mixed content."""
        self.lines.append("  " * self.depth + f"<{tag}{self._attrs(attrs)}>{inner}</{tag}>")

    def raw(self, s):
        self.lines.append("  " * self.depth + s)

    @staticmethod
    def _attrs(attrs):
        return "".join(f' {k.rstrip("_").replace("__", ":")}="{esc(str(v))}"'
                       for k, v in attrs.items())

    def text(self):
        return "\n".join(self.lines) + "\n"


VI_POINT_LETTERS = ["a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m", "n"]


def _eid_letter(letter):
    return "dd" if letter == "đ" else letter


def akn_quy_dinh_bao_ve_du_lieu():
    X = Xml()
    X.raw('<?xml version="1.0" encoding="UTF-8"?>')
    X.open("akomaNtoso", xmlns=NS_AKN)
    X.open("act", name="quyDinh")
    work = "/akn/vn/act/quy-dinh/skhcn/2023-06-01/07"
    expr = work + "/vie@2023-06-01"
    X.open("meta")
    X.open("identification", source="#skhcn")
    X.open("FRBRWork")
    X.empty("FRBRthis", value=work)
    X.empty("FRBRuri", value=work)
    X.empty("FRBRdate", date="2023-06-01", name="Generation")
    X.empty("FRBRauthor", href="#skhcn")
    X.empty("FRBRcountry", value="vn")
    X.empty("FRBRnumber", value="07/QĐ-SKHCN")
    X.empty("FRBRname", value="Quy định bảo vệ dữ liệu cá nhân")
    X.close("FRBRWork")
    X.open("FRBRExpression")
    X.empty("FRBRthis", value=expr + "/!main")
    X.empty("FRBRuri", value=expr)
    X.empty("FRBRdate", date="2023-06-01", name="Generation")
    X.empty("FRBRauthor", href="#skhcn")
    X.empty("FRBRlanguage", language="vie")
    X.close("FRBRExpression")
    X.open("FRBRManifestation")
    X.empty("FRBRthis", value=expr + "/!main.xml")
    X.empty("FRBRuri", value=expr + ".akn")
    X.empty("FRBRdate", date="2023-06-01", name="Generation")
    X.empty("FRBRauthor", href="#skhcn")
    X.close("FRBRManifestation")
    X.close("identification")
    X.open("lifecycle", source="#skhcn")
    X.empty("eventRef", eId="evt_1", date="2023-06-01", source="#original", type="generation")
    X.close("lifecycle")
    X.open("analysis", source="#skhcn")
    X.open("activeModifications")
    X.open("textualMod", eId="amod_1", type="repeal")
    X.empty("source", href="#chp_3__art_10__para_2")
    X.empty("destination", href="/akn/vn/act/quy-dinh/skhcn/2021-03-15/03")
    X.close("textualMod")
    X.close("activeModifications")
    X.close("analysis")
    X.open("references", source="#skhcn")
    X.empty("original", eId="original", href=expr, showAs="Quy định số 07/QĐ-SKHCN")
    X.empty("activeRef", eId="qd_03_2021", href="/akn/vn/act/quy-dinh/skhcn/2021-03-15/03",
            showAs="Quy định số 03/QĐ-SKHCN ngày 15 tháng 3 năm 2021")
    X.empty("TLCOrganization", eId="skhcn", href="/ontology/organization/vn/so-khcn-an-ha",
            showAs="Sở Khoa học và Công nghệ tỉnh An Hà")
    X.empty("TLCPerson", eId="tranMinhDuc", href="/ontology/person/vn/tran-minh-duc",
            showAs="Trần Minh Đức")
    X.empty("TLCRole", eId="giamDoc", href="/ontology/role/vn/giam-doc", showAs="Giám đốc")
    X.empty("TLCLocation", eId="anHa", href="/ontology/location/vn/an-ha", showAs="tỉnh An Hà")
    for eid, show in [("duLieuCaNhan", "Dữ liệu cá nhân"),
                      ("duLieuCaNhanCoBan", "Dữ liệu cá nhân cơ bản"),
                      ("duLieuCaNhanNhayCam", "Dữ liệu cá nhân nhạy cảm"),
                      ("xuLyDuLieuCaNhan", "Xử lý dữ liệu cá nhân")]:
        X.empty("TLCTerm", eId=eid, href=f"/ontology/term/vn/{eid}", showAs=show)
    X.close("references")
    X.close("meta")

    X.open("preface")
    X.leaf("p", "<docAuthority>SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH AN HÀ</docAuthority>",
           class_="docAuthority")
    X.leaf("p", "Số: <docNumber>07/QĐ-SKHCN</docNumber>", class_="docNumber")
    X.leaf("p", '<location refersTo="#anHa">An Hà</location>, '
                '<docDate date="2023-06-01">ngày 01 tháng 6 năm 2023</docDate>', class_="docDate")
    X.leaf("p", "<docType>QUY ĐỊNH</docType>", class_="docType")
    X.leaf("p", "<docTitle>Bảo vệ dữ liệu cá nhân trong hoạt động của Sở Khoa học và Công "
                "nghệ tỉnh An Hà</docTitle>", class_="docTitle")
    X.close("preface")

    X.open("preamble")
    X.leaf("p", 'Căn cứ <ref eId="preamble__ref_1" href="/akn/vn/act/luat/2018/24">Luật An ninh '
                "mạng số 24/2018/QH14</ref> ngày 12 tháng 6 năm 2018;")
    X.leaf("p", 'Căn cứ <ref eId="preamble__ref_2" href="/akn/vn/act/nghi-dinh/2023/13">Nghị '
                "định số 13/2023/NĐ-CP</ref> ngày 17 tháng 4 năm 2023 của Chính phủ về bảo vệ "
                "dữ liệu cá nhân;")
    X.leaf("p", 'Căn cứ <ref eId="preamble__ref_3" href="/akn/vn/act/quyet-dinh/ubnd-an-ha/'
                '2021-07-20/1568">Quyết định số 1568/QĐ-UBND</ref> ngày 20 tháng 7 năm 2021 của '
                "Ủy ban nhân dân tỉnh An Hà quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu "
                "tổ chức của Sở Khoa học và Công nghệ tỉnh An Hà;")
    X.leaf("p", "Theo đề nghị của Chánh Văn phòng Sở.")
    X.close("preamble")

    # ---- body ----
    X.open("body")

    def para(base, n, text=None, intro=None, points=None, wrap=None, table=None, num=True):
        eid = f"{base}__para_{n}"
        X.open("paragraph", eId=eid)
        if num:
            X.leaf("num", f"{n}.")
        if points:
            X.open("list", eId=f"{eid}__list_1")
            X.open("intro")
            X.leaf("p", intro)
            X.close("intro")
            for k, pt in enumerate(points):
                letter = VI_POINT_LETTERS[k]
                X.open("point", eId=f"{eid}__list_1__point_{_eid_letter(letter)}")
                X.leaf("num", f"{letter})")
                X.open("content")
                X.leaf("p", pt)
                X.close("content")
                X.close("point")
            if wrap:
                X.open("wrapUp")
                X.leaf("p", wrap)
                X.close("wrapUp")
            X.close("list")
        else:
            X.open("content")
            X.leaf("p", text)
            if table:
                table(eid)
            X.close("content")
        X.close("paragraph")

    def article(chp, n, heading, paras=None, content=None):
        base = f"chp_{chp}__art_{n}"
        X.open("article", eId=base)
        X.leaf("num", f"Điều {n}.")
        X.leaf("heading", heading)
        if content:
            X.open("content")
            X.leaf("p", content)
            X.close("content")
        for k, spec in enumerate(paras or [], 1):
            if isinstance(spec, str):
                para(base, k, text=spec)
            else:
                para(base, k, **spec)
        X.close("article")

    def chapter(n, roman, heading):
        X.open("chapter", eId=f"chp_{n}")
        X.leaf("num", f"Chương {roman}")
        X.leaf("heading", heading)

    chapter(1, "I", "QUY ĐỊNH CHUNG")
    article(1, 1, "Phạm vi điều chỉnh", [
        "Quy định này quy định việc thu thập, lưu trữ, sử dụng và bảo vệ dữ liệu cá nhân "
        "trong hoạt động của Sở Khoa học và Công nghệ tỉnh An Hà (sau đây gọi là Sở).",
        "Việc bảo vệ dữ liệu cá nhân thuộc bí mật nhà nước thực hiện theo quy định của pháp "
        "luật về bảo vệ bí mật nhà nước.",
    ])
    article(1, 2, "Đối tượng áp dụng", content=(
        "Quy định này áp dụng đối với các phòng, đơn vị thuộc Sở; công chức, viên chức, người "
        "lao động của Sở và tổ chức, cá nhân được Sở thuê xử lý dữ liệu cá nhân."))
    article(1, 3, "Giải thích từ ngữ", [
        '<def refersTo="#duLieuCaNhan">Dữ liệu cá nhân</def> là thông tin dưới dạng ký hiệu, '
        "chữ viết, chữ số, hình ảnh, âm thanh hoặc dạng tương tự trên môi trường điện tử gắn "
        "liền với một con người cụ thể hoặc giúp xác định một con người cụ thể.",
        '<def refersTo="#duLieuCaNhanCoBan">Dữ liệu cá nhân cơ bản</def> gồm họ, chữ đệm và tên '
        "khai sinh, ngày, tháng, năm sinh, giới tính, nơi cư trú, số điện thoại, số định danh "
        "cá nhân và các thông tin khác theo quy định của pháp luật.",
        '<def refersTo="#duLieuCaNhanNhayCam">Dữ liệu cá nhân nhạy cảm</def> là dữ liệu cá nhân '
        "gắn liền với quyền riêng tư của cá nhân mà khi bị xâm phạm sẽ gây ảnh hưởng trực tiếp "
        "tới quyền và lợi ích hợp pháp của cá nhân.",
        '<def refersTo="#xuLyDuLieuCaNhan">Xử lý dữ liệu cá nhân</def> là một hoặc nhiều hoạt '
        "động tác động tới dữ liệu cá nhân như thu thập, ghi, phân tích, xác nhận, lưu trữ, "
        "chỉnh sửa, công khai, kết hợp, truy cập, truy xuất, thu hồi, mã hóa, giải mã, sao chép, "
        "chia sẻ, truyền đưa, cung cấp, chuyển giao, xóa, hủy dữ liệu cá nhân.",
    ])
    X.close("chapter")

    chapter(2, "II", "XỬ LÝ VÀ BẢO VỆ DỮ LIỆU CÁ NHÂN")
    article(2, 4, "Nguyên tắc bảo vệ dữ liệu cá nhân", [
        {"intro": "Việc xử lý dữ liệu cá nhân tại Sở phải tuân thủ các nguyên tắc sau:",
         "points": [
             "Dữ liệu cá nhân được xử lý theo quy định của pháp luật;",
             "Chủ thể dữ liệu được biết về hoạt động liên quan tới xử lý dữ liệu cá nhân của "
             "mình, trừ trường hợp luật có quy định khác;",
             "Dữ liệu cá nhân chỉ được xử lý đúng với mục đích đã được thông báo cho chủ thể "
             "dữ liệu;",
             "Dữ liệu cá nhân thu thập phải phù hợp và giới hạn trong phạm vi, mục đích cần xử "
             "lý;",
             "Dữ liệu cá nhân được cập nhật, bổ sung phù hợp với mục đích xử lý;",
             "Dữ liệu cá nhân được áp dụng các biện pháp bảo vệ, bảo mật trong quá trình xử lý;",
             "Dữ liệu cá nhân chỉ được lưu trữ trong khoảng thời gian phù hợp với mục đích xử "
             "lý dữ liệu."],
         "wrap": "Trường hợp có mâu thuẫn giữa các nguyên tắc nêu trên thì áp dụng quy định "
                 "của pháp luật về bảo vệ dữ liệu cá nhân."},
    ])

    def retention_table(eid):
        X.open("table", eId=f"{eid}__table_1")
        X.open("tr")
        for h in ["Loại dữ liệu", "Bộ phận quản lý", "Thời hạn lưu trữ"]:
            X.leaf("th", f"<p>{h}</p>")
        X.close("tr")
        for row in [("Hồ sơ công chức, viên chức, người lao động", "Văn phòng Sở",
                     "Theo quy định của pháp luật về lưu trữ"),
                    ("Hồ sơ đăng ký thực hiện nhiệm vụ khoa học và công nghệ",
                     "Phòng Quản lý khoa học", "10 năm"),
                    ("Dữ liệu hình ảnh từ camera giám sát tại trụ sở", "Văn phòng Sở",
                     "30 (ba mươi) ngày"),
                    ("Nhật ký truy cập hệ thống thông tin",
                     "Trung tâm Thông tin và Ứng dụng khoa học công nghệ", "12 (mười hai) tháng")]:
            X.open("tr")
            for c in row:
                X.leaf("td", f"<p>{c}</p>")
            X.close("tr")
        X.close("table")

    article(2, 5, "Thu thập và lưu trữ dữ liệu cá nhân", [
        "Các phòng, đơn vị chỉ thu thập dữ liệu cá nhân cần thiết cho việc thực hiện chức "
        "năng, nhiệm vụ được giao và phải thông báo cho chủ thể dữ liệu trước khi thu thập.",
        {"text": "Thời hạn lưu trữ dữ liệu cá nhân được quy định như sau:",
         "table": retention_table},
        # Planted defect: 50/56 is 89.3%, not 90% (40 + 10 + 6 = 56 is correct on purpose).
        "Hết thời hạn lưu trữ, dữ liệu cá nhân phải được xóa, hủy theo quy trình do Chánh Văn "
        "phòng Sở ban hành; việc xóa, hủy phải được lập biên bản. Năm 2023, Sở tiếp nhận 56 "
        "yêu cầu của chủ thể dữ liệu, trong đó 40 yêu cầu truy cập, 10 yêu cầu chỉnh sửa và 6 "
        "yêu cầu xóa dữ liệu; đã xử lý đúng hạn 50/56 yêu cầu (90%).",
    ])
    article(2, 6, "Sự đồng ý của chủ thể dữ liệu", [
        "Sự đồng ý của chủ thể dữ liệu phải được thể hiện rõ ràng, cụ thể bằng văn bản, giọng "
        "nói, đánh dấu vào ô đồng ý hoặc hành động khác chứng minh được; sự im lặng hoặc không "
        "phản hồi không được coi là sự đồng ý.",
        "Chủ thể dữ liệu có quyền rút lại sự đồng ý; việc rút lại sự đồng ý không ảnh hưởng "
        "đến tính hợp pháp của việc xử lý dữ liệu đã được đồng ý trước đó.",
    ])
    article(2, 7, "Biện pháp bảo vệ dữ liệu cá nhân", [
        {"intro": "Các phòng, đơn vị xử lý dữ liệu cá nhân phải áp dụng các biện pháp sau:",
         "points": [
             "Phân quyền truy cập dữ liệu cá nhân theo nguyên tắc tối thiểu, cần biết;",
             "Mã hóa dữ liệu cá nhân nhạy cảm khi lưu trữ và khi truyền qua mạng;",
             "Ghi nhật ký hệ thống đối với mọi hoạt động truy cập, chỉnh sửa dữ liệu cá nhân;",
             "Kiểm tra, đánh giá định kỳ ít nhất mỗi năm một lần việc tuân thủ Quy định này."]},
    ])
    X.close("chapter")

    chapter(3, "III", "TỔ CHỨC THỰC HIỆN")
    article(3, 8, "Trách nhiệm của các phòng, đơn vị", [
        "Người đứng đầu các phòng, đơn vị chịu trách nhiệm trước Giám đốc Sở về việc bảo vệ "
        "dữ liệu cá nhân thuộc phạm vi quản lý, bao gồm việc lưu trữ theo thời hạn quy định "
        'tại <ref eId="chp_3__art_8__para_1__ref_1" href="#chp_2__art_5__para_2">khoản 2 '
        "Điều 5</ref> Quy định này.",
        # Planted defect: there is no Điều 12 and no element with this eId.
        "Khi phát hiện vi phạm quy định về bảo vệ dữ liệu cá nhân, các phòng, đơn vị báo cáo "
        'theo quy định tại <ref eId="chp_3__art_8__para_2__ref_1" href="#chp_3__art_12">Điều '
        "12</ref> Quy định này. Báo cáo được gửi trong thời hạn 03 (năm) ngày làm việc.",
    ])
    article(3, 9, "Xử lý vi phạm", [
        "Trường hợp phát hiện vi phạm quy định về bảo vệ dữ liệu cá nhân, Sở thông báo cho Bộ "
        "Công an chậm nhất 72 (bảy mươi hai) giờ sau khi xảy ra hành vi vi phạm theo quy định của "
        '<ref eId="chp_3__art_9__para_1__ref_1" href="/akn/vn/act/nghi-dinh/2023/13">Nghị '
        "định số 13/2023/NĐ-CP</ref>.",
        "Công chức, viên chức, người lao động vi phạm Quy định này thì tùy theo tính chất, "
        "mức độ vi phạm mà bị xử lý kỷ luật theo quy định của pháp luật.",
    ])
    article(3, 10, "Hiệu lực thi hành", [
        "Quy định này có hiệu lực thi hành kể từ ngày 01 tháng 7 năm 2023.",
        "Quy định này thay thế "
        '<ref eId="chp_3__art_10__para_2__ref_1" href="/akn/vn/act/quy-dinh/skhcn/2021-03-15/03">'
        "Quy định số 03/QĐ-SKHCN</ref> ngày 15 tháng 3 năm 2021 của Giám đốc Sở Khoa học và "
        "Công nghệ về quản lý thông tin cá nhân trên hệ thống thông tin của Sở.",
    ])
    X.close("chapter")
    X.close("body")

    X.open("conclusions")
    X.leaf("p", '<signature><role refersTo="#giamDoc">GIÁM ĐỐC</role></signature>',
           class_="signature")
    X.leaf("p", '<signature><person refersTo="#tranMinhDuc" as="#giamDoc">Trần Minh Đức'
                "</person></signature>", class_="signature")
    X.close("conclusions")
    X.close("act")
    X.close("akomaNtoso")
    return X.text()


# --------------------------------------------------------------------------
# 7. corpus/en/records-management-policy.akn.xml
# --------------------------------------------------------------------------

def akn_records_management_policy():
    X = Xml()
    X.raw('<?xml version="1.0" encoding="UTF-8"?>')
    X.open("akomaNtoso", xmlns=NS_AKN)
    X.open("doc", name="policy")
    work = "/akn/gb/doc/policy/harbourside/2023-10-02/rm-03"
    expr = work + "/eng@2023-10-02"
    X.open("meta")
    X.open("identification", source="#harbourside")
    X.open("FRBRWork")
    X.empty("FRBRthis", value=work + "/!main")
    X.empty("FRBRuri", value=work)
    X.empty("FRBRdate", date="2023-10-02", name="Approval")
    X.empty("FRBRauthor", href="#harbourside")
    X.empty("FRBRcountry", value="gb")
    X.empty("FRBRsubtype", value="policy")
    X.empty("FRBRnumber", value="RM-03")
    X.empty("FRBRname", value="Records Management Policy")
    X.close("FRBRWork")
    X.open("FRBRExpression")
    X.empty("FRBRthis", value=expr + "/!main")
    X.empty("FRBRuri", value=expr)
    X.empty("FRBRdate", date="2023-10-02", name="Approval")
    X.empty("FRBRauthor", href="#harbourside")
    X.empty("FRBRversionNumber", value="3.0")
    X.empty("FRBRlanguage", language="eng")
    X.close("FRBRExpression")
    X.open("FRBRManifestation")
    X.empty("FRBRthis", value=expr + "/!main.xml")
    X.empty("FRBRuri", value=expr + ".akn")
    X.empty("FRBRdate", date="2023-10-02", name="Approval")
    X.empty("FRBRauthor", href="#harbourside")
    X.close("FRBRManifestation")
    X.close("identification")
    X.open("lifecycle", source="#harbourside")
    X.empty("eventRef", eId="evt_1", date="2023-10-02", source="#original", type="generation")
    X.close("lifecycle")
    X.open("references", source="#harbourside")
    X.empty("original", eId="original", href=expr, showAs="Records Management Policy RM-03")
    X.empty("TLCOrganization", eId="harbourside",
            href="/ontology/organization/gb/harbourside-analytics",
            showAs="Harbourside Analytics Ltd")
    X.empty("TLCRole", eId="coo", href="/ontology/role/gb/chief-operating-officer",
            showAs="Chief Operating Officer")
    X.empty("TLCPerson", eId="mOkafor", href="/ontology/person/gb/margaret-okafor",
            showAs="Margaret Okafor")
    X.close("references")
    X.close("meta")

    X.open("preface")
    X.leaf("p", "<docTitle>Records Management Policy</docTitle>", class_="title")
    X.leaf("p", "Policy number <docNumber>RM-03</docNumber>, version 3.0", class_="number")
    X.leaf("p", 'Effective <docDate date="2023-10-02">2 October 2023</docDate>', class_="date")
    X.close("preface")

    X.open("mainBody")

    def section(n, heading, subs):
        X.open("section", eId=f"sec_{n}")
        X.leaf("num", str(n))
        X.leaf("heading", heading)
        for k, sub in enumerate(subs, 1):
            eid = f"sec_{n}__subsec_{k}"
            X.open("subsection", eId=eid)
            X.leaf("num", f"({k})")
            X.open("content")
            if callable(sub):
                sub(eid)
            else:
                X.leaf("p", sub)
            X.close("content")
            X.close("subsection")
        X.close("section")

    section(1, "Purpose", [
        "This policy sets out how Harbourside Analytics Ltd creates, manages, retains and "
        "disposes of its records so that they remain authentic, reliable and available for as "
        "long as they are needed.",
        "Good records management supports accountability and efficient working, and helps the "
        "Company meet its legal and regulatory obligations.",
    ])
    section(2, "Scope", [
        "This policy applies to all records created, received or maintained by the Company in "
        "the course of its business, in any format, including paper, e-mail, databases and "
        "cloud storage.",
        "It applies to all employees, contractors and third parties who handle Company records.",
    ])
    section(3, "Responsibilities", [
        "The Chief Operating Officer is accountable for records management across the Company.",
        'The Records Manager maintains the retention schedule described in <ref '
        'eId="sec_3__subsec_2__ref_1" href="#sec_4">section 4</ref> and provides guidance and '
        "training.",
        "Heads of department ensure that the records in their area are managed in accordance "
        "with this policy.",
    ])

    def schedule(eid):
        X.leaf("p", "Records must be kept for the periods set out in the following schedule:")
        X.open("table", eId=f"{eid}__table_1")
        X.open("tr")
        for h in ["Record type", "Retention period", "Action at end of period"]:
            X.leaf("th", f"<p>{h}</p>")
        X.close("tr")
        for row in [("Financial and accounting records", "6 years after the end of the "
                     "financial year", "Secure destruction"),
                    ("Employee personnel files", "6 years after employment ends",
                     "Secure destruction"),
                    ("Client contracts", "6 years after the contract expires", "Review"),
                    ("Board minutes", "Permanent", "Transfer to archive")]:
            X.open("tr")
            for c in row:
                X.leaf("td", f"<p>{c}</p>")
            X.close("tr")
        X.close("table")

    def holdings(eid):
        X.leaf("p", "Boxes of records held on 30 September 2023:")
        X.open("table", eId=f"{eid}__table_1")
        X.open("tr")
        for h in ["Department", "Boxes off site", "Boxes digitised"]:
            X.leaf("th", f"<p>{h}</p>")
        X.close("tr")
        # Planted defect: 120 + 85 + 40 + 15 = 260 boxes off site, not 250; the
        # digitised column (100 + 60 + 30 + 15 = 205) is right.
        for row in [("Finance", "120", "100"), ("Human resources", "85", "60"),
                    ("Legal", "40", "30"), ("Board secretariat", "15", "15"),
                    ("Total", "250", "205")]:
            X.open("tr")
            for c in row:
                X.leaf("td", f"<p>{c}</p>")
            X.close("tr")
        X.close("table")

    section(4, "Retention and disposal", [
        schedule,
        "At the end of the retention period, records must be securely destroyed or transferred "
        "to the archive, as shown in the schedule.",
        "Disposal must be authorised by the information asset owner and recorded in the "
        "disposal log. Records relevant to litigation or an investigation must not be destroyed "
        "while a legal hold is in place.",
        holdings,
    ])
    section(5, "Personal data", [
        # Planted defect: the Data Protection Act 1998 was repealed by the
        # Data Protection Act 2018.
        'Records containing personal data must be processed in accordance with the <ref '
        'eId="sec_5__subsec_1__ref_1" href="/akn/uk/act/1998/29">Data Protection Act 1998</ref> '
        "and the Company’s data protection policy.",
        "Personal data must not be kept for longer than is necessary for the purposes for which "
        "it is processed.",
    ])
    section(6, "Review", [
        # Correct on purpose: a review period in order.
        "This policy is reviewed every two years by the Records Manager and approved by the "
        "Chief Operating Officer; the current review period runs from 2 October 2023 to "
        "1 October 2025.",
        # Planted defect: version 2.2 ends (1 October 2021) before it starts (should be 2023).
        "Version 3.0 takes effect on 2 October 2023 and replaces version 2.2, which applied "
        "from 1 November 2021 to 1 October 2021.",
    ])
    X.close("mainBody")
    X.open("conclusions")
    X.leaf("p", '<signature><person refersTo="#mOkafor" as="#coo">Margaret Okafor</person>, '
                '<role refersTo="#coo">Chief Operating Officer</role></signature>')
    X.close("conclusions")
    X.close("doc")
    X.close("akomaNtoso")
    return X.text()


# --------------------------------------------------------------------------
# 8. corpus/xml/house-rules.xml + corpus/xml/.reglint.yml
# --------------------------------------------------------------------------

HOUSE_RULES_CONFIG = """\
# reglint configuration for the house-rules XML schema
xml_mappings:
  - namespace: "urn:example:house-rules"
    root: rules
    title: title
    sections:
      chapter: chapter
      rule: article
      item: point
    number: [no]
    heading: [name]
    paragraphs: [para]
"""


def house_rules():
    X = Xml()
    X.raw('<?xml version="1.0" encoding="UTF-8"?>')
    X.open("rules", xmlns="urn:example:house-rules", version="2.0", xml__lang="en-GB")
    X.leaf("title", "Riverside Court Residents’ Association – House Rules")

    def rule(no, name, paras, items=(), after=()):
        X.open("rule")
        X.leaf("no", f"Rule {no}")
        X.leaf("name", name)
        for p in paras:
            X.leaf("para", esc(p))
        for k, it in enumerate(items):
            X.open("item")
            X.leaf("no", f"({'abcdefgh'[k]})")
            X.leaf("para", esc(it))
            X.close("item")
        for p in after:
            X.leaf("para", esc(p))
        X.close("rule")

    def chapter(no, name):
        X.open("chapter")
        X.leaf("no", f"Chapter {no}")
        X.leaf("name", name)

    chapter(1, "General")
    rule(1, "Application", [
        "These house rules apply to all residents of Riverside Court, their household members "
        "and guests, and to contractors working in the building."])
    rule(2, "Definitions", ["In these rules:"], [
        "“building” means Riverside Court, 14 Quay Street, including its car park and gardens;",
        "“common areas” means the entrance hall, stairways, lifts, corridors, bin store, bicycle "
        "store and gardens;",
        "“committee” means the elected committee of the Residents’ Association."])
    rule(3, "Responsibility for guests", [
        "Residents are responsible for the conduct of their guests and must make sure that "
        "guests are aware of these rules."])
    X.close("chapter")

    chapter(2, "Use of common areas")
    rule(4, "Noise", [
        "Residents must keep noise to a level that does not disturb neighbours. Between 11 p.m. "
        "and 7 a.m.:"], [
        "music and television must not be audible outside the flat;",
        "DIY work, including drilling and hammering, is not permitted; and",
        "washing machines and dishwashers should not be used."])
    rule(5, "Refuse and recycling", [
        "Household waste must be bagged and placed in the bins provided in the bin store. "
        "Recycling must be sorted into the marked containers. Bulky items must not be left in "
        "the common areas; the committee can arrange a collection on request."])
    rule(6, "Bicycles and vehicles", [
        "Bicycles must be kept in the bicycle store and not in corridors or stairways. In the "
        "car park:"], [
        "Each flat is allocated one parking space, marked with the flat number.",
        "Visitors may use the visitor spaces for up to 24 hours."], [
        "Vehicles parked in breach of this rule may be removed as set out in Rule 12."])
    X.close("chapter")

    chapter(3, "Enforcement")
    rule(7, "Breaches of the rules", [
        "The committee will first raise a breach of these rules informally with the resident. "
        "If the breach continues, the committee may issue a written warning and, for repeated "
        "breaches, refer the matter to the managing agent under the lease."])
    rule(8, "Changes to these rules", [
        "These rules may be changed by a resolution passed at a general meeting of the "
        "Residents’ Association. This version was adopted on 18 April 2024."])
    X.close("chapter")
    X.close("rules")
    return X.text()


# --------------------------------------------------------------------------
# Output, validation and external copies
# --------------------------------------------------------------------------

EXTERNAL = [
    ("docx/tricky/d2p_example-numbering.docx", "external/d2p_example-numbering.docx"),
    ("akn/us_act-2011-11-29.xml", "external/us_act-2011-11-29.akn.xml"),
    ("docx/un_declaration-racial-discrimination-1963.docx",
     "external/un_declaration-racial-discrimination-1963.docx"),
    ("other-xml/uslm_us-publ-115-9.xml", "external/uslm_us-publ-115-9.xml"),
    ("other-xml/clml_uk-ukpga-2025-16-section1.xml", "external/clml_uk-ukpga-2025-16-section1.xml"),
]


def check_xml(label, data):
    """Parse with minidom and enforce NFC text."""
    text = data.decode("utf-8") if isinstance(data, bytes) else data
    if unicodedata.normalize("NFC", text) != text:
        raise SystemExit(f"{label}: text is not NFC")
    try:
        minidom.parseString(text.encode("utf-8"))
    except Exception as exc:  # pragma: no cover - reported to the user
        raise SystemExit(f"{label}: not well-formed XML: {exc}")


def check_package(label, pkg):
    names = {n for n, _, _ in pkg.parts}
    check_xml(f"{label}:[Content_Types].xml", pkg.content_types())
    for name, _, xml in pkg.parts:
        check_xml(f"{label}:{name}", xml)
    # every internal relationship target must exist
    for rels_name, base in (("_rels/.rels", ""), ("word/_rels/document.xml.rels", "word/")):
        dom = minidom.parseString(pkg.get(rels_name).encode("utf-8"))
        for rel in dom.getElementsByTagName("Relationship"):
            if rel.getAttribute("TargetMode") == "External":
                continue
            target = base + rel.getAttribute("Target")
            if target not in names:
                raise SystemExit(f"{label}: relationship target {target} missing")
    # r:id references in the document must be declared
    doc = pkg.get("word/document.xml")
    rels = pkg.get("word/_rels/document.xml.rels")
    for rid in sorted(set(x.split('"')[0] for x in doc.split('r:id="')[1:])):
        if f'Id="{rid}"' not in rels:
            raise SystemExit(f"{label}: r:id {rid} has no relationship")


def write(path, data, written):
    if isinstance(data, str):
        data = data.encode("utf-8")
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)
    written.append((path, data))


def main(argv=None):
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default=os.path.join(here, "..", "corpus"),
                    help="output folder (default: corpus/ next to scripts/)")
    ap.add_argument("--external",
                    default=os.path.join(here, "..", "..", "shared", "corpus-external"),
                    help="folder holding the external corpus to copy from; optional "
                         "(default: shared/corpus-external beside the repository)")
    args = ap.parse_args(argv)
    out = os.path.normpath(args.out)
    written = []

    docx = {
        "vi/quy-che-lam-viec.docx": doc_quy_che_lam_viec(),
        "vi/quy-che-chi-tieu-noi-bo.docx": doc_quy_che_chi_tieu_noi_bo(),
        "vi/quy-che-dan-chu.docx": doc_quy_che_dan_chu(),
        "en/information-security-policy.docx": doc_information_security_policy(),
    }
    for rel, pkg in docx.items():
        check_package(rel, pkg)
        write(os.path.join(out, rel), pkg.docx_bytes(), written)

    # Flat OPC twin of quy-che-dan-chu: document part first, as Word does.
    dan_chu = docx["vi/quy-che-dan-chu.docx"]
    flat = dan_chu.flat_opc(first=["word/document.xml"])
    check_xml("vi/quy-che-dan-chu.xml", flat)
    write(os.path.join(out, "vi/quy-che-dan-chu.xml"), flat, written)

    aup = doc_acceptable_use_policy()
    check_package("en/acceptable-use-policy", aup)
    flat = aup.flat_opc(first=["_rels/.rels", "word/_rels/document.xml.rels",
                               "word/document.xml"])
    check_xml("en/acceptable-use-policy.xml", flat)
    write(os.path.join(out, "en/acceptable-use-policy.xml"), flat, written)

    for rel, text in [
        ("vi/quy-dinh-bao-ve-du-lieu.akn.xml", akn_quy_dinh_bao_ve_du_lieu()),
        ("en/records-management-policy.akn.xml", akn_records_management_policy()),
        ("xml/house-rules.xml", house_rules()),
    ]:
        check_xml(rel, text)
        write(os.path.join(out, rel), text, written)
    write(os.path.join(out, "xml/.reglint.yml"), HOUSE_RULES_CONFIG, written)

    # Re-read every generated .docx and parse each entry once more.
    for path, data in written:
        if path.endswith(".docx"):
            with zipfile.ZipFile(io.BytesIO(data)) as zf:
                for name in zf.namelist():
                    check_xml(f"{path}:{name}", zf.read(name))

    # Verbatim copies of external files (only when the source is present).
    if os.path.isdir(args.external):
        for src, dst in EXTERNAL:
            s = os.path.join(args.external, src)
            if os.path.exists(s):
                d = os.path.join(out, dst)
                os.makedirs(os.path.dirname(d), exist_ok=True)
                shutil.copyfile(s, d)
                with open(d, "rb") as f:
                    written.append((d, f.read()))
            else:
                print(f"warning: {s} not found, keeping existing copy", file=sys.stderr)
    else:
        print(f"note: {args.external} not present; external copies left as they are",
              file=sys.stderr)

    for path, data in written:
        print(f"{hashlib.sha256(data).hexdigest()}  {len(data):>8}  "
              f"{os.path.relpath(path, os.path.dirname(out))}")


if __name__ == "__main__":
    main()
