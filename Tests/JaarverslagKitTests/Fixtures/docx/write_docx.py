"""Writes fragment bodies as Word documents with python-docx, for the import round-trip test.

    python3 write_docx.py IN.json OUT.docx [IN.json OUT.docx ...]

Each IN.json is a list of blocks as the test serialises them:
  {"type": "paragraph" | "heading", "level": 1, "runs": [...]}
  {"type": "bullet" | "ordered" | "lettered", "start": 1, "items": [[block, ...], ...]}
  {"type": "quote", "blocks": [...]}
and each run is {"text": "...", "bold": false, "italic": false, "link": null}; "\\n" is a
line break.

The document is written the way Word users make one: lists through the built-in list styles
(List Bullet, List Bullet 2, List Continue), numbered lists restarted with their own w:num and
a startOverride, lettered lists through a lowerLetter definition, links as w:hyperlink with a
relationship. This is the second independent .docx writer next to pandoc.
"""

import json
import sys

from docx import Document
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

LETTERED_ABSTRACT = 990


class Writer:
    def __init__(self):
        self.document = Document()
        self.numbering = self.document.part.numbering_part.element
        self.next_num = 900
        self.numbering.append(parse_xml(
            f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{LETTERED_ABSTRACT}">'
            '<w:multiLevelType w:val="hybridMultilevel"/>'
            '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/>'
            '<w:lvlText w:val="%1)"/><w:lvlJc w:val="left"/>'
            '<w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>'))
        # The abstract definition that the built-in List Number style uses.
        style = self.document.styles["List Number"].element
        num_id = style.find(qn("w:pPr")).find(qn("w:numPr")).find(qn("w:numId")).get(qn("w:val"))
        num = [n for n in self.numbering.findall(qn("w:num")) if n.get(qn("w:numId")) == num_id][0]
        self.decimal_abstract = num.find(qn("w:abstractNumId")).get(qn("w:val"))

    def new_num(self, abstract, start):
        self.next_num += 1
        num = parse_xml(
            f'<w:num {nsdecls("w")} w:numId="{self.next_num}"><w:abstractNumId w:val="{abstract}"/>'
            f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="{start}"/></w:lvlOverride></w:num>')
        self.numbering.append(num)
        return self.next_num

    def runs(self, paragraph, runs):
        for run in runs:
            if run.get("link"):
                relationship = self.document.part.relate_to(run["link"], RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
                hyperlink = parse_xml(f'<w:hyperlink {nsdecls("w", "r")} r:id="{relationship}"/>')
                hyperlink.append(self.run_element(run, style="Hyperlink"))
                paragraph._p.append(hyperlink)
            else:
                paragraph._p.append(self.run_element(run))

    def run_element(self, run, style=None):
        properties = ""
        if style:
            properties += f'<w:rStyle w:val="{style}"/>'
        if run.get("bold"):
            properties += "<w:b/>"
        if run.get("italic"):
            properties += "<w:i/>"
        pieces = run["text"].split("\n")
        content = '<w:br/>'.join(
            f'<w:t xml:space="preserve">{escape(piece)}</w:t>' for piece in pieces)
        return parse_xml(
            f'<w:r {nsdecls("w")}>' + (f"<w:rPr>{properties}</w:rPr>" if properties else "") + content + "</w:r>")

    def paragraph(self, runs, style=None, numbering=None):
        paragraph = self.document.add_paragraph(style=style)
        if numbering is not None:
            properties = paragraph._p.get_or_add_pPr()
            properties.append(parse_xml(
                f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{numbering[1]}"/><w:numId w:val="{numbering[0]}"/></w:numPr>'))
        self.runs(paragraph, runs)

    def blocks(self, blocks, level=0, quote=False):
        for block in blocks:
            kind = block["type"]
            if kind == "heading":
                self.paragraph(block["runs"], style=f"Heading {block['level']}")
            elif kind == "paragraph":
                self.paragraph(block["runs"], style="Quote" if quote else None)
            elif kind == "quote":
                self.blocks(block["blocks"], level, quote=True)
            else:
                self.list(block, level)

    def list(self, block, level):
        kind = block["type"]
        suffix = "" if level == 0 else f" {level + 1}"
        number = None
        if kind == "ordered":
            number = (self.new_num(self.decimal_abstract, block.get("start", 1)), level)
        elif kind == "lettered":
            number = (self.new_num(LETTERED_ABSTRACT, 1), 0)
        for item in block["items"]:
            first, rest = item[0] if item else {"type": "paragraph", "runs": []}, item[1:]
            if kind == "bullet":
                self.paragraph(first.get("runs", []), style=f"List Bullet{suffix}")
            else:
                self.paragraph(first.get("runs", []), style="List Paragraph", numbering=number)
            for inner in rest:
                if inner["type"] == "paragraph":
                    self.paragraph(inner["runs"], style=f"List Continue{suffix}" if kind != "lettered" else None)
                else:
                    self.blocks([inner], level + 1 if kind != "lettered" else 0)


def escape(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def main(arguments):
    for source, target in zip(arguments[0::2], arguments[1::2]):
        with open(source, encoding="utf-8") as handle:
            blocks = json.load(handle)
        writer = Writer()
        writer.blocks(blocks)
        writer.document.save(target)


if __name__ == "__main__":
    main(sys.argv[1:])
