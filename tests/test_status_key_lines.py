"""A key to a plan's status words printed as a line under the table, each word defined with a
spaced dash and the entries parted by semicolons ("Status: Done – the action is finished and
evidenced; In hand – work has started; Not begun."): a legend, never a row's status. Plain
pdftotext prints the last row's date and status after it when a page break parts the table
(plan.rag_key.is_legend; plan.row_runs ends a run at the key)."""

from __future__ import annotations

from pathlib import Path

from dhrparse.pipeline import extract
from dhrparse.plan.rag_key import is_legend

PENDING = Path(__file__).parent / "zoo" / "pending"
STEM = "csp_dhr_plan_header_once_status_key_thornlaw"


def test_a_dashed_key_of_status_words_is_a_legend():
    assert is_legend(
        "Status: Done – the action is finished and evidenced; In hand – work has started; Not begun."
    )
    assert is_legend("Key: Closed – evidence seen; Open - work goes on.")
    # (one entry is a status cell's own wording; a sentence with a dash is no key)
    assert not is_legend("Open – on track")
    assert not is_legend("Completed – guide printed and sent to branches.")
    assert not is_legend("In progress – four of seven branches have replied; two to follow.")


def test_the_last_row_keeps_its_own_status_after_the_key():
    doc = extract(PENDING / f"{STEM}.txt")
    last = doc.actions[-1]
    assert last.action.startswith("Publish the council's workplace")
    assert (last.lead, last.target_date.raw, last.status.raw) == ("Head of HR", "30/06/2024", "Done")
    assert not any(a.status.raw and a.status.raw.startswith("Status:") for a in doc.actions)
