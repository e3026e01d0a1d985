"""Writes two Word documents as secretaries send them (committed next to this script):

    python3 Tests/JaarverslagKitTests/Fixtures/docx/make_secretary_documents.py

- woningmarkt-secretaris.docx: made as Dutch Word makes it. Style ids are Dutch (Kop1,
  Titel, Lijstalinea, Zwaar) while the names are Word's English built-in names; headings
  "Kop 1", a bullet list and a lettered list a) b) c) through numbering.xml, a table, a
  hyperlink pasted from Outlook (SafeLinks), tracked changes, a comment and a footnote.
- armoede-zonder-stijlen.docx: typed without any styles, as many secretaries do: bold lines
  as headings, bullets typed as "•" and a tab, a manual line break, optional hyphens.

python-docx writes the package; the Dutch style ids, the numbering, the tracked changes and
the footnote are added as Word writes them.
"""

import io
import os
import re
import zipfile

from docx import Document
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

HERE = os.path.dirname(os.path.abspath(__file__))
SAFELINK = ("https://eur01.safelinks.protection.outlook.com/?url=https%3A%2F%2Fwww.g40stedennetwerk.nl%2Fnieuws%2F"
            "g40-reageert-op-woondeal&amp;data=05%7C02%7Csecretariaat%40g40.nl%7C1a2b%7C0%7C0%7C638400000000000000"
            "&amp;sdata=Zm9vYmFy&amp;reserved=0")
DUTCH_IDS = {"Heading1": "Kop1", "Heading2": "Kop2", "Title": "Titel", "ListParagraph": "Lijstalinea",
             "Strong": "Zwaar", "Emphasis": "Nadruk", "Quote": "Citaat", "Normal": "Standaard",
             "FootnoteText": "Voetnoottekst", "FootnoteReference": "Voetnootmarkering"}


def run(text, bold=False, italic=False, style=None):
    properties = (f'<w:rStyle w:val="{style}"/>' if style else "") + ("<w:b/>" if bold else "") + ("<w:i/>" if italic else "")
    return (f'<w:r>' + (f"<w:rPr>{properties}</w:rPr>" if properties else "")
            + f'<w:t xml:space="preserve">{text}</w:t></w:r>')


def paragraph(document, inner, style=None, numbering=None):
    properties = (f'<w:pStyle w:val="{style}"/>' if style else "")
    if numbering:
        properties += f'<w:numPr><w:ilvl w:val="{numbering[1]}"/><w:numId w:val="{numbering[0]}"/></w:numPr>'
    element = parse_xml(f'<w:p {nsdecls("w", "r")}>' + (f"<w:pPr>{properties}</w:pPr>" if properties else "") + inner + "</w:p>")
    body = document.element.body
    body.insert(len(body) - 1, element)  # before the section properties, as Word keeps them


def numbering(document):
    part = document.part.numbering_part.element
    part.append(parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="70"><w:multiLevelType w:val="hybridMultilevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\uf0b7"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr><w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol" w:hint="default"/></w:rPr></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="o"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="1440" w:hanging="360"/></w:pPr><w:rPr><w:rFonts w:ascii="Courier New" w:hAnsi="Courier New" w:cs="Courier New" w:hint="default"/></w:rPr></w:lvl>'
        '</w:abstractNum>'))
    part.append(parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="71"><w:multiLevelType w:val="hybridMultilevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1)"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>'))
    part.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="70"><w:abstractNumId w:val="70"/></w:num>'))
    part.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="71"><w:abstractNumId w:val="71"/></w:num>'))


def dutch_word(data):
    """Renames the style ids the way Dutch Word saves them, and fixes the timestamps."""
    source = zipfile.ZipFile(io.BytesIO(data))
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info.filename)
            if info.filename in ("word/styles.xml", "word/document.xml", "word/footnotes.xml", "word/numbering.xml"):
                text = content.decode("utf-8")
                for english, dutch in DUTCH_IDS.items():
                    text = re.sub(f'(w:styleId|w:val)="{english}"', f'\\1="{dutch}"', text)
                content = text.encode("utf-8")
            entry = zipfile.ZipInfo(info.filename, (2024, 2, 1, 9, 0, 0))
            entry.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(entry, content)
    return output.getvalue()


def save(document, name, add_footnotes=None):
    buffer = io.BytesIO()
    document.save(buffer)
    data = buffer.getvalue()
    if add_footnotes:
        data = add_footnotes(data)
    with open(os.path.join(HERE, name), "wb") as handle:
        handle.write(dutch_word(data))


def with_footnote(data):
    """Adds word/footnotes.xml with one footnote, its relationship and content type."""
    source = zipfile.ZipFile(io.BytesIO(data))
    output = io.BytesIO()
    footnotes = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<w:footnotes {nsdecls("w")}>'
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
        '<w:footnote w:id="1"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>'
        '<w:r><w:t xml:space="preserve"> Volgens de Staat van de Volkshuisvesting 2023.</w:t></w:r></w:p></w:footnote>'
        '</w:footnotes>')
    with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info.filename)
            if info.filename == "word/_rels/document.xml.rels":
                content = content.replace(b"</Relationships>", b'<Relationship Id="rIdVoetnoten" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/></Relationships>')
            if info.filename == "[Content_Types].xml":
                content = content.replace(b"</Types>", b'<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>')
            target.writestr(info, content)
        target.writestr("word/footnotes.xml", footnotes)
    return output.getvalue()


def woningmarkt():
    document = Document()
    numbering(document)
    link = document.part.relate_to(SAFELINK.replace("&amp;", "&"), RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    paragraph(document, run("Themagroep Woningmarkt"), style="Title")
    paragraph(document, run("In 2023 kwam de themagroep vier keer bijeen. De "
                            + "wethouders spraken over de ") + run("woondeals", bold=True)
              + run(" en over de ") + run("Wet versterking regie volkshuisvesting", italic=True) + run("."))
    paragraph(document, run("Bijeenkomsten"), style="Heading1")
    paragraph(document, run("De groep sprak met:"))
    paragraph(document, run("het ministerie van BZK;"), style="ListParagraph", numbering=(70, 0))
    paragraph(document, run("de provincies, in het bijzonder "), style="ListParagraph", numbering=(70, 0))
    paragraph(document, run("Noord-Brabant"), style="ListParagraph", numbering=(70, 1))
    paragraph(document, run("corporaties en huurders."), style="ListParagraph", numbering=(70, 0))
    paragraph(document, run("Resultaten"), style="Heading1")
    paragraph(document, run("De groep bereikte drie dingen:"))
    paragraph(document, run("afspraken over ") + run("sociale huur", style="Strong") + run(";"), style="ListParagraph", numbering=(71, 0))
    paragraph(document,
              run("een reactie op de internetconsultatie")
              + '<w:ins w:id="11" w:author="Secretaris" w:date="2024-01-20T10:00:00Z"><w:r><w:t xml:space="preserve"> van december</w:t></w:r></w:ins>'
              + '<w:del w:id="12" w:author="Secretaris" w:date="2024-01-20T10:00:00Z"><w:r><w:delText xml:space="preserve"> (concept)</w:delText></w:r></w:del>'
              + run(";"), style="ListParagraph", numbering=(71, 0))
    paragraph(document, run("een gezamenlijke lobby.") + '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="1"/></w:r>',
              style="ListParagraph", numbering=(71, 0))
    paragraph(document, run("Lees ook ") + f'<w:hyperlink r:id="{link}" w:history="1">' + run("de reactie van de G40", style="Hyperlink") + "</w:hyperlink>" + run("."))
    table = document.add_table(rows=3, cols=2)
    for row, (city, amount) in enumerate([("Gemeente", "Woningen"), ("Assen", "1.200"), ("Delft", "2.400")]):
        table.cell(row, 0).text = city
        table.cell(row, 1).text = amount
    paragraph(document, run("Het budget voor 2024 is vastgesteld."))
    document.add_comment(document.paragraphs[-1].runs, text="Klopt dit bedrag nog?", author="Voorzitter")
    save(document, "woningmarkt-secretaris.docx", add_footnotes=with_footnote)


def armoede():
    document = Document()
    paragraph(document, run("Armoede en schulden", bold=True))
    paragraph(document, run("De themagroep richtte zich op bestaans\u00adzekerheid.") + "<w:r><w:softHyphen/></w:r>")
    paragraph(document, run("Wat deden we", bold=True))
    paragraph(document, run("•") + "<w:r><w:tab/></w:r>" + run("een manifest: ‘Geen pleisters meer!’"))
    paragraph(document, run("•") + "<w:r><w:tab/></w:r>" + run("een brief aan de Tweede Kamer"))
    paragraph(document, run("Met vriendelijke groet,") + "<w:r><w:br/></w:r>" + run("het secretariaat"))
    save(document, "armoede-zonder-stijlen.docx")


if __name__ == "__main__":
    woningmarkt()
    armoede()
