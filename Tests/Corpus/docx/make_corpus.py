"""Writes the hostile and wrong .docx files of the corpus (Tests/Corpus/docx/*.docx).

    python3 Tests/Corpus/docx/make_corpus.py

The files are committed; this script says how each was made and makes them again, byte for
byte (fixed timestamps). Inputs too large to commit (thousands of entries, a part past the
size limit) are made by CorpusTests itself.
"""

import io
import os
import struct
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
STAMP = (2024, 1, 1, 0, 0, 0)

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    '</Types>')
RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
    '</Relationships>')
DOCUMENT = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    f'<w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>De themagroep kwam vier keer bijeen.</w:t></w:r></w:p></w:body></w:document>')


def zip_bytes(entries, compression=zipfile.ZIP_DEFLATED):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in entries:
            info = zipfile.ZipInfo(name, STAMP)
            info.compress_type = compression
            archive.writestr(info, data)
    return buffer.getvalue()


def docx(**replaced):
    parts = {"[Content_Types].xml": CONTENT_TYPES, "_rels/.rels": RELS, "word/document.xml": DOCUMENT}
    parts.update(replaced)
    return zip_bytes([(name, data) for name, data in parts.items() if data is not None])


def ole2(streams):
    header = bytes([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) + bytes(504)
    names = b"".join(name.encode("utf-16-le") + b"\0\0" for name in streams)
    return header + names + bytes(512 - len(names) % 512)


def write(name, data):
    with open(os.path.join(HERE, name + ".docx"), "wb") as handle:
        handle.write(data)


def main():
    write("empty-file", b"")
    write("word97-renamed", ole2(["Root Entry", "WordDocument", "1Table", "\x05SummaryInformation"]))
    write("encrypted", ole2(["Root Entry", "EncryptionInfo", "EncryptedPackage", "\x06DataSpaces"]))
    write("opendocument", zip_bytes([
        ("mimetype", "application/vnd.oasis.opendocument.text"),
        ("content.xml", '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>'),
    ], compression=zipfile.ZIP_STORED))
    write("pdf-renamed", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n")
    whole = docx()
    write("truncated", whole[: len(whole) // 2])
    write("empty-zip", b"PK\x05\x06" + bytes(18))
    write("missing-document", docx(**{"word/document.xml": None}))
    write("doctype-entities", docx(**{"word/styles.xml": (
        '<?xml version="1.0"?>\n<!DOCTYPE lol [<!ENTITY a "aaaaaaaaaaaaaaaa">'
        + "".join(f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 16}">' for i in range(8))
        + f']>\n<w:styles xmlns:w="{W}">&i;</w:styles>')}))
    write("external-entity", docx(**{"word/document.xml": (
        '<?xml version="1.0"?>\n<!DOCTYPE d [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'
        f'<w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>')}))
    write("undefined-entity", docx(**{"word/document.xml": (
        f'<w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>&nbsp;</w:t></w:r></w:p></w:body></w:document>')}))
    write("invalid-utf8", docx(**{"word/document.xml": (
        f'<w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>'.encode() + b"gemeen\xc3\x28telijk\xff"
        + b"</w:t></w:r></w:p></w:body></w:document>")}))
    write("deep-nesting", docx(**{"word/document.xml": (
        f'<w:document xmlns:w="{W}"><w:body>' + "<w:sdt><w:sdtContent>" * 2_000)}))
    write("path-traversal", zip_bytes([
        ("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", RELS), ("word/document.xml", DOCUMENT),
        ("../../../tmp/evil.xml", "<x/>"),
    ]))
    write("zip-bomb-ratio", docx(**{"word/settings.xml": f'<w:settings xmlns:w="{W}">' + " " * (16 * 1024 * 1024) + "</w:settings>"}))
    # Found by the fuzzer: a central directory that points past the end of the file made
    # ZIPFoundation's in-memory archive trap.
    broken = bytearray(docx())
    directory = broken.index(b"PK\x01\x02")
    broken[directory + 42:directory + 46] = struct.pack("<I", 0xFFFFFF00)
    write("offset-past-end", bytes(broken))
    # The deflate stream of word/document.xml begins with a stored block of 65,535 bytes, more
    # than the file has left: the stream never ends before the file does (ZIPFoundation on
    # Linux used to spin on such a file; the fuzzer found one).
    endless = bytearray(docx())
    header = endless.index(b"PK\x03\x04")
    while True:
        name_length, extra_length = struct.unpack("<HH", endless[header + 26:header + 30])
        if endless[header + 30:header + 30 + name_length] == b"word/document.xml":
            break
        header = endless.index(b"PK\x03\x04", header + 4)
    start = header + 30 + name_length + extra_length
    endless[start:start + 5] = b"\x00\xff\xff\x00\x00"
    write("deflate-never-ends", bytes(endless))
    write("excel-renamed", zip_bytes([("[Content_Types].xml", CONTENT_TYPES), ("xl/workbook.xml", "<workbook/>")]))
    write("plain-zip", zip_bytes([("notulen.txt", "Notulen van de vergadering.")]))


if __name__ == "__main__":
    main()
