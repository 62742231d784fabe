#!/usr/bin/env python3
"""Build the listnums zoo document: a DHR overview report's closing chapter whose
recommendations are Word auto-numbered lists (1., 2. ... and a), b) per agency), rendered
docx -> soffice PDF -> plain `pdftotext` (no -layout), the export that prints the list
numbers apart from their items. All people, places and organisations are fictional.

Run from the repository root: python tests/zoo/listnums_build.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/, for the shared export steps

from office_export import save_rendered  # noqa: E402

STEM = "listnums_dhr_detached_list_numbers"
W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def numbered_para(doc, number, text):
    """A paragraph numbered by hand with a hanging indent ("7.3<TAB>text")."""
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(1.2)
    p.paragraph_format.first_line_indent = Cm(-1.2)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(1.2))
    p.add_run(f"{number}\t{text}")
    p.paragraph_format.space_after = Pt(6)


def new_list(doc, fmt, text):
    """A fresh Word numbering definition (real auto-numbering); returns its numId."""
    numbering = doc.part.numbering_part.element
    doc._lists = getattr(doc, "_lists", 0) + 1
    nid = 700 + doc._lists
    abstract = parse_xml(
        f'<w:abstractNum {W_NS} w:abstractNumId="{nid}"><w:multiLevelType w:val="singleLevel"/>'
        f'<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
        f'<w:pPr><w:ind w:left="720" w:hanging="720"/></w:pPr></w:lvl></w:abstractNum>'
    )
    first = numbering.find(qn("w:num"))
    if first is not None:
        first.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(parse_xml(f'<w:num {W_NS} w:numId="{nid}"><w:abstractNumId w:val="{nid}"/></w:num>'))
    return nid


def list_items(doc, nid, texts):
    for text in texts:
        p = doc.add_paragraph(style="List Paragraph")
        p._p.get_or_add_pPr().append(
            parse_xml(f'<w:numPr {W_NS}><w:ilvl w:val="0"/><w:numId w:val="{nid}"/></w:numPr>')
        )
        p.add_run(text)
        p.paragraph_format.space_after = Pt(6)


OVERVIEW = [
    "Tamsin Ravel should not have died. The review found several points at which her fear of Curtis "
    "could have been heard and acted on by the people she spoke to.",
    "Agencies mostly responded to single events. No one agency saw the full picture, and the sharing of "
    "what each of them knew was slow and partial.",
]
PANEL_LIST = [
    "Brackenford Safer Communities Partnership should run a campaign for neighbours, friends and "
    "colleagues on how to respond when someone tells them that a partner frightens them.",
    "Eastmere Constabulary should make sure that call handlers check for earlier domestic abuse "
    "calls to the same address before a call is graded.",
    "The Partnership should ask the Integrated Care Board to give GP practices a simple route to "
    "refer patients to the independent domestic violence advisers.",
    "Brackenford District Council should review how its housing officers record a tenant's request "
    "to move because of a partner, so that the request is not treated only as a repair or transfer matter.",
    "The Partnership should seek assurance from Eastmere Probation Service that checks on a person "
    "on licence include a home visit when a new partner is known.",
]
AGENCY_LISTS = [
    (
        "Eastmere Constabulary",
        [
            "The Constabulary will add a prompt to its incident log so that the grading officer sees the "
            "address history before the call is graded.",
            "The Constabulary will brief all response officers on this review's learning by the end of the year.",
        ],
    ),
    (
        "Kingsholme Medical Practice",
        [
            "The practice will hold a learning session for all clinical and reception staff on recognising "
            "controlling behaviour in a couple attending together.",
        ],
    ),
    (
        "Brackenford District Council",
        [
            "Housing officers will be trained to ask a tenant, alone, whether a transfer request is linked "
            "to abuse at home.",
            "The housing service will audit twenty transfer requests each quarter to check that the question "
            "was asked and the answer recorded.",
        ],
    ),
]


def build():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(11)
    doc.add_heading("Domestic Homicide Review: Tamsin Ravel", 0)
    doc.add_paragraph(
        "Brackenford Safer Communities Partnership. Overview report. Independent Chair: Noreen Pallister."
    )
    doc.add_paragraph("Tamsin Ravel died on 14 March 2024 at her home in Brackenford.")
    doc.add_heading("7. Conclusions and recommendations", 1)
    numbered_para(doc, "7.1", OVERVIEW[0])
    numbered_para(doc, "7.2", OVERVIEW[1])
    numbered_para(
        doc,
        "7.3",
        "The learning above has been discussed with every agency. The review panel makes the following "
        "recommendations:",
    )
    list_items(doc, new_list(doc, "decimal", "%1."), PANEL_LIST)
    numbered_para(
        doc,
        "7.4",
        "Each agency that wrote an Individual Management Review also made single agency recommendations, "
        "which the panel supports:",
    )
    for agency, items in AGENCY_LISTS:
        doc.add_heading(agency, 3)
        list_items(doc, new_list(doc, "lowerLetter", "%1)"), items)
    numbered_para(
        doc, "7.5", "The Partnership will oversee the action plan through its Domestic Abuse Board."
    )
    save_rendered(doc, HERE, STEM)


if __name__ == "__main__":
    build()
