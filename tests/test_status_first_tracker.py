"""A tracker whose Status column prints first ("Status | Ref | Action | Lead officer | Target
date | Progress") in corpus text: each row's first printed line opens with its status words,
then its ref ("Not started 2.1 Add a prompt ..."). The rows are found by that opening and the
status handed on as a column before the ref (plan.tracker_rows)."""

from __future__ import annotations

from pathlib import Path

from conftest import extracted

ZOO = Path(__file__).resolve().parent / "zoo"


def test_each_row_opens_with_its_status_then_its_ref():
    doc = extracted(ZOO / "s23recsrows_status_first_tracker.corpus.txt")
    rows = [(a.ref, a.status.value, a.action.split()[0]) for a in doc.actions]
    assert rows == [
        ("1.1", "complete", "Publish"),
        ("1.2", "in_progress", "Audit"),
        ("2.1", "not_started", "Add"),
        ("3.1", "complete", "Agree"),
        ("3.2", "in_progress", "Train"),
        ("4.1", "in_progress", "Board"),
    ]
    assert [a.lead.split()[0] for a in doc.actions][:3] == ["Principal", "Quality", "Ostermere"]


def test_the_short_rec_column_after_the_status_is_the_rows_refs():
    # (the executive summary's plan: "Status | Rec | Action | ...", refs with lettered sub-items)
    doc = extracted(ZOO / "s4fix7b_status_first_subitem_plan.corpus.txt")
    assert [a.ref for a in doc.actions] == ["1", "2(a)", "2(b)", "3(a)", "3(b)", "4"]
    assert [a.status.value for a in doc.actions][:3] == ["complete", "in_progress", "not_started"]


PENDING = ZOO / "pending" / "dhr_plan_status_first_composite_refs.corpus.txt"


def test_a_row_under_a_merged_recommendation_cell_opens_with_its_action():
    # (composite refs, "WH4/R2/A3": the recommendation's cell merged down over its third
    # action's row leaves that row's recommendation cell empty, its first long text the action)
    doc = extracted(PENDING)
    third = next(a for a in doc.actions if a.ref == "WH4/R2/A3")
    assert third.action.startswith("Name a domestic abuse lead")
    assert third.lead == "Integrated Care"


def test_a_line_signing_the_plan_off_under_the_table_is_no_row():
    # (no status, no ref: the plan's closing line after its last row opens no action)
    doc = extracted(PENDING)
    assert [a.ref for a in doc.actions] == [
        "WH4/R1/A1",
        "WH4/R1/A2",
        "WH4/R2/A1",
        "WH4/R2/A2",
        "WH4/R2/A3",
        "WH4/R3/A1",
        "WH4/R3/A2",
    ]
    assert not any(a.action.startswith("Plan agreed") for a in doc.actions)
