#!/usr/bin/env python3
"""Writes the attachment fixtures of FileKindsTest: tiny real documents and near misses.

Run from this folder; the output is committed, so this is only needed to change a fixture.
"""
import struct
import zipfile

TEXT = "Posición de la Red: el artículo 3 debe incluir a los municipios."


def pdf():
    page = "BT /F1 12 Tf 72 720 Td (Position paper) Tj ET"
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842]"
        " /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        "<< /Length %d >>\nstream\n%s\nendstream" % (len(page), page),
    ]
    out = "%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += "%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += "xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += "".join("%010d 00000 n \n" % o for o in offsets)
    out += "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    with open("position.pdf", "w", encoding="ascii") as f:
        f.write(out)


def docx(name, main_type, document=None):
    with zipfile.ZipFile(name, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/word/document.xml" ContentType="%s"/></Types>' % main_type,
        )
        z.writestr(
            "_rels/.rels",
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            "</Relationships>",
        )
        z.writestr(
            "word/document.xml",
            document
            or '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            "<w:body><w:p><w:r><w:t>%s</w:t></w:r></w:p></w:body></w:document>" % TEXT,
        )


def odt():
    with zipfile.ZipFile("position.odt", "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(
            zipfile.ZipInfo("mimetype"),
            "application/vnd.oasis.opendocument.text",
            compress_type=zipfile.ZIP_STORED,
        )
        z.writestr(
            "META-INF/manifest.xml",
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
            '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
            '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
            "</manifest:manifest>",
        )
        z.writestr(
            "content.xml",
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
            ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
            "<office:body><office:text><text:p>%s</text:p></office:text></office:body>"
            "</office:document-content>" % TEXT,
        )


def spreadsheet():
    """An OpenDocument spreadsheet: a real ODF package, but not a text document."""
    with zipfile.ZipFile("figures.ods", "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(
            zipfile.ZipInfo("mimetype"),
            "application/vnd.oasis.opendocument.spreadsheet",
            compress_type=zipfile.ZIP_STORED,
        )
        z.writestr("content.xml", "<office:document-content/>")


def not_ooxml():
    with zipfile.ZipFile("notes.docx", "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("notes.txt", TEXT)


def bomb():
    """OOXML names, but word/document.xml declares close to 4 GB once inflated."""
    docx("bomb.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml")
    data = bytearray(open("bomb.docx", "rb").read())
    name = b"word/document.xml"
    huge = struct.pack("<I", 0xFFFFFFF0)
    local = data.find(b"PK\x03\x04")
    while local >= 0:
        if data[local + 30 : local + 30 + len(name)] == name:
            data[local + 22 : local + 26] = huge
        local = data.find(b"PK\x03\x04", local + 4)
    central = data.find(b"PK\x01\x02")
    while central >= 0:
        if data[central + 46 : central + 46 + len(name)] == name:
            data[central + 24 : central + 28] = huge
        central = data.find(b"PK\x01\x02", central + 4)
    open("bomb.docx", "wb").write(bytes(data))


def exe():
    """The start of a Windows program, renamed as a PDF."""
    stub = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"\x00" * 44
    stub += b"\x0e\x1f\xba\x0e\x00\xb4\x09\xcd\x21This program cannot be run in DOS mode.\r\r\n$"
    open("setup.pdf", "wb").write(stub)


pdf()
docx("position.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml")
docx("macros.docx", "application/vnd.ms-word.document.macroEnabled.main+xml")
odt()
spreadsheet()
not_ooxml()
bomb()
exe()
