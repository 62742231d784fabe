"""Build two recommendations zoo documents as Word files, their PDF export and its plain
`pdftotext` text (the three routes a published document reaches us by).

* recs_agency_plan_titled_labelled: a single agency's internal action plan whose document
  title (large bold lines set by hand) says "action plan", numbered chapters in "Heading 1", the
  recommendations addressed to the agency as labelled paragraphs (overview numbers and the
  agency's own IMR ones), then the action table. The PDF reader ranks the title above the
  chapters by its type size, so the chapters come out one level below the title.
* recs_board_named_in_footer: a Safeguarding Adults Review whose board's full name is printed
  only in the running foot; the body says "the Board" and names other bodies ending in
  "Board" or "Partnership" (a programme board, an executive partnership).

All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/recs_s6_build.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Cm, Pt
from plan_merged_build import table, write

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/, for the shared export steps

from office_export import save_rendered  # noqa: E402


def _document(footer_text: str) -> Document:
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin"):
        setattr(section, side, Cm(2.0))
    footer = section.footer.paragraphs[0]
    footer.text = footer_text
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return doc


def _numbered(doc, number: str, text: str) -> None:
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(1.2)
    p.paragraph_format.first_line_indent = Cm(-1.2)
    p.add_run(f"{number}\t{text}")


def _bold_line(doc, text: str, size: int) -> None:
    """A title-page line set by hand in large bold type (not a Word heading style)."""
    run = doc.add_paragraph().add_run(text)
    run.bold, run.font.size = True, Pt(size)


def _labelled(doc, label: str, text: str) -> None:
    p = doc.add_paragraph()
    p.add_run(f"{label}: ").bold = True
    p.add_run(text)


def _save(doc, stem: str) -> Path:
    return save_rendered(doc, HERE, stem, layout=True)


PLAN_RECS = [
    (
        "Recommendation 2",
        "Brackley Vale Mental Health NHS Foundation Trust should make sure that a patient's "
        "partner is asked about domestic abuse whenever the partner attends appointments with them.",
    ),
    (
        "Recommendation 7",
        "Brackley Vale Mental Health NHS Foundation Trust should tell the patient's GP in writing "
        "when a care coordinator closes a case after missed appointments.",
    ),
    (
        "IMR 1",
        "The Trust should check that crisis team notes record who else was present during a home visit.",
    ),
    ("IMR 2", "The Trust should give its duty workers refresher training on the MARAC referral route."),
]

PLAN_ROWS = [
    (
        "2.1",
        "Add a question about domestic abuse to the joint-appointment checklist",
        "Head of Community Mental Health",
        "30/06/2024",
        "Checklist changed in May 2024 and shared with all teams on 3 June 2024.",
        "Complete",
    ),
    (
        "2.2",
        "Audit twenty joint appointments for use of the checklist",
        "Clinical Audit Lead",
        "31/12/2024",
        "Sample drawn on 14 October 2024; audit under way.",
        "In progress",
    ),
    (
        "7.1",
        "Write a discharge letter template for closures after missed appointments",
        "Deputy Director of Nursing",
        "31/03/2025",
        "No work recorded yet.",
        "Not started",
    ),
    (
        "IMR1.1",
        "Add a 'people present' field to the crisis team visit record",
        "Crisis Service Manager",
        "30/09/2024",
        "Field live from 2 September 2024.",
        "Complete",
    ),
    (
        "IMR2.1",
        "Run MARAC referral refresher sessions for duty workers",
        "Named Professional for Safeguarding Adults",
        "31/01/2025",
        "Two of four sessions held (November and December 2024).",
        "In progress",
    ),
]


def build_plan() -> Path:
    doc = _document("Internal action plan – Coldwater DHR 2023/07")
    _bold_line(doc, "Brackley Vale Mental Health NHS Foundation Trust", 20)
    _bold_line(doc, "Single Agency Action Plan", 16)
    kv = doc.add_table(rows=0, cols=2)
    kv.style = "Table Grid"
    for key, value in [
        ("Review", "DHR 2023/07"),
        ("Commissioned by", "Coldwater Community Safety Partnership"),
        ("Plan lead", "Deputy Director of Nursing"),
        ("Version", "3 (January 2025)"),
    ]:
        cells = kv.add_row().cells
        write(cells[0], key, bold=True)
        write(cells[1], value)
    doc.add_paragraph()
    doc.add_paragraph("Response to the Domestic Homicide Review into the death of Marguerite")
    doc.add_heading("1. Purpose", level=1)
    _numbered(
        doc,
        "1.1",
        "Marguerite was 41 when she was killed by her husband in August 2023. She had been a "
        "patient of the Trust's community mental health team for three years.",
    )
    _numbered(
        doc,
        "1.2",
        "The overview report made nine recommendations, two of them (numbers 2 and 7) to the "
        "Trust. The Trust's Individual Management Review added two of its own (IMR 1 and IMR 2). "
        "This plan tracks those four; the Partnership monitors the rest.",
    )
    doc.add_heading("2. Recommendations for the Trust", level=1)
    for label, text in PLAN_RECS:
        _labelled(doc, label, text)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    doc.add_heading("3. Action plan", level=1)
    t = table(
        doc, ["Ref", "Action", "Lead", "Target date", "Update", "Status"], [1.7, 3.7, 2.9, 2.9, 3.3, 2.5]
    )
    for values in PLAN_ROWS:
        cells = t.add_row().cells
        for cell, value in zip(cells, values):
            write(cell, value)
    return _save(doc, "recs_agency_plan_titled_labelled")


FOOTER_RECS = [
    "The Board should seek assurance that partner agencies use the self-neglect escalation protocol "
    "when a person declines help more than twice.",
    "The Board should ask Orrinby Borough Council to review how its adult social care front door "
    "records a person's own view of the risks they face.",
    "Orrinby Borough Council should make sure that housing officers can refer directly to the "
    "self-neglect panel.",
    "The Board should publish a short guide for practitioners on assessing executive capacity.",
]


def build_footer_board() -> Path:
    doc = _document("Orrinby Safeguarding Adults Board – SAR Joan – March 2025")
    doc.add_paragraph("Safeguarding Adults Review", style="Title")
    doc.add_paragraph("Joan", style="Subtitle")
    doc.add_paragraph("Independent reviewer: Priya Calloway")
    doc.add_heading("1. Introduction", level=1)
    _numbered(
        doc,
        "1.1",
        "Joan was 78 when she died at home in January 2024 after a long period of self-neglect. "
        "She lived alone and had declined most offers of help.",
    )
    _numbered(
        doc,
        "1.2",
        "At the time the Mental Health Programme Board was redesigning community services, and "
        "the Executive Partnership had paused the self-neglect panel for six months.",
    )
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    doc.add_heading("2. Findings", level=1)
    _numbered(
        doc,
        "2.1",
        "Agencies recorded Joan's refusals but rarely asked why she refused. Her capacity was "
        "assumed rather than assessed, and no one checked whether she could carry out what she "
        "said she would do.",
    )
    _numbered(
        doc,
        "2.2",
        "Housing officers saw the state of the flat twice but did not know how to raise a "
        "concern with the self-neglect panel.",
    )
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    doc.add_heading("3. Recommendations", level=1)
    for k, text in enumerate(FOOTER_RECS, 1):
        p = doc.add_paragraph()
        p.add_run(f"Recommendation {k}").bold = True
        doc.add_paragraph(text)
    return _save(doc, "recs_board_named_in_footer")


if __name__ == "__main__":
    for build in (build_plan, build_footer_board):
        print(build())
