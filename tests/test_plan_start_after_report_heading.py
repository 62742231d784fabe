"""Where a plan's first header looks back for the statement printed above it: never past a report
heading. A SAR's last labelled recommendation ("Recommendation 5" and its sentence) printed just
before "8. The Board's response and action plan" is the report's, not the plan's first statement:
claimed by the plan, it was lost as a recommendation. Built as Word builds it (python-docx)."""

from __future__ import annotations

import sys
from pathlib import Path

from dhrparse.pipeline import extract

sys.path.insert(0, str(Path(__file__).parent))
from docx_build import add_row, heading, make_table, new_doc, para  # noqa: E402

RECS = [
    "The Board should ask Ashcombe Community Health NHS Trust to stop closing cases after missed visits.",
    "The Board should publish a briefing on hearing the adult's own voice in safeguarding enquiries.",
    "Ashcombe City Council Adult Social Care should not close a concern on the strength of a call with "
    "the person alleged to cause harm; the adult should be visited.",
]


def _report(tmp_path: Path, between: list[str]) -> Path:
    doc = new_doc()
    heading(doc, "7. Recommendations to the Board", 1)
    para(doc, "The reviewer makes the following recommendations to Ashcombe Safeguarding Adults Board.")
    for n, text in enumerate(RECS, 1):
        para(doc, f"Recommendation {n}", bold=True)
        para(doc, text)
    heading(doc, "8. The Board's response and action plan", 1)
    for text in between:
        para(doc, text)
    widths = [1.5, 6, 3.5, 2.5, 2.5]
    table = make_table(doc, ["Ref", "Action", "Lead", "Target", "Status"], widths)
    add_row(
        table,
        ["1", "Audit closures after missed visits", "Community Health Trust", "March 2024", "Complete"],
        widths,
    )
    add_row(
        table, ["2", "Publish the practice briefing", "Board business unit", "June 2024", "Ongoing"], widths
    )
    add_row(
        table,
        ["3", "Require a visit before closing a concern", "Adult Social Care", "April 2024", "Complete"],
        widths,
    )
    path = tmp_path / "sar.docx"
    doc.save(path)
    return path


def test_the_last_recommendation_before_the_plans_section_stays_a_recommendation(tmp_path):
    result = extract(_report(tmp_path, ["The Board accepted all three recommendations in October 2023."]))
    assert [r.ref for r in result.recommendations] == ["1", "2", "3"]
    assert result.recommendations[2].text.startswith("Ashcombe City Council Adult Social Care should not")
    assert [a.status.value for a in result.actions] == ["complete", "in_progress", "complete"]


def test_it_stays_one_with_nothing_between_the_heading_and_the_table(tmp_path):
    result = extract(_report(tmp_path, []))
    assert [r.ref for r in result.recommendations] == ["1", "2", "3"]
    assert len(result.actions) == 3
