#!/usr/bin/env python3
# Copyright the reglint authors.
# SPDX-License-Identifier: Apache-2.0
"""Write large synthetic inputs for reglint's memory benchmark.

    python3 scripts/make-large-inputs.py OUT_DIR [--akn-mb 50] [--docx-mb 20]

writes
  OUT_DIR/big.akn.xml  a valid Akoma Ntoso 3.0 act of about --akn-mb MB:
                       chapters > articles > numbered paragraphs > lists of
                       points (with intro/wrapUp), plus a table now and then;
  OUT_DIR/big.docx     a WordprocessingML package whose word/document.xml is
                       about --docx-mb MB: manual "Chương" headings, articles
                       numbered automatically through a style-linked list
                       ("Điều %1."), clauses ("%2.") and points ("%3)") via
                       numPr, and a table every 20 articles.

Text is Vietnamese (NFC). Output is streamed to disk chunk by chunk (one
chapter at a time) and is deterministic: the same sizes give byte-identical
files. Standard library only.
"""

import argparse
import os
import sys
import zipfile

MB = 1_000_000
ZIP_DATE = (2024, 1, 1, 0, 0, 0)
NS_AKN = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
NS_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

POINT_LETTERS = ["a", "b", "c", "d", "đ", "e"]

HEADINGS = [
    "Phạm vi điều chỉnh", "Đối tượng áp dụng", "Giải thích từ ngữ",
    "Nguyên tắc thực hiện", "Trách nhiệm của cơ quan chủ trì",
    "Trách nhiệm của cơ quan phối hợp", "Chế độ thông tin, báo cáo",
    "Quản lý hồ sơ, tài liệu", "Kinh phí thực hiện", "Kiểm tra, giám sát",
    "Khen thưởng và xử lý vi phạm", "Điều khoản chuyển tiếp",
]
CHAPTER_TITLES = [
    "QUY ĐỊNH CHUNG", "TỔ CHỨC VÀ HOẠT ĐỘNG", "QUẢN LÝ TÀI CHÍNH, TÀI SẢN",
    "CHẾ ĐỘ LÀM VIỆC VÀ QUAN HỆ CÔNG TÁC", "KIỂM TRA, GIÁM SÁT",
    "TỔ CHỨC THỰC HIỆN",
]
SENTENCES = [
    "Cơ quan, tổ chức, cá nhân có liên quan có trách nhiệm thực hiện đúng quy định tại "
    "văn bản này và quy định khác của pháp luật có liên quan.",
    "Việc tiếp nhận, xử lý hồ sơ được thực hiện trên Hệ thống thông tin giải quyết thủ tục "
    "hành chính của tỉnh, bảo đảm công khai, minh bạch và đúng thời hạn.",
    "Người đứng đầu cơ quan, đơn vị chịu trách nhiệm trước pháp luật về kết quả thực hiện "
    "nhiệm vụ được giao trong phạm vi quản lý của mình.",
    "Kinh phí thực hiện được bố trí từ nguồn ngân sách nhà nước theo phân cấp hiện hành và "
    "các nguồn hợp pháp khác theo quy định của pháp luật.",
    "Báo cáo định kỳ được gửi trước ngày 15 tháng cuối quý; báo cáo năm được gửi trước ngày "
    "15 tháng 12 hằng năm.",
    "Trường hợp có vướng mắc, các cơ quan, đơn vị kịp thời phản ánh bằng văn bản để được "
    "hướng dẫn hoặc tổng hợp, báo cáo cấp có thẩm quyền xem xét, quyết định.",
    "Hồ sơ, tài liệu hình thành trong quá trình giải quyết công việc phải được lập, quản lý "
    "và nộp lưu vào lưu trữ cơ quan theo quy định.",
    "Công chức, viên chức được giao nhiệm vụ có trách nhiệm phối hợp chặt chẽ, trao đổi "
    "thông tin đầy đủ với các đơn vị có liên quan.",
]
POINTS = [
    "Thu thập, tổng hợp thông tin, số liệu phục vụ công tác quản lý nhà nước;",
    "Hướng dẫn, kiểm tra, đôn đốc các đơn vị trực thuộc thực hiện nhiệm vụ;",
    "Đề xuất biện pháp xử lý đối với các trường hợp vi phạm;",
    "Bảo đảm an toàn, bảo mật thông tin theo quy định của pháp luật;",
    "Phối hợp với cơ quan có liên quan giải quyết các vấn đề phát sinh;",
    "Thực hiện các nhiệm vụ khác do cấp có thẩm quyền giao.",
]
TABLE_ROWS = [
    ("Hồ sơ đề nghị cấp giấy chứng nhận", "Bộ phận Một cửa", "05 ngày làm việc", "150.000"),
    ("Hồ sơ thẩm định công nghệ", "Phòng Quản lý công nghệ", "15 ngày làm việc", "2.500.000"),
    ("Hồ sơ đăng ký kết quả nhiệm vụ", "Phòng Quản lý khoa học", "10 ngày làm việc", "0"),
    ("Hồ sơ cấp phép tiến hành công việc bức xạ", "Phòng An toàn bức xạ", "20 ngày làm việc",
     "1.200.000"),
]


def roman(n):
    if n >= 4000:
        return str(n)
    out = []
    for value, sym in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"),
                       (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"),
                       (4, "IV"), (1, "I")):
        while n >= value:
            out.append(sym)
            n -= value
    return "".join(out)


def sentence(*k):
    return SENTENCES[sum((i + 1) * v for i, v in enumerate(k)) % len(SENTENCES)]


# --------------------------------------------------------------------------
# Akoma Ntoso
# --------------------------------------------------------------------------

AKN_HEAD = f"""<?xml version="1.0" encoding="UTF-8"?>
<akomaNtoso xmlns="{NS_AKN}">
  <act name="quyDinh">
    <meta>
      <identification source="#benchmark">
        <FRBRWork>
          <FRBRthis value="/akn/vn/act/quy-dinh/benchmark/2024-01-01/1/!main"/>
          <FRBRuri value="/akn/vn/act/quy-dinh/benchmark/2024-01-01/1"/>
          <FRBRdate date="2024-01-01" name="Generation"/>
          <FRBRauthor href="#benchmark"/>
          <FRBRcountry value="vn"/>
          <FRBRnumber value="01/QĐ-BM"/>
          <FRBRname value="Quy định thử tải"/>
        </FRBRWork>
        <FRBRExpression>
          <FRBRthis value="/akn/vn/act/quy-dinh/benchmark/2024-01-01/1/vie@/!main"/>
          <FRBRuri value="/akn/vn/act/quy-dinh/benchmark/2024-01-01/1/vie@"/>
          <FRBRdate date="2024-01-01" name="Generation"/>
          <FRBRauthor href="#benchmark"/>
          <FRBRlanguage language="vie"/>
        </FRBRExpression>
        <FRBRManifestation>
          <FRBRthis value="/akn/vn/act/quy-dinh/benchmark/2024-01-01/1/vie@/!main.xml"/>
          <FRBRuri value="/akn/vn/act/quy-dinh/benchmark/2024-01-01/1/vie@.akn"/>
          <FRBRdate date="2024-01-01" name="Generation"/>
          <FRBRauthor href="#benchmark"/>
        </FRBRManifestation>
      </identification>
      <references source="#benchmark">
        <TLCOrganization eId="benchmark" href="/ontology/organization/vn/benchmark" showAs="reglint benchmark"/>
        <TLCRole eId="giamDoc" href="/ontology/role/vn/giam-doc" showAs="Giám đốc"/>
      </references>
    </meta>
    <preface>
      <p class="docType"><docType>QUY ĐỊNH</docType></p>
      <p class="docTitle"><docTitle>Quy định thử tải dùng cho phép đo bộ nhớ</docTitle></p>
      <p class="docNumber">Số: <docNumber>01/QĐ-BM</docNumber></p>
    </preface>
    <preamble>
      <p>Căn cứ <ref href="/akn/vn/act/luat/2015/80">Luật Ban hành văn bản quy phạm pháp luật số 80/2015/QH13</ref> ngày 22 tháng 6 năm 2015;</p>
    </preamble>
    <body>
"""
AKN_TAIL = """    </body>
    <conclusions>
      <p class="signature"><signature><role refersTo="#giamDoc">GIÁM ĐỐC</role></signature></p>
    </conclusions>
  </act>
</akomaNtoso>
"""


def akn_chapter(ch, first_article, n_articles):
    out = []
    a = out.append
    cid = f"chp_{ch}"
    a(f'      <chapter eId="{cid}">\n        <num>Chương {roman(ch)}</num>\n'
      f"        <heading>{CHAPTER_TITLES[ch % len(CHAPTER_TITLES)]}</heading>\n")
    for art in range(first_article, first_article + n_articles):
        aid = f"{cid}__art_{art}"
        a(f'        <article eId="{aid}">\n          <num>Điều {art}.</num>\n'
          f"          <heading>{HEADINGS[art % len(HEADINGS)]}</heading>\n")
        for k in range(1, 2 + art % 3 + 1):
            pid = f"{aid}__para_{k}"
            a(f'          <paragraph eId="{pid}">\n            <num>{k}.</num>\n')
            if (art + k) % 2:
                lid = f"{pid}__list_1"
                a(f'            <list eId="{lid}">\n'
                  f"              <intro><p>{sentence(art, k)} Cụ thể như sau:</p></intro>\n")
                for j in range(3 + (art + k) % 4):
                    letter = POINT_LETTERS[j]
                    eid_l = "dd" if letter == "đ" else letter
                    a(f'              <point eId="{lid}__point_{eid_l}"><num>{letter})</num>'
                      f"<content><p>{POINTS[(art + j) % len(POINTS)]}</p></content></point>\n")
                if art % 5 == 0:
                    a(f"              <wrapUp><p>{sentence(art, k, 1)}</p></wrapUp>\n")
                a("            </list>\n")
            else:
                a(f"            <content>\n              <p>{sentence(art, k)} "
                  f"{sentence(art, k, 2)}</p>\n")
                if art % 25 == 0 and k == 2:
                    a(f'              <table eId="{pid}__table_1">\n'
                      "                <tr><th><p>Loại hồ sơ</p></th><th><p>Đơn vị xử lý</p></th>"
                      "<th><p>Thời hạn</p></th><th><p>Phí (đồng)</p></th></tr>\n")
                    for row in TABLE_ROWS:
                        a("                <tr>" + "".join(f"<td><p>{c}</p></td>" for c in row)
                          + "</tr>\n")
                    a("              </table>\n")
                a("            </content>\n")
            a("          </paragraph>\n")
        a("        </article>\n")
    a("      </chapter>\n")
    return "".join(out).encode("utf-8")


def write_akn(path, target_bytes, articles_per_chapter=40):
    head = AKN_HEAD.encode("utf-8")
    tail = AKN_TAIL.encode("utf-8")
    written = 0
    with open(path, "wb") as f:
        f.write(head)
        written += len(head)
        ch, art = 1, 1
        while True:
            chunk = akn_chapter(ch, art, articles_per_chapter)
            f.write(chunk)
            written += len(chunk)
            ch += 1
            art += articles_per_chapter
            if written + len(tail) >= target_bytes:
                break
        f.write(tail)
        written += len(tail)
    return written, ch - 1, art - 1


# --------------------------------------------------------------------------
# WordprocessingML
# --------------------------------------------------------------------------

def _p(text, style=None, num=None, jc=None, bold=False):
    ppr = ""
    if style or num or jc:
        ppr = "<w:pPr>"
        if style:
            ppr += f'<w:pStyle w:val="{style}"/>'
        if num:
            ppr += f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>'
        if jc:
            ppr += f'<w:jc w:val="{jc}"/>'
        ppr += "</w:pPr>"
    rpr = "<w:rPr><w:b/><w:bCs/></w:rPr>" if bold else ""
    return f"<w:p>{ppr}<w:r>{rpr}<w:t>{text}</w:t></w:r></w:p>"


def _table(rows):
    widths = [3400, 2600, 1700, 1371]
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    trs = []
    for row in rows:
        tcs = "".join(f'<w:tc><w:tcPr><w:tcW w:w="{w}" w:type="dxa"/></w:tcPr>{_p(c)}</w:tc>'
                      for c, w in zip(row, widths))
        trs.append(f"<w:tr>{tcs}</w:tr>")
    return ('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="9071" w:type="dxa"/>'
            '<w:tblLayout w:type="fixed"/><w:tblLook w:val="04A0"/></w:tblPr>'
            f"<w:tblGrid>{grid}</w:tblGrid>" + "".join(trs) + "</w:tbl>")


def docx_chapter(ch, first_article, n_articles):
    out = [_p(f"Chương {roman(ch)}", jc="center", bold=True),
           _p(CHAPTER_TITLES[ch % len(CHAPTER_TITLES)], jc="center", bold=True)]
    a = out.append
    for art in range(first_article, first_article + n_articles):
        a(_p(HEADINGS[art % len(HEADINGS)], style="Dieu"))
        for k in range(1, 2 + art % 3 + 1):
            if (art + k) % 2:
                a(_p(f"{sentence(art, k)} Cụ thể như sau:", num=(1, 1)))
                for j in range(2 + (art + k) % 3):       # at most 4 points: a) to d)
                    a(_p(POINTS[(art + j) % len(POINTS)], num=(1, 2)))
            else:
                a(_p(f"{sentence(art, k)} {sentence(art, k, 2)}", num=(1, 1)))
        if art % 20 == 0:
            a(_table([("Loại hồ sơ", "Đơn vị xử lý", "Thời hạn", "Phí (đồng)")] + TABLE_ROWS))
    return ("\n".join(out) + "\n").encode("utf-8")


DOCX_DOC_HEAD = (XML_DECL + f'<w:document xmlns:r="{NS_R}" xmlns:w="{NS_W}"><w:body>\n'
                 + _p("QUY ĐỊNH", style="Title") + "\n"
                 + _p("Quy định thử tải dùng cho phép đo bộ nhớ", jc="center", bold=True) + "\n")
DOCX_DOC_TAIL = ('<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" '
                 'w:right="1134" w:bottom="1134" w:left="1701" w:header="720" w:footer="720" '
                 'w:gutter="0"/></w:sectPr></w:body></w:document>')

DOCX_PARTS = [
    ("[Content_Types].xml", XML_DECL +
     '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
     '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
     '<Default Extension="xml" ContentType="application/xml"/>'
     '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
     '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
     '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>'
     '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>'
     '<Override PartName="/word/fontTable.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"/>'
     '<Override PartName="/word/theme/theme1.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/>'
     '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
     "</Types>"),
    ("_rels/.rels", XML_DECL +
     '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
     '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
     '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
     "</Relationships>"),
    ("docProps/core.xml", XML_DECL +
     '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
     'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
     'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
     "<dc:title>Quy định thử tải</dc:title><dc:creator>reglint benchmark</dc:creator>"
     '<dcterms:created xsi:type="dcterms:W3CDTF">2024-01-01T00:00:00Z</dcterms:created>'
     "</cp:coreProperties>"),
    ("word/_rels/document.xml.rels", XML_DECL +
     '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
     '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
     '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>'
     '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>'
     '<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable" Target="fontTable.xml"/>'
     '<Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme" Target="theme/theme1.xml"/>'
     "</Relationships>"),
    ("word/styles.xml", XML_DECL + f'<w:styles xmlns:w="{NS_W}">'
     '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" '
     'w:hAnsi="Times New Roman" w:cs="Times New Roman"/><w:sz w:val="26"/><w:szCs w:val="26"/>'
     '<w:lang w:val="vi-VN"/></w:rPr></w:rPrDefault></w:docDefaults>'
     '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>'
     '<w:qFormat/><w:pPr><w:spacing w:before="60" w:after="60"/><w:jc w:val="both"/></w:pPr></w:style>'
     '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/>'
     '<w:qFormat/><w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:b/><w:sz w:val="30"/></w:rPr></w:style>'
     '<w:style w:type="paragraph" w:customStyle="1" w:styleId="Dieu"><w:name w:val="Điều"/>'
     '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/>'
     '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:rPr><w:b/></w:rPr></w:style>'
     '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>'
     '<w:tblPr><w:tblCellMar><w:left w:w="108" w:type="dxa"/><w:right w:w="108" w:type="dxa"/>'
     "</w:tblCellMar></w:tblPr></w:style>"
     '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/>'
     '<w:basedOn w:val="TableNormal"/><w:tblPr><w:tblBorders>'
     + "".join(f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
               for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
     + "</w:tblBorders></w:tblPr></w:style></w:styles>"),
    ("word/numbering.xml", XML_DECL + f'<w:numbering xmlns:w="{NS_W}">'
     '<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>'
     '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Dieu"/>'
     '<w:suff w:val="space"/><w:lvlText w:val="Điều %1."/><w:lvlJc w:val="left"/>'
     '<w:pPr><w:ind w:left="0" w:firstLine="567"/></w:pPr></w:lvl>'
     '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/>'
     '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="567"/></w:pPr></w:lvl>'
     '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%3)"/>'
     '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="567"/></w:pPr></w:lvl>'
     '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>'),
    ("word/settings.xml", XML_DECL + f'<w:settings xmlns:w="{NS_W}"><w:defaultTabStop w:val="720"/>'
     '<w:compat><w:compatSetting w:name="compatibilityMode" '
     'w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>'),
    ("word/fontTable.xml", XML_DECL + f'<w:fonts xmlns:w="{NS_W}"><w:font w:name="Times New Roman">'
     '<w:panose1 w:val="02020603050405020304"/><w:charset w:val="00"/><w:family w:val="roman"/>'
     '<w:pitch w:val="variable"/></w:font></w:fonts>'),
    ("word/theme/theme1.xml", XML_DECL +
     '<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office Theme">'
     '<a:themeElements><a:clrScheme name="Office">'
     '<a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1>'
     '<a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1>'
     + "".join(f'<a:{k}><a:srgbClr val="{v}"/></a:{k}>' for k, v in [
         ("dk2", "44546A"), ("lt2", "E7E6E6"), ("accent1", "4472C4"), ("accent2", "ED7D31"),
         ("accent3", "A5A5A5"), ("accent4", "FFC000"), ("accent5", "5B9BD5"),
         ("accent6", "70AD47"), ("hlink", "0563C1"), ("folHlink", "954F72")])
     + '</a:clrScheme><a:fontScheme name="Office"><a:majorFont><a:latin typeface="Times New Roman"/>'
     '<a:ea typeface=""/><a:cs typeface=""/></a:majorFont><a:minorFont>'
     '<a:latin typeface="Times New Roman"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont>'
     '</a:fontScheme><a:fmtScheme name="Office">'
     + "<a:fillStyleLst>" + '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>' * 3
     + "</a:fillStyleLst><a:lnStyleLst>"
     + '<a:ln w="6350"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln>' * 3
     + "</a:lnStyleLst><a:effectStyleLst>" + "<a:effectStyle><a:effectLst/></a:effectStyle>" * 3
     + "</a:effectStyleLst><a:bgFillStyleLst>"
     + '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>' * 3
     + "</a:bgFillStyleLst></a:fmtScheme></a:themeElements></a:theme>"),
]


def _zinfo(name):
    zi = zipfile.ZipInfo(name, date_time=ZIP_DATE)
    zi.compress_type = zipfile.ZIP_DEFLATED
    zi.create_system = 0
    zi.external_attr = 0
    return zi


def write_docx(path, target_bytes, articles_per_chapter=40):
    head = DOCX_DOC_HEAD.encode("utf-8")
    tail = DOCX_DOC_TAIL.encode("utf-8")
    written = 0
    with zipfile.ZipFile(path, "w") as zf:
        for name, xml in DOCX_PARTS[:4]:
            zf.writestr(_zinfo(name), xml.encode("utf-8"))
        with zf.open(_zinfo("word/document.xml"), "w", force_zip64=True) as w:
            w.write(head)
            written += len(head)
            ch, art = 1, 1
            while True:
                chunk = docx_chapter(ch, art, articles_per_chapter)
                w.write(chunk)
                written += len(chunk)
                ch += 1
                art += articles_per_chapter
                if written + len(tail) >= target_bytes:
                    break
            w.write(tail)
            written += len(tail)
        for name, xml in DOCX_PARTS[4:]:
            zf.writestr(_zinfo(name), xml.encode("utf-8"))
    return written, ch - 1, art - 1


def main(argv=None):
    ap = argparse.ArgumentParser(description="Write big.akn.xml and big.docx for the "
                                             "memory benchmark.")
    ap.add_argument("out", help="output folder (created if missing)")
    ap.add_argument("--akn-mb", type=float, default=50.0,
                    help="approximate size of big.akn.xml in MB (default 50)")
    ap.add_argument("--docx-mb", type=float, default=20.0,
                    help="approximate size of word/document.xml inside big.docx in MB "
                         "(default 20)")
    ap.add_argument("--only", choices=["akn", "docx"], help="write only one of the files")
    args = ap.parse_args(argv)
    os.makedirs(args.out, exist_ok=True)
    if args.only in (None, "akn"):
        path = os.path.join(args.out, "big.akn.xml")
        n, chapters, articles = write_akn(path, int(args.akn_mb * MB))
        print(f"{path}: {n} bytes, {chapters} chapters, {articles} articles")
    if args.only in (None, "docx"):
        path = os.path.join(args.out, "big.docx")
        n, chapters, articles = write_docx(path, int(args.docx_mb * MB))
        print(f"{path}: word/document.xml {n} bytes ({os.path.getsize(path)} bytes zipped), "
              f"{chapters} chapters, {articles} articles")
    return 0


if __name__ == "__main__":
    sys.exit(main())
