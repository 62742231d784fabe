"""A plan row answering a recommendation the agencies did not accept ("Not accepted – see the
Council's response below.", no lead, no date) makes no action (plan.refused_rows); the reader is
told so, a `plan_row_refused` warning naming the row and quoting its cell at its place, so no
row of the plan is left out in silence.

Zoo: tests/zoo/pending/build_dhr_extract_src_marks_accepted_plan_marlcombe.py."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import extracted

PENDING = Path(__file__).resolve().parent / "zoo" / "pending"
STEM = "dhr_extract_chronology_src_marks_plan_accepted_y_n_evidence_col_marlcombe"


@pytest.mark.parametrize("route", ["pdf", "docx"])
def test_the_refused_row_is_told(route):
    doc = extracted(PENDING / f"{STEM}.{route}")
    refused = [w for w in doc.warnings if w.code == "plan_row_refused"]
    assert len(refused) == 1
    assert "'3'" in refused[0].message and "Not accepted" in refused[0].message
    assert refused[0].location.line_start is not None
    assert not any("Not accepted" in a.action for a in doc.actions)
