"""A plan table plain pdftotext printed as column runs whose rows print their short cells (a
one-line owner, date, timescale, progress note or flag) each a block of its own: most of its
blocks are one line, but its long columns' runs hold most of its printed lines, so it is read
as column blocks (plan.block_header._no_runs), where a spaced style's lines stay unread so."""

from __future__ import annotations

from pathlib import Path

from dhrparse.pipeline import extract

PENDING = Path(__file__).resolve().parent / "zoo" / "pending"


def _doc(stem: str):
    return extract((PENDING / f"{stem}.txt").read_text(), name=f"{stem}.txt")


def test_the_action_cells_over_bands_of_one_line_cells_are_read():
    doc = _doc("plan_header_flag_name_broken")
    assert [a.action.split()[0] for a in doc.actions] == ["Brief", "Audit", "Add", "Report"]


def test_relative_timescales_beside_statuses_leave_the_runs_read():
    doc = _doc("sar_plan_relative_timescales_agreed_ockleigh")
    assert [a.ref for a in doc.actions] == ["1.1", "1.2", "2.1", "2.2", "3.1", "3.2"]
    assert doc.actions[0].action.startswith("Remind discharge teams")


def test_a_spaced_style_is_still_no_column_runs():
    # (every printed line a block of its own: the rows are read a line at a time, not as runs)
    doc = _doc("plan_plain_spaced_rag")
    assert doc.actions and doc.actions[0].ref == "1.1"


def _recs(stem: str) -> list[tuple[str | None, str]]:
    return [(r.ref, r.text.split(" should")[0]) for r in _doc(stem).recommendations]


def test_numbered_recommendation_cells_beside_a_heading_that_asks_stay_recommendations():
    # (the table's merged cells print their own numbers; "How to read the timescales" over the
    # table asks in its note, and is no cell of the column: plan.recommendation_cells)
    assert _recs("sar_plan_relative_timescales_agreed_ockleigh") == [
        ("1", "Adult services"),
        ("2", "The hospital trust"),
        ("3", "Police"),
    ]


def test_coded_recommendation_cells_under_theme_bands_stay_recommendations():
    recs = _recs("sar_tracker_theme_bands_ynp")
    assert recs[:3] == [("R1", "The Board"), ("R2", "Hallowby Council"), ("R3", "The Board")]


def test_a_page_part_printed_a_row_at_a_time_is_no_column_runs():
    # (page 1 holds the trust plan's first row alone, its code "1.1" a block before its one
    # action: a row printed cell after cell, whose "R2:" ... cells are no recommendations of a
    # column read as runs)
    doc = _doc("mh_trust_plan_row_page_part_ashmoorby")
    assert [a.ref for a in doc.actions] == ["1.1", "1.2", "2.1", "2.2", "3.1", "3.2", "4.1", "4.2"]
    assert [r.ref for r in doc.recommendations if r.ref in ("2", "3", "4")] == ["2", "3", "4"]
