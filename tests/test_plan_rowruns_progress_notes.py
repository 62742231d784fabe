"""A plan plain pdftotext printed row after row (plan.row_runs) whose progress notes end on a
body's name ("Letter approved by the Board", "Signed off at the November Board"): the note is the
row's milestone, printed after its target date, not a second lead opening a row of its own; and
the ref column's codes printed after the last row ("1b", "2a", then the page's foot) end the
run. Before, such a row lost its RAG letter, and the row below lost its own as printed late."""

from __future__ import annotations

from pathlib import Path

from conftest import extracted

ZOO = Path(__file__).parent / "zoo"


def _rows(name: str) -> dict[str, tuple]:
    doc = extracted(ZOO / name)
    return {
        a.ref: (a.lead, a.target_date.raw if a.target_date else None, a.status.raw if a.status else None)
        for a in doc.actions
    }


def test_a_note_ending_on_a_body_is_the_rows_milestone_and_its_rag_letter_is_placed():
    rows = _rows("plan_plain_sar_rag_progress.txt")
    assert rows["2(a)"] == ("SAB Business Manager", "June 2023", "G")
    assert rows["4(a)"] == ("Wendlesham Carers Hub", "January 2024", "G")


def test_every_row_keeps_its_own_lead_date_and_rag_letter():
    rows = _rows("plan_plain_sar_rag_progress.txt")
    assert [rows[ref][2] for ref in ("1(a)", "1(b)", "2(a)", "3(a)", "4(a)")] == ["G", "A", "G", "R", "G"]
    assert rows["3(a)"] == ("Wendlesham Adult Social Care", "Dec 2023", "R")
