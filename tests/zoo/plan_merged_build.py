"""Build the merged-cell action-plan zoo documents as real Word tables.

Published plans are Word tables in which one recommendation cell is merged down over the
rows of all its actions, or printed as a shaded band across the table above them. The
text route of these documents is the layout-preserving PDF-to-text export (`pdftotext
-layout`), the way such a plan reaches a text file. All people, places and bodies are
fictional; the wording is our own.

    python tests/zoo/plan_merged_build.py          # writes .docx, .pdf and .txt beside it
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/, for the shared export steps

from office_export import save_rendered  # noqa: E402


def new_document(footer_text: str) -> Document:
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(9)
    section = doc.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(1.8))
    footer = section.footer.paragraphs[0]
    footer.text = footer_text
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return doc


def spaced_document(footer_text: str, title: str, subtitle: str) -> Document:
    """A landscape plan in the house style with airy lines and space after every paragraph
    (table cells too), its bold title and subtitle above the table: plain pdftotext prints
    each of its printed lines as a block of its own (the zoo's spaced-style text plans)."""
    doc = new_document(footer_text)
    doc.styles["Normal"].font.size = Pt(10.5)
    doc.styles["Normal"].paragraph_format.line_spacing = 1.45
    doc.styles["Normal"].paragraph_format.space_after = Pt(9)
    doc.add_paragraph().add_run(title).bold = True
    doc.add_paragraph(subtitle)
    return doc


def shade(cell, fill: str) -> None:
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shd)


def write(cell, text: str, bold: bool = False) -> None:
    parts = text.split("\n")
    cell.paragraphs[0].text = ""
    cell.paragraphs[0].add_run(parts[0]).bold = bold
    for part in parts[1:]:
        cell.add_paragraph().add_run(part).bold = bold


def table(doc, headers: list[str], widths: list[float], repeat: bool = True):
    t = doc.add_table(rows=1, cols=len(headers))
    t.style = "Table Grid"
    t.autofit = False
    for cell, head in zip(t.rows[0].cells, headers):
        write(cell, head, bold=True)
        shade(cell, "D9E2F3")
    if repeat:
        flag = OxmlElement("w:tblHeader")
        flag.set(qn("w:val"), "true")
        t.rows[0]._tr.get_or_add_trPr().append(flag)
    t.widths = widths
    for cell, width in zip(t.rows[0].cells, widths):
        cell.width = Cm(width)
    for column, width in zip(t.columns, widths):
        column.width = Cm(width)
    return t


def row(t, values: list[str]) -> None:
    cells = t.add_row().cells
    for cell, value, width in zip(cells, values, t.widths):
        write(cell, value)
        cell.width = Cm(width)


def merged_rows(t, merged: list[int], first: list[str], actions: list[list[str]]) -> None:
    """One recommendation's rows: the columns in `merged` hold one cell spanning them all."""
    start = len(t.rows)
    for k, action in enumerate(actions):
        values = list(action)
        for col in merged:
            values.insert(col, first[merged.index(col)] if k == 0 else "")
        row(t, values)
    for col in merged:
        if len(actions) > 1:
            t.cell(start, col).merge(t.cell(start + len(actions) - 1, col))


def band(t, text: str) -> None:
    """A recommendation printed as a shaded row across the whole table."""
    cells = t.add_row().cells
    merged = cells[0].merge(cells[-1])
    write(merged, text, bold=True)
    shade(merged, "F2F2F2")


def key_table(doc, entries: list[tuple[str, str]]) -> None:
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for letter, meaning in entries:
        cells = t.add_row().cells
        write(cells[0], letter, bold=True)
        write(cells[1], meaning)
        cells[0].width, cells[1].width = Cm(1.5), Cm(14)
    doc.add_paragraph()


# ------------------------------------------------------------ 1. RAG tracker, merged cells

TRACKER = [
    (
        "Recommendation 1\nThe Board should obtain assurance that hospital discharge teams share a written "
        "plan with the adult's GP and home care provider before any discharge home.",
        [
            [
                "1.1",
                "Audit twenty discharges of adults receiving home care and report findings.",
                "Head of Quality, Ridgemere Hospitals NHS Trust",
                "31 January 2025",
                "Audit under way; fourteen case files reviewed so far.",
                "G",
            ],
            [
                "1.2",
                "Add a discharge plan section to the electronic handover letter.",
                "Chief Clinical Information Officer",
                "Spring 2025",
                "Specification agreed with supplier.",
                "A",
            ],
            [
                "1.3",
                "Brief ward managers on the revised discharge checklist.",
                "Deputy Chief Nurse",
                "Oct 2024",
                "Briefings delivered at all six ward meetings.",
                "B",
            ],
        ],
    ),
    (
        "Recommendation 2\nHarrowfield Council should make sure that home care providers know how to raise "
        "a concern when an adult refuses personal care for more than two visits.",
        [
            [
                "2.1",
                "Issue practice guidance on refused care visits to all commissioned providers.",
                "Commissioning Manager, Harrowfield Council",
                "30/09/2024",
                "Guidance issued to 31 providers in September.",
                "Blue",
            ],
            [
                "2.2",
                "Include refused visits in the quarterly provider monitoring return.",
                "Contracts and Quality Team",
                "Q4 2024/25",
                "Not yet begun; return being redesigned.",
                "R",
            ],
        ],
    ),
    (
        "Recommendation 3\nAll partner agencies should check that staff who visit adults at home have "
        "completed self-neglect training in the last two years.",
        [
            [
                "3.1",
                "Each agency to report its training figures to the Learning Subgroup.",
                "Chair, Learning Subgroup",
                "March 2025",
                "Five of eight agencies have reported.",
                "Amber",
            ],
        ],
    ),
    (
        "Recommendation 4\nThe Board should ask the regional safeguarding network to consider a shared "
        "template for escalating concerns about home care.",
        [
            [
                "4.1",
                "Board Manager to raise the template at the next regional network meeting.",
                "Board Manager, HSAB",
                "Nov 2024",
                "Raised in November; network agreed to draft a template.",
                "Green",
            ],
            [
                "4.2",
                "Share the regional template with partners once agreed.",
                "Board Manager, HSAB",
                "TBC",
                "Waiting for the regional draft.",
                "Red",
            ],
        ],
    ),
]


def build_tracker() -> Path:
    doc = new_document("Harrowfield Safeguarding Adults Board – SAR Mr D – action plan tracker")
    doc.add_paragraph("Harrowfield Safeguarding Adults Board")
    doc.add_paragraph("Safeguarding Adults Review concerning Mr D – Action Plan Tracker")
    doc.add_paragraph(
        "Mr D was 84 when he died in March 2023 after a fall at home. The review was led by independent "
        "reviewer Priya Lomax and published in June 2024. Partners update this tracker each quarter."
    )
    doc.add_paragraph("Key to ratings")
    key_table(
        doc,
        [
            ("B", "Blue – action complete and assurance received"),
            ("G", "Green – in progress and on schedule"),
            ("A", "Amber – in progress but behind schedule"),
            ("R", "Red – not yet started"),
        ],
    )
    widths = [1.3, 6.5, 6.0, 3.8, 2.4, 4.6, 1.5]
    t = table(
        doc,
        ["No.", "Recommendation", "Action", "Lead officer", "Target date", "Progress update", "Rating"],
        widths,
    )
    for rec, actions in TRACKER:
        merged_rows(t, [1], [rec], actions)
    doc.add_paragraph()
    doc.add_paragraph("Position at 30 November 2024: 3 actions rated Blue, 2 Green, 2 Amber, 1 Red.")
    return _save(doc, "plan_merged_rag_tracker")


# --------------------------------------------- 2. recommendation bands across the table

BANDS = [
    (
        "Recommendation 1: Lowmoor Safeguarding Children Partnership should make sure that practitioners "
        "seek the views of fathers and other male carers in every child protection assessment.",
        [
            [
                "1.1",
                "Add a prompt on male carers to the child and family assessment template.",
                "Lowmoor Council Children's Services",
                "December 2024",
                "Prompt live in the case recording system.",
                "Complete",
            ],
            [
                "1.2",
                "Run two practice workshops on engaging fathers.",
                "LSCP Training Coordinator",
                "By March 2025",
                "",
                "On track – first workshop held",
            ],
        ],
    ),
    (
        "Recommendation 2: The health visiting service and maternity unit should agree how information "
        "about a parent's mental health is passed on at the transfer of care.",
        [
            [
                "2.1",
                "Write a joint transfer-of-care standard.",
                "Lowmoor Community Health NHS Trust",
                "28/02/2025",
                "Draft circulated to midwifery leads.",
                "In progress",
            ],
            [
                "2.2",
                "Audit ten transfers after the standard is in use.",
                "Named Midwife for Safeguarding",
                "Six months after launch",
                "",
                "Not due yet",
            ],
        ],
    ),
    (
        "Recommendation 3: The Partnership should ask the Department for Education to include male carers "
        "in the next revision of national assessment guidance.",
        [
            [
                "3.1",
                "Independent Scrutineer to write to the Department.",
                "LSCP Independent Scrutineer",
                "Immediate",
                "Letter sent 2 September 2024.",
                "Complete",
            ],
        ],
    ),
]


def build_bands() -> Path:
    doc = new_document("Lowmoor Safeguarding Children Partnership – Child M – action plan")
    doc.add_paragraph("Lowmoor Safeguarding Children Partnership")
    doc.add_paragraph("Local Child Safeguarding Practice Review: Child M – Action Plan")
    doc.add_paragraph(
        "Child M died in August 2023, aged seven months. The review was written by Alan Petrie, independent "
        "reviewer. The partners agreed these actions in July 2024."
    )
    widths = [1.3, 8.0, 5.0, 3.0, 5.0, 3.8]
    t = table(doc, ["Ref", "Action", "Lead", "Target date", "Measure of success", "Update"], widths)
    for rec, actions in BANDS:
        band(t, rec)
        for action in actions:
            row(t, action)
    doc.add_paragraph()
    doc.add_paragraph("Plan reviewed by the Partnership's Learning and Improvement Group, October 2024.")
    return _save(doc, "plan_merged_rec_bands")


# --------------------------------- 3. agency tables, recommendation cell merged down, no ref

AGENCY_HEADERS = ["Recommendation", "Scope", "Action", "Lead agency", "Target date", "Outcome"]
AGENCY_WIDTHS = [7.0, 1.8, 6.5, 4.0, 2.4, 4.4]
OVERVIEW = [
    (
        "1. Saltmarsh Community Safety Partnership should ensure that every agency's domestic abuse policy "
        "names the local specialist service and explains how a victim is referred to it, and should check "
        "each year that the policies are kept up to date with the service's current contact arrangements.",
        "Local",
        [
            [
                "Collect the domestic abuse policies of all partner agencies and compare them.",
                "Saltmarsh CSP Manager",
                "June 2024",
                "Complete – review of 14 policies finished in May 2024",
            ],
            [
                "Write to each agency whose policy omits the specialist service.",
                "Saltmarsh CSP Manager",
                "Aug-24",
                "Complete",
            ],
            [
                "Add an annual policy check to the partnership's work programme.",
                "Saltmarsh CSP Board",
                "Annually",
                "Ongoing – first check due in May",
            ],
        ],
    ),
    (
        "2. The Home Office should consider publishing guidance for employers on supporting staff who "
        "disclose domestic abuse.",
        "National",
        [
            [
                "Chair to write to the Home Office with a copy of the report.",
                "Independent Chair",
                "On publication",
                "Not started",
            ]
        ],
    ),
]
AGENCIES = [
    (
        "Saltmarsh General Practice Group",
        [
            (
                "1. GP practices should record a patient's disclosure of domestic abuse with a coded entry "
                "visible to every clinician in the practice.",
                "Local",
                [
                    [
                        "Send coding guidance to all practices in the group.",
                        "Practice Group Safeguarding Lead",
                        "Q1 2024/25",
                        "Complete – guidance sent April 2024",
                    ],
                    [
                        "Check coding in a sample of 40 records.",
                        "Practice Group Safeguarding Lead",
                        "Dec 2024",
                        "In progress – 25 records checked",
                    ],
                ],
            )
        ],
    ),
    (
        "Saltmarsh Housing Association",
        [
            (
                "1. The Association should offer a joint tenancy review when a tenant reports abuse by a "
                "joint tenant.",
                "Local",
                [
                    [
                        "Amend the tenancy management procedure.",
                        "Head of Tenancy Services",
                        "31/03/2025",
                        "Not yet started",
                    ]
                ],
            )
        ],
    ),
]


def build_agency_tables() -> Path:
    doc = new_document("Saltmarsh CSP – DHR Jenna – action plan")
    doc.add_paragraph("Saltmarsh Community Safety Partnership")
    doc.add_paragraph("Domestic Homicide Review: Jenna – Action Plan")
    doc.add_paragraph(
        "Jenna was 37 when she was killed by her husband in October 2022. The independent chair and author "
        "of the review was Graham Okafor."
    )
    doc.add_paragraph("Overview Recommendations")
    t = table(doc, AGENCY_HEADERS, AGENCY_WIDTHS)
    for rec, scope, actions in OVERVIEW:
        merged_rows(t, [0, 1], [rec, scope], actions)
    doc.add_page_break()
    doc.add_paragraph("Single Agency Recommendations")
    for agency, recs in AGENCIES:
        doc.add_paragraph(agency)
        t = table(doc, AGENCY_HEADERS, AGENCY_WIDTHS)
        for rec, scope, actions in recs:
            merged_rows(t, [0, 1], [rec, scope], actions)
        doc.add_paragraph()
    return _save(doc, "plan_merged_agency_tables")


def _save(doc, stem: str) -> Path:
    return save_rendered(doc, HERE, stem, layout=True)


if __name__ == "__main__":
    for build in (build_tracker, build_bands, build_agency_tables):
        print(build())
