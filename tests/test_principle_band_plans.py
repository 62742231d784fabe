"""A Safeguarding Adults Board's SAR plan grouped under the six safeguarding principles: Ref | SAR
rec | What we will do | Lead | By | Status under full-width band rows naming each principle, the
actions lettered by their principle ("EM1", "PV1", ...), the SAR rec column naming the
recommendation each answers ("R1", out of order). On corpus text (each printed line joining its
cells) the narrow column's name wraps ("SAR" / "rec"): the header read whole ("SAR rec" the recommendation's number beside the row's ref, plan.wrapped_columns
joined_header, plan.tracker_refs' number names), the rows are actions with both refs, and the
band rows are neither recommendations nor actions ("By" is left unnamed: the lead's cell still
takes the date, as a header naming "By" the target's broke other plans; zoo:
tests/zoo/pending/build_sab_sar_plan_principle_bands_lettered_refs_wenlow.py)."""

from __future__ import annotations

from pathlib import Path

from conftest import extracted

PENDING = Path(__file__).resolve().parent / "zoo" / "pending"
STEM = "sab_sar_plan_six_principle_bands_lettered_refs_sar_rec_col_wenlow"
REFS = ["EM1", "EM2", "PV1", "PV2", "PR1", "PR2", "PT1", "PT2", "PA1", "PA2", "AC1"]
REC_REFS = ["R1", "R3", "R2", "R4", "R1", "R2", "R3", "R5", "R2", "R4", "R5"]


def test_corpus_text_reads_each_lettered_row_as_an_action_with_its_recommendation():
    doc = extracted(PENDING / f"{STEM}.corpus.txt")
    assert [a.ref for a in doc.actions] == REFS
    assert [a.recommendation_ref for a in doc.actions] == REC_REFS
    # (the SAR rec code is its own cell, not the action's first word)
    assert [a.action.split()[0] for a in doc.actions][:3] == ["Add", "Publish", "Agree"]
    assert [a.status.value for a in doc.actions][:3] == ["complete", "in_progress", "in_progress"]


def test_band_rows_and_plan_rows_are_no_recommendations():
    for route in ("corpus.txt", "txt"):
        doc = extracted(PENDING / f"{STEM}.{route}")
        assert [r.ref for r in doc.recommendations] == ["R1", "R2", "R3", "R4", "R5"], route
        assert not any(a.action.startswith(("Empowerment", "Prevention")) for a in doc.actions)
