"""A DHR action tracker printing a start and an end date per action ("No. | Rec | Action |
Owner | Start date | End date | Open / Closed | Comments"): the End date is the action's target,
the Start date an extra column; "Open" / "Closed" is the status; the Rec column repeats each
row's recommendation number ("Rec 1"). On corpus text the header's "Open /" goes on below it
("Closed"), and every row's first line prints the recommendation's number after its own."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import extracted_json

from dhrparse.patterns import load_patterns
from dhrparse.plan.tables import ColumnMap
from dhrparse.plan.wrapped_columns import NamedColumns

ZOO = Path(__file__).resolve().parent / "zoo"
STEM = "plan_tracker_start_end_open_closed"
TARGETS = {
    "1.1": "2024-10-31",
    "1.2": "2025-04-30",
    "2.1": "2024-12-31",
    "2.2": None,
    "3.1": "2024-07-31",
    "4.1": "2025-03-31",
    "4.2": "2025-09-30",
}


def test_a_name_going_on_past_a_slash_takes_the_wrapped_word():
    p = load_patterns()
    got = NamedColumns(ColumnMap(p), p).columns(
        "No. Rec Action Owner Start date End date Open / Comments", ["Closed"]
    )
    assert got is not None
    assert dict((name, role) for role, name in got)["Open / Closed"] == "status"
    assert dict((name, role) for role, name in got)["Start date"] == "extra"


@pytest.mark.parametrize("ext", ["txt", "pdf", "docx", "corpus.txt"])
def test_the_end_date_is_the_target_and_open_closed_the_status(ext):
    doc = extracted_json(ZOO / f"{STEM}.{ext}")
    actions = {a["ref"]: a for a in doc["actions"]}
    assert sorted(actions) == sorted(TARGETS)
    for ref, want in TARGETS.items():
        got = actions[ref]["target_date"]
        assert (got or {}).get("start") == want, ref
    closed = {ref for ref, a in actions.items() if a["status"]["value"] == "complete"}
    assert closed == {"1.1", "2.1", "3.1"}
    assert all(a["status"]["value"] == "in_progress" for ref, a in actions.items() if ref not in closed)
    assert {a["recommendation_ref"].split()[-1] for a in doc["actions"]} == {"1", "2", "3", "4"}
    assert sorted(r["ref"] for r in doc["recommendations"]) == ["1", "2", "3", "4"]
