"""A DHR overview extract's appendix plan No. | Recommendation | Accepted? (Y/N) | Action | Lead |
Target date | Evidence of completion | Status, the first three cells merged down, one
recommendation marked "N" whose Action cell only refers to the Council's response ("Not accepted –
see the Council's response below."). That row gives no one work: no action record on any route
(plan.refused_rows). On corpus text the header's unnamed "Accepted?" column no longer takes
"Evidence" out of "Evidence of completion" (plan.tracker_header), its "Y" / "N" cells are
acceptance letters, and the refused row is left out of the first lines' cut (zoo:
tests/zoo/pending/build_dhr_extract_src_marks_accepted_plan_marlcombe.py)."""

from __future__ import annotations

from pathlib import Path

from conftest import extracted

PENDING = Path(__file__).resolve().parent / "zoo" / "pending"
STEM = "dhr_extract_chronology_src_marks_plan_accepted_y_n_evidence_col_marlcombe"
OPENINGS = ["Publish", "Add", "Remind", "Change", "Audit"]


def test_the_refused_recommendation_makes_no_action_on_pdf_and_word():
    for route in ("pdf", "docx"):
        doc = extracted(PENDING / f"{STEM}.{route}")
        assert [a.action.split()[0] for a in doc.actions] == OPENINGS, route
        assert not any("Not accepted" in a.action for a in doc.actions)


def test_corpus_text_reads_the_accepted_rows():
    doc = extracted(PENDING / f"{STEM}.corpus.txt")
    assert [a.action.split()[0] for a in doc.actions] == OPENINGS
    assert [a.recommendation_ref for a in doc.actions] == ["1", "1", "2", "4", "4"]
    assert [a.status.value for a in doc.actions] == [
        "complete",
        "in_progress",
        "complete",
        "in_progress",
        "not_started",
    ]
    assert [a.target_date.raw for a in doc.actions] == [
        "31/01/2023",
        "30/06/2023",
        "28/02/2023",
        "31/03/2023",
        "30/09/2023",
    ]
