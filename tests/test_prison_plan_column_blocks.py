"""A standalone SAR action plan after a death in custody read from plain pdftotext text, where
the table comes out as column blocks: No. | Recommendation | Accepted? | Action | Owner | Target
date | Status at 31/03/2026, No./Recommendation/Accepted? merged down, no action refs (zoo:
tests/zoo/pending/build_sar_custody_death_plan_accepted_col.py). At base the rows were read
without a field: the status column's name wrapped its date under it ("Status at" / "31/03/2026",
plan.dated_names.dated_under), the Accepted? cells read as a lead and a status
(plan.acceptance_cells) and the page numbers under the running foot ("Brackwater SAB – page" /
"1") counted among the No. column's numbers (plan.block_header.page_foot_number), so no count
agreed and nothing was paired."""

from __future__ import annotations

from pathlib import Path

from dhrparse.pipeline import extract

PENDING = Path(__file__).parent / "zoo" / "pending"
STEM = "sar_custody_death_plan_accepted_col_merged_brackwater"


def test_the_merged_recommendations_take_the_no_column_numbers():
    doc = extract(PENDING / f"{STEM}.txt")
    assert [r.ref for r in doc.recommendations] == ["1", "2", "3"]


def test_each_row_takes_its_target_and_status_never_the_acceptance():
    doc = extract(PENDING / f"{STEM}.txt")
    assert [a.action.split()[0] for a in doc.actions] == [
        "Write",
        "Add",
        "Set",
        "Report",
        "Deliver",
        "Audit",
        "Publish",
    ]
    assert [a.status.raw for a in doc.actions] == [
        "Ongoing",
        "Actioned",
        "Actioned",
        "Not commenced",
        "Ongoing",
        "Not commenced",
        "Actioned",
    ]
    assert [a.target_date.raw if a.target_date else None for a in doc.actions][:2] == [
        "30/04/2026",
        "Immediate",
    ]
    assert doc.actions[0].lead == "Head of Healthcare, HMP Brackwater"
    assert not any("ccepted" in (a.lead or "") for a in doc.actions)
