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
