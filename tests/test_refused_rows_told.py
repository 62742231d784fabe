"""Rows answering a recommendation not accepted are told wherever a reader leaves them out
(plan.refused_rows): on corpus text, where a tracker's cells are joined on each printed line,
the row's first line is left out of the tracker's cut (`refused_first_lines`) and no row is made
of it, so the plan reader warns `plan_row_refused` at that line itself, as the actions reader
does for such a row of a table of cells. A plan with no refused row gains no such warning.

Zoo: tests/zoo/pending/ marlcombe's extract with an "Accepted? (Y/N)" plan."""

from __future__ import annotations

from pathlib import Path

from conftest import extracted

PENDING = Path(__file__).resolve().parent / "zoo" / "pending"
STEM = "dhr_extract_chronology_src_marks_plan_accepted_y_n_evidence_col_marlcombe"
OTHER = "dhr_plan_performance_export_rec_action_rows_pellerby"


def test_the_refused_first_line_is_told_at_its_place():
    doc = extracted(PENDING / f"{STEM}.corpus.txt")
    refused = [w for w in doc.warnings if w.code == "plan_row_refused"]
    assert len(refused) == 1
    assert "Not accepted" in refused[0].message
    line = refused[0].location.line_start
    text = (PENDING / f"{STEM}.corpus.txt").read_text(encoding="utf-8").splitlines()[line - 1]
    assert "Not accepted" in text
    assert not any("Not accepted" in a.action for a in doc.actions)
    assert len(doc.actions) == 5


def test_no_refusal_no_warning():
    doc = extracted(PENDING / f"{OTHER}.corpus.txt")
    assert not [w for w in doc.warnings if w.code == "plan_row_refused"]
