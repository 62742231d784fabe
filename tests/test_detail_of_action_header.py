"""A plan whose action column is named "Detail of action" beside an "Action" column that only
numbers the rows ("Rec | Action | Detail of action | Lead | Review date | Status", codes "1a",
"1b"): like "What will be done", a name of the action's words checked by its cells
(`actions.cell_checked_action_names`), so the "Action" column before it holds the codes. On plain
pdftotext, which prints this plan a column at a time, no action was read at 528ca0fe; the five
actions now come back with their review dates and statuses (leads still unpaired there)."""

from __future__ import annotations

from pathlib import Path

import dhrparse

QUENDALE = (
    Path(__file__).parent
    / "zoo"
    / "pending"
    / "sar_overview_key_episode_headings_bracketed_dates_r_recs_lettered_plan_quendale.txt"
)


def test_detail_of_action_plan_reads_its_five_actions_on_plain_text():
    doc = dhrparse.extract(QUENDALE)
    got = [(a.recommendation_ref, a.target_date.raw, a.status.value) for a in doc.actions]
    assert got == [
        ("R1", "April 2025", "complete"),
        ("R1", "June 2025", "in_progress"),
        ("R2", "March 2025", "complete"),
        ("R3", "May 2025", "in_progress"),
        ("R4", "November 2025", "not_started"),
    ]
    assert doc.actions[0].action == "Add a prompt to the arrears process for a home visit."
