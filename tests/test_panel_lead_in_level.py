"""A lead-in that names the agencies' own recommendations only to set the panel's apart.

A DHR executive summary's recommendations chapter often opens "In addition to the single agency
recommendations made in the IMRs, the panel makes the following recommendations", over a
No. | Recommendation table. The words "single agency recommendations" made the table a list of
single-agency recommendations on PDF and Word (where it is read as a table), so every one of the
panel's recommendations came out at agency level; plain text, which reads no table, had them at
overview level.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from docx import Document

from dhrparse.pipeline import extract

ROWS = [
    "The Partnership should review its risk assessment protocol with every agency.",
    "Wexby Police should train its officers to recognise coercive control.",
    "The hospital trust should ask every patient about abuse when they are seen alone.",
]


def _report(lead_in: str) -> bytes:
    doc = Document()
    doc.add_paragraph("4. Recommendations")
    doc.add_paragraph(lead_in)
    table = doc.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text, table.rows[0].cells[1].text = "No.", "Recommendation"
    for n, text in enumerate(ROWS, start=1):
        cells = table.add_row().cells
        cells[0].text, cells[1].text = str(n), text
    doc.add_paragraph("4.2 The action plan is at Appendix A.")
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


@pytest.mark.parametrize(
    "lead_in",
    [
        "4.1 In addition to the single agency recommendations made in the IMRs, the panel makes the "
        "following recommendations.",
        "4.1 The panel makes three recommendations. Single agency recommendations are set out in the "
        "agencies' own reports.",
    ],
)
def test_the_panels_table_stays_at_overview_level(lead_in):
    recs = extract(_report(lead_in), name="summary.docx").recommendations
    assert [(r.ref, r.level) for r in recs] == [("1", "overview"), ("2", "overview"), ("3", "overview")]


def test_a_table_introduced_as_the_agencies_own_is_still_agency_level():
    recs = extract(
        _report("4.1 The single agency recommendations from the IMRs are listed below."), name="summary.docx"
    ).recommendations
    assert recs and all(r.level == "agency" for r in recs)


def test_the_stand_in_reads_the_panels_recommendations_at_overview_level_on_pdf_and_word():
    stem = (
        Path(__file__).parent
        / "zoo"
        / "pending"
        / "dhr_summary_panel_lead_in_no_recommendation_table_holmscar"
    )
    for suffix in (".pdf", ".docx"):
        recs = extract(stem.with_suffix(suffix)).recommendations
        assert [r.level for r in recs] == ["overview"] * 4, suffix
