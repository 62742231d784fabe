"""A standalone SAR action plan after a death in prison read from plain pdftotext text, where
the table comes out as column blocks: No. | Recommendation | Accepted? | Action | Owner | Target
date | Status at 30/09/2025, No./Recommendation/Accepted? merged down, no action refs, short
owners, dates and statuses each a block of one line (zoo: tests/zoo/pending/
build_sar_prison_death_plan_nimbus.py). At base nothing was read: too few blocks ran over
several lines for the table to be taken as column blocks (plan.block_header's `_no_runs` now
leaves lone names, dates and statuses out of the count); then the status column's name wrapped
its date under it ("Status at" / "30/09/2025", plan.dated_names.dated_under), the Accepted?
cells read as a lead and a status (plan.acceptance_cells), the last row's action carried over
the page break swallowed the next row's ("... moved on" / "Report to ...": a short line ends its
cell, plan.lead_wraps.next_word_fits) and the page numbers under the running foot counted as
the No. column's numbers (plan.block_header.page_foot_number)."""

from __future__ import annotations

from pathlib import Path

from dhrparse.pipeline import extract

PENDING = Path(__file__).parent / "zoo" / "pending"
STEM = "sar_prison_death_plan_accepted_col_rec_whole_above_break_hollinbury"


def test_the_merged_recommendations_take_the_no_column_numbers():
    doc = extract(PENDING / f"{STEM}.txt")
    assert [r.ref for r in doc.recommendations] == ["1", "2", "3"]
    # (which rows each merged recommendation spans the text does not print: left unpaired)


def test_each_row_takes_its_owner_target_and_status_never_the_acceptance():
    doc = extract(PENDING / f"{STEM}.txt")
    assert [a.action.split()[0] for a in doc.actions] == [
        "Issue",
        "Check",
        "Agree",
        "Add",
        "Run",
        "Report",
        "Add",
    ]
    assert [a.status.raw for a in doc.actions] == [
        "Actioned",
        "Ongoing",
        "Ongoing",
        "Not commenced",
        "Ongoing",
        "Not commenced",
        "Actioned",
    ]
    assert doc.actions[4].lead == "Head of Learning and Development"
    assert doc.actions[4].action.endswith("who knew him have moved on")
    assert [a.target_date.raw if a.target_date else None for a in doc.actions][:2] == [
        "Immediate",
        "31/12/2025",
    ]
    assert not any("ccepted" in (a.lead or "") for a in doc.actions)
