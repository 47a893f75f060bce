#!/usr/bin/env python3
"""Writes rt-tajikistan.fr.docx and rt-tajikistan.fr.odt beside this script: the French example
text (rt-tajikistan.fr.txt) as a Word and an OpenDocument text document, with what
such files hold besides the text (runs split inside words, a deleted revision, a field code, a
comment, a footnote, styles), for the reading tests. Deterministic: the same bytes every run.
Run on purpose; the files are committed.

Usage: corpora/examples/make_office.py
"""
import os
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
DATE = (2021, 7, 10, 12, 0, 0)


def paragraphs():
    text = open(os.path.join(HERE, "rt-tajikistan.fr.txt"), encoding="utf-8").read()
    return [p.strip() for p in text.split("\n\n") if p.strip()]


def write_zip(path, entries):
    with zipfile.ZipFile(path, "w") as z:
        for name, data, method in entries:
            info = zipfile.ZipInfo(name, DATE)
            info.compress_type = method
            info.external_attr = 0o644 << 16
            z.writestr(info, data)


def docx(paras):
    W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    body = []
    for i, p in enumerate(paras):
        style = '<w:pPr><w:pStyle w:val="Heading1"/></w:pPr>' if i == 0 else \
                '<w:pPr><w:spacing w:after="160"/><w:jc w:val="both"/></w:pPr>'
        runs = []
        if i == 2:
            # Word splits runs anywhere, even inside words, and keeps revisions and fields.
            cut = p.index("Tadjikistan") + 4
            runs.append('<w:r><w:t xml:space="preserve">%s</w:t></w:r>' % escape(p[:cut]))
            runs.append('<w:proofErr w:type="spellStart"/><w:bookmarkStart w:id="0" w:name="_GoBack"/>')
            runs.append('<w:del w:id="1" w:author="Relecteur" w:date="2021-07-10T10:00:00Z"><w:r>'
                        '<w:delText>SUPPRIMÉ </w:delText></w:r></w:del>')
            runs.append('<w:r><w:rPr><w:b/></w:rPr><w:t>%s</w:t></w:r>' % escape(p[cut:cut + 10]))
            runs.append('<w:bookmarkEnd w:id="0"/>')
            runs.append('<w:r><w:t xml:space="preserve">%s</w:t></w:r>' % escape(p[cut + 10:]))
        elif p.startswith("Vous pouvez lire"):
            head, tail = p.rsplit(" ", 1)
            runs.append('<w:r><w:t xml:space="preserve">%s </w:t></w:r>' % escape(head))
            runs.append('<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
                        '<w:r><w:instrText xml:space="preserve"> HYPERLINK "https://www.rt.com/" </w:instrText></w:r>'
                        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>')
            runs.append('<w:r><w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr><w:t>%s</w:t></w:r>' % escape(tail))
            runs.append('<w:r><w:fldChar w:fldCharType="end"/></w:r>')
        elif i == 4:
            runs.append('<w:r><w:t>%s</w:t></w:r>' % escape(p))
            runs.append('<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
                        '<w:footnoteReference w:id="1"/></w:r>')
            runs.append('<w:commentRangeStart w:id="2"/><w:commentRangeEnd w:id="2"/>'
                        '<w:r><w:commentReference w:id="2"/></w:r>')
        else:
            runs.append('<w:r><w:t>%s</w:t></w:r>' % escape(p))
        body.append('<w:p>%s%s</w:p>' % (style, "".join(runs)))
        if i == 5:
            body.append('<w:p><w:pPr><w:pStyle w:val="Normal"/></w:pPr></w:p>')  # an empty paragraph
    document = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<w:document xmlns:w="%s" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
                '<w:body>%s<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>'
                % (W, "".join(body)))
    content_types = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                     '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                     '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                     '<Default Extension="xml" ContentType="application/xml"/>'
                     '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
                     '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '</Relationships>')
    return [("[Content_Types].xml", content_types, zipfile.ZIP_DEFLATED),
            ("_rels/.rels", rels, zipfile.ZIP_DEFLATED),
            ("word/document.xml", document, zipfile.ZIP_DEFLATED)]


def odt(paras):
    body = []
    for i, p in enumerate(paras):
        if i == 0:
            body.append('<text:h text:style-name="Heading_20_1" text:outline-level="1">%s</text:h>' % escape(p))
            continue
        t = escape(p)
        if i == 3:
            # ODF collapses white space: a source line break is a space; <text:s/> is a space.
            t = t.replace(" ", "\n    ", 1)
            t = t.replace(" des ", "<text:s/>des ", 1)
            t += ('<text:note text:id="ftn1" text:note-class="footnote"><text:note-citation>1</text:note-citation>'
                  '<text:note-body><text:p>Note du traducteur.</text:p></text:note-body></text:note>')
        if i == 5:
            t = ('<office:annotation><dc:creator>Relecteur</dc:creator><text:p>À vérifier</text:p></office:annotation>'
                 + t.replace("Tadjikistan", '<text:span text:style-name="T1">Tadjik</text:span>istan', 1))
        if p.startswith("Vous pouvez lire"):
            head, tail = t.rsplit(" ", 1)
            t = head + ' <text:a xlink:type="simple" xlink:href="https://www.rt.com/">%s</text:a>' % tail
        body.append('<text:p text:style-name="Text_20_body">%s</text:p>' % t)
        if i == 8:
            body.append('<text:p text:style-name="Text_20_body"/>')  # an empty paragraph
            body.append('<text:soft-page-break/>')
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n'
               '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
               'xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:dc="http://purl.org/dc/elements/1.1/" '
               'office:version="1.3"><office:automatic-styles><style:style xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
               'style:name="T1" style:family="text"/></office:automatic-styles>'
               '<office:body><office:text>%s</office:text></office:body></office:document-content>' % "".join(body))
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    return [("mimetype", "application/vnd.oasis.opendocument.text", zipfile.ZIP_STORED),
            ("content.xml", content, zipfile.ZIP_DEFLATED),
            ("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED)]


def main():
    paras = paragraphs()
    write_zip(os.path.join(HERE, "rt-tajikistan.fr.docx"), docx(paras))
    write_zip(os.path.join(HERE, "rt-tajikistan.fr.odt"), odt(paras))


if __name__ == "__main__":
    main()
