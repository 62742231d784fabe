"""A tracker printed with its cells joined on each line (corpus text) whose recommendation cells
open with the recommendation's code ("R1 The Board should ...") under a header naming no ref
column, its flag column "Completed? (Y/N/P)": the code is each row's ref (plan.coded_rows), and
a word the wrap broke at its hyphen ("self-") ends its cell's first line."""

from __future__ import annotations

from pathlib import Path

from dhrparse.patterns import load_patterns
from dhrparse.pipeline import extract
from dhrparse.plan.tables import ColumnMap

TRACKER = Path(__file__).resolve().parent / "zoo" / "pending" / "sar_tracker_theme_bands_ynp.corpus.txt"


def test_coded_recommendation_cells_give_the_rows_refs():
    result = extract(TRACKER)
    recs = result.recommendations
    assert [r.ref for r in recs] == ["R1", "R2", "R3", "R4"]
    # the recommendation's text is its own column's, not the whole joined line's
    assert recs[0].text.startswith("The Board should seek assurance that practitioners ask")
    assert "Add questions" not in recs[0].text
    actions = result.actions
    assert [a.recommendation_ref for a in actions] == ["R1", "R2", "R2", "R3", "R4"]
    assert [a.status.value for a in actions] == [
        "complete",
        "in_progress",
        "not_started",
        "not_started",
        "complete",
    ]
    # "self-" (its line broken at the hyphen) ends the action's first line: "Board" opens the lead's
    assert actions[0].action.endswith("self-")
    assert [a.target_date.start for a in actions][:2] == ["2024-03-31", "2024-09-30"]
    # (only the first printed lines are read: the walk is told)
    assert any(w.code == "plan_cells_untold" for w in result.warnings)


def test_completed_flag_names_a_header_line():
    cm = ColumnMap(load_patterns())
    assert cm.is_header_words("Recommendation Actions Lead Target date Completed?")
    assert not cm.is_header_words("Completed the audit of ten cases")
    # (a wrapped "Date" / "completed" is the tracker header's own wrap, read by it)
    assert not cm.is_header_words("required outcome – completed")


LABELLED = TRACKER.with_name("plan_labelled_recs_merged_rag.corpus.txt")


def test_labelled_recommendation_cells_give_the_rows_refs_and_rows_under_them():
    result = extract(LABELLED)
    recs = result.recommendations
    assert [r.ref for r in recs] == ["1", "2", "3"]
    # the label and number open the cell, the text after them is the recommendation's
    assert recs[0].text.startswith("The Partnership should make sure that a school nurse")
    assert recs[1].agency == "Thornmere Council Housing"
    actions = result.actions
    # the rows under each merged cell, found by their dates and imperatives, are its actions
    assert [a.recommendation_ref for a in actions] == ["1", "1", "2", "2", "2", "3"]
    assert actions[1].action.startswith("Check ten school moves")
    assert [a.target_date.start for a in actions] == [
        "2023-10-31",
        "2024-05-31",
        "2023-11-30",
        "2024-03-31",
        "2024-09-30",
        "2024-01-31",
    ]
    # each status is the rating closing the row's progress note, read through the plan's key
    assert [a.status.value for a in actions] == [
        "complete",
        "in_progress",
        "in_progress",
        "in_progress",
        "not_started",
        "complete",
    ]


def test_a_later_line_opening_with_a_month_is_no_row():
    # a note's line "... welfare Welfare Service October. Complete" under the first row holds a
    # month's name where the date column stands, and no action: no row is made of it
    actions = extract(LABELLED).actions
    assert not any(a.action.startswith(("Welfare", "Service")) for a in actions)
