"""A trust's action plan in an NHS mental health homicide investigation's summary (Ref |
Recommendation | Action | Responsible | Evidence of completion | Timescale | Status), the
recommendation cell "RN: <text>" merged down over its two actions and the table over a page
break, as plain pdftotext prints it a cell at a time (plan.row_blocks): the first row's ref joined
to the merged cell's "R1:" label, the later actions' refs printed after the page's last row (one
block of lines, the last set aside by cleaning as a page number), a later action's row opening
with its action, its lead, its evidence and then its timescale
(tests/zoo/pending/mh_investigation_trust_plan_percent_status_brackwater.*)."""

from __future__ import annotations

from pathlib import Path

import pytest

from dhrparse.pipeline import extract

PENDING = Path(__file__).parent / "zoo" / "pending"
STEM = "mh_investigation_trust_plan_percent_status_brackwater"
REFS = ["1.1", "1.2", "2.1", "2.2", "3.1", "3.2", "4.1", "4.2"]
STATUSES = ["100%", "60%", "100%", "40%", "20%", "0%", "75%", "0%"]


@pytest.mark.parametrize("suffix", [".txt", ".corpus.txt", ".pdf", ".docx"])
def test_every_row_keeps_its_ref_lead_timescale_and_percentage(suffix):
    actions = extract(PENDING / f"{STEM}{suffix}").actions
    assert [a.ref for a in actions] == REFS
    assert [a.status.raw for a in actions] == STATUSES
    assert [a.target_date.start for a in actions][:3] == ["2024-03-31", "2024-09-30", "2024-06-30"]
    assert actions[2].lead == "Head of Carer Support"
    assert actions[3].action.startswith("Record call-backs on the electronic record")
