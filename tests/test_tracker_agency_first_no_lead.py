"""A thematic SAR's plan in corpus text whose first column names the agency that acts and no
column is headed as the lead ("Agency | No. | Action | Target date | Status"), the Agency cell
merged down over its agency's rows: each agency's name printed before its first row's number
("Dunmore Police 3 Add ..."), a later row of the same agency opening with its number. The
tracker reader (plan.tracker_rows) finds each row's number after the agency's words, as it does
where another column names the lead (tests/test_tracker_agency_first.py)."""

from __future__ import annotations

from dhrparse.pipeline import extract

# (own words: a Safeguarding Adults Board's plan after a thematic review, Arial)
PLAN = """Harthope Safeguarding Adults Board

Action plan

Agency No. Action Target date Status

Harthope Health 1 Ask every surgery to name a lead for adults who Oct-25 Complete

Partnership self-neglect.

2 Add a question on heating and hot water to the Feb-26 On track

annual review.

Dunmore Police 3 Add a welfare prompt to the incident log for cold Jan-26 Off track

homes.

Harthope Housing 4 Set a five-day visit standard for reports of damp. Jul-25 Complete

5 Write a joint protocol with adult social care for Dec-25 Not started

tenants who refuse entry.

Signed off by the Board in September 2025.
"""


def test_the_rows_after_each_agency_name_are_read(tmp_path):
    path = tmp_path / "harthope_plan.corpus.txt"
    path.write_text(PLAN, encoding="utf-8")
    actions = extract(path).actions
    assert [a.ref for a in actions] == ["1", "2", "3", "4", "5"]
    assert [a.action.split()[0] for a in actions] == ["Ask", "Add", "Add", "Set", "Write"]
    assert [a.target_date.raw for a in actions] == ["Oct-25", "Feb-26", "Jan-26", "Jul-25", "Dec-25"]
    assert [a.status.value for a in actions] == [
        "complete",
        "in_progress",
        "in_progress",
        "complete",
        "not_started",
    ]
