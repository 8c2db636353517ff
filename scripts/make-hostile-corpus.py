#!/usr/bin/env python3
"""Writes the hostile corpus: one small file per attack or broken shape that reglint must refuse
with a clear error (or read correctly), into Tests/RegLintReadersTests/HostileCorpus/.
Deterministic: fixed ZIP timestamps and order. Usage: python3 scripts/make-hostile-corpus.py"""
import os
import zipfile

OUT = os.path.join(os.path.dirname(__file__), "..", "Tests", "RegLintReadersTests", "HostileCorpus")
STAMP = (2024, 1, 1, 0, 0, 0)
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
AKN = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
CONTENT_TYPES = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
                 'content-types"><Default Extension="xml" ContentType="application/xml"/></Types>')
ROOT_RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
             '2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/'
             '2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
DOCUMENT = (f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{W}"><w:body><w:p><w:r>'
            '<w:t>Điều 1. Phạm vi điều chỉnh</w:t></w:r></w:p></w:body></w:document>')


def write(name, data):
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode("utf-8"))


def docx(name, parts):
    path = os.path.join(OUT, name)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for part, data in parts:
            info = zipfile.ZipInfo(part, STAMP)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)
    return path


def akn(body):
    return f'<?xml version="1.0" encoding="UTF-8"?>\n<akomaNtoso xmlns="{AKN}"><act><body>{body}</body></act></akomaNtoso>\n'


def main():
    os.makedirs(OUT, exist_ok=True)
    base = [("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", ROOT_RELS)]
    # XML attacks and broken shapes
    write("billion-laughs.xml", '<?xml version="1.0"?>\n<!DOCTYPE akomaNtoso [\n <!ENTITY a "lol">\n'
          + "".join(f' <!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">\n' for i in range(9))
          + f']>\n<akomaNtoso xmlns="{AKN}"><act><body><p>&j;</p></body></act></akomaNtoso>\n')
    write("external-entity.xml", '<?xml version="1.0"?>\n<!DOCTYPE akomaNtoso [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n'
          + f'<akomaNtoso xmlns="{AKN}"><act><body><article><num>Điều 1.</num><content><p>&x;</p></content>'
          + '</article></body></act></akomaNtoso>\n')
    write("external-dtd.xml", '<?xml version="1.0"?>\n<!DOCTYPE akomaNtoso SYSTEM "http://127.0.0.1:9/evil.dtd">\n'
          + akn("<article><num>Điều 1.</num></article>").split("\n", 1)[1])
    write("deep-nesting.xml", f'<akomaNtoso xmlns="{AKN}"><act><body>' + "<hcontainer>" * 300
          + "</hcontainer>" * 300 + "</body></act></akomaNtoso>\n")
    write("malformed.xml", akn("<article><num>Điều 1.</num>\n<content><p>Mở</content></article>"))
    write("wrong-encoding.xml", '<?xml version="1.0" encoding="UTF-8"?>\n'.encode() + f'<akomaNtoso xmlns="{AKN}"><act><body><p>'.encode()
          + "Điều khoản".encode("cp1258", errors="replace") + b"</p></body></act></akomaNtoso>\n")
    write("utf16-with-bom.akn.xml", b"\xff\xfe" + akn("<article><num>Điều 1.</num><heading>Phạm vi</heading></article>")
          .replace('encoding="UTF-8"', 'encoding="UTF-16"').encode("utf-16-le"))
    write("utf8-with-bom.akn.xml", b"\xef\xbb\xbf" + akn("<article><num>Điều 1.</num><heading>Phạm vi</heading></article>").encode())
    write("text-renamed.xml", "Quy chế làm việc\nĐiều 1. Phạm vi\n")
    write("html-page.xml", "<!DOCTYPE html>\n<html><body><p>Quy chế</p></body></html>\n")
    write("empty.docx", b"")
    write("pdf-renamed.docx", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n")
    write("ole-compound.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504)
    # ZIP attacks and broken shapes
    docx("zip-bomb.docx", base + [("word/document.xml", DOCUMENT[:-len("</w:body></w:document>")] + " " * 20_000_000
                                   + "</w:body></w:document>")])
    docx("path-traversal.docx", base + [("word/document.xml", DOCUMENT), ("../../evil.txt", "x")])
    docx("duplicate-entries.docx", base + [("word/document.xml", DOCUMENT), ("word/Document.xml", DOCUMENT)])
    docx("missing-document.docx", base + [("word/styles.xml", f'<w:styles xmlns:w="{W}"/>')])
    docx("document-not-xml.docx", base + [("word/document.xml", bytes(range(256)) * 4)])
    docx("odt-renamed.docx", [("mimetype", "application/vnd.oasis.opendocument.text"), ("content.xml", "<office/>")])
    good = docx("valid.docx", base + [("word/document.xml", DOCUMENT)])
    data = open(good, "rb").read()
    write("truncated.docx", data[: len(data) // 2])
    # flip bytes inside the compressed document part: the CRC check fails
    corrupted = bytearray(data)
    start = data.find(b"word/document.xml") + len(b"word/document.xml")
    for i in range(start + 8, start + 24):
        corrupted[i] ^= 0x5A
    write("corrupted.docx", bytes(corrupted))


if __name__ == "__main__":
    main()
