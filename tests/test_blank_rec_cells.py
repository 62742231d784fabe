"""An improvement plan whose "Rec." cell is printed on a recommendation's first row only and left
blank (not merged) below it: each row is an action of its own under the last Rec. printed above
it, never a continuation of the row above. Read so on PDF, Word and corpus text; the plain
pdftotext route (tests/zoo/pending/plan_blank_rec_cells_glenavon.txt, row blocks) is not read
yet, see tests/zoo/pending/README.md."""

from __future__ import annotations

from pathlib import Path

import pytest

from dhrparse.pipeline import extract

PENDING = Path(__file__).parent / "zoo" / "pending"
STEM = "plan_blank_rec_cells_glenavon"


@pytest.mark.parametrize("route", ["pdf", "docx", "corpus.txt"])
def test_a_row_under_a_blank_rec_cell_is_an_action_of_the_last_rec_above(route):
    acts = extract(PENDING / f"{STEM}.{route}").actions
    assert [a.recommendation_ref for a in acts] == ["1", "1", "2", "3", "3", "3", "3"]
    assert [a.status.value for a in acts] == [
        "complete",
        "in_progress",
        "in_progress",
        "not_started",
        "not_started",
        "in_progress",
        "not_started",
    ]
    # (a row whose action names what it audits by a status word is an action, not a status)
    closed = acts[4]
    assert closed.action.startswith("Audit referrals closed")
    assert closed.lead.startswith("Quality Assurance") and closed.target_date.start == "2026-08"
