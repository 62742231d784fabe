"""Build two recommendations zoo documents as Word files, their PDF export and its plain
`pdftotext` text (no -layout: the export prints a borderless table column by column).

* recs_agency_table_plain: a short DHR overview's closing chapters: the panel's numbered
  recommendations, then "Individual agency recommendations" in an "Agency | Recommendation"
  table, one agency holding two rows (its name printed on the first only), long agency names
  wrapping inside their cell.
* recs_agency_table_numbered: an executive summary's single-agency recommendations in an
  "Agency | No. | Recommendation" table, numbered from 1 within each agency.

All people, places and bodies are fictional; the wording is our own.

    python tests/zoo/recs_agency_table_build.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx import Document
from docx.shared import Cm, Pt
from plan_merged_build import row, table

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/, for the shared export steps

from office_export import save_rendered  # noqa: E402

PLAIN_ROWS = [
    (
        "Ashcombe Constabulary",
        "Response officers to record the names of all adults present at a domestic call.",
    ),
    ("", "Supervisors to check within one week that repeat callers have been referred to an IDVA."),
    ("Ashcombe and Tarrow Mental Health Trust", "Care coordinators to ask about abuse at every review."),
    ("Tarrow Valley Women's Refuge", "Outreach workers to confirm each closed case with the referrer."),
    (
        "Ashcombe Borough Council Housing",
        "Tenancy officers to be trained to recognise controlling behaviour.",
    ),
]

NUMBERED_ROWS = [
    ("Pellham Police", "1", "Remind call handlers to ask whether the caller is safe to speak freely."),
    ("", "2", "Review how repeat reports about the same couple are linked on the incident log."),
    ("Pellham Citizens Advice", "1", "Add a routine question about abuse to the debt advice interview."),
    (
        "Pellham and Ostley Integrated Care Board",
        "1",
        "Circulate a briefing to practices on coercive control.",
    ),
    ("", "2", "Audit whether referrals from practices reach the MARAC coordinator within a week."),
]


def _document() -> Document:
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    return doc


def _unruled(t) -> None:
    t.style = None  # borderless, as many reports set such summary tables


def plain() -> None:
    doc = _document()
    doc.add_paragraph("Ashcombe Community Safety Partnership")
    doc.add_paragraph("Domestic Homicide Review: Overview Report into the death of Mrs Lena Hartley")
    doc.add_heading("9. Recommendations", 1)
    doc.add_paragraph("9.1 The panel makes the following recommendations.")
    doc.add_paragraph(
        "1. Ashcombe Community Safety Partnership should ask its partners to confirm that staff "
        "are trained to recognise economic abuse."
    )
    doc.add_paragraph(
        "2. Ashcombe Community Safety Partnership should publish guidance for neighbours and "
        "colleagues on how to report their concerns."
    )
    doc.add_heading("10. Individual agency recommendations", 1)
    doc.add_paragraph(
        "10.1 The agencies that wrote individual management reviews made these recommendations "
        "for their own services; the panel accepted each of them."
    )
    t = table(doc, ["Agency", "Recommendation"], [5.0, 11.0], repeat=False)
    for agency, text in PLAIN_ROWS:
        row(t, [agency, text])
    _unruled(t)
    doc.add_heading("11. Conclusion", 1)
    doc.add_paragraph("11.1 The panel thanks Lena's family for their help with this review.")
    _save(doc, "recs_agency_table_plain")


def numbered() -> None:
    doc = _document()
    doc.add_paragraph("Pellham Safer Communities Partnership")
    doc.add_paragraph("Domestic Homicide Review: Executive Summary (Mr Owen Darby)")
    doc.add_heading("5. Conclusions", 1)
    doc.add_paragraph("5.1 The panel found that Owen's death could not have been predicted.")
    doc.add_heading("6. Single agency recommendations", 1)
    doc.add_paragraph(
        "6.1 Each agency that wrote an IMR set out its own recommendations, listed here as written."
    )
    t = table(doc, ["Agency", "No.", "Recommendation"], [4.5, 1.2, 10.5], repeat=False)
    for agency, number, text in NUMBERED_ROWS:
        row(t, [agency, number, text])
    _unruled(t)
    doc.add_heading("7. Publication", 1)
    doc.add_paragraph("7.1 This summary will be published with the overview report.")
    _save(doc, "recs_agency_table_numbered")


def _save(doc, stem: str) -> None:
    save_rendered(doc, HERE, stem)


if __name__ == "__main__":
    plain()
    numbered()
