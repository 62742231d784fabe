"""A plan printed transposed (field names down the first column, one column per action) in corpus
text, each printed line joining every action's cell for one field: the refs' row tells how many
actions there are, each field's first line is cut where it proves the cut (as many dates, as many
capitalised words, as many capitalised verbs of doing), a lead the line cannot cut is left empty,
and the table is turned back as a PDF's is (plan/joined_transposed.py;
tests/zoo/pending/dhr_appendix_plan_transposed_marrowby.*)."""

from __future__ import annotations

from pathlib import Path

from dhrparse.patterns import load_patterns
from dhrparse.pipeline import extract
from dhrparse.plan.joined_transposed import JoinedTransposed
from dhrparse.plan.tables import column_map

PENDING = Path(__file__).parent / "zoo" / "pending"
STEM = "dhr_appendix_plan_transposed_marrowby"


def test_each_column_an_action():
    doc = extract(PENDING / f"{STEM}.corpus.txt")
    assert [a.ref for a in doc.actions] == ["1.1", "1.2", "2.1", "2.2", "3.1", "3.2", "4.1"]
    assert doc.actions[4].action.startswith("Set a practice system alert")
    assert [a.status.value for a in doc.actions] == [
        "complete",
        "in_progress",
        "complete",
        "not_started",
        "in_progress",
        "not_started",
        "complete",
    ]
    assert doc.actions[1].target_date.start == "2026-03-31"
    assert all(a.lead is None for a in doc.actions)  # (no cut of the joined leads is proved)
    assert any(w.code == "plan_cells_untold" and "transposed" in w.message for w in doc.warnings)


def _cut(rest: str, k: int) -> list[str]:
    p = load_patterns()
    return JoinedTransposed(column_map(p), p)._cut(rest, k)


def test_cuts_the_line_proves():
    assert _cut("30 Nov 2025 31 Mar 2026 30 Sep 2025", 3) == ["30 Nov 2025", "31 Mar 2026", "30 Sep 2025"]
    assert _cut("Done Under way Not started", 3) == ["Done", "Under way", "Not started"]
    assert _cut("Write a guide for Tell staff about the Ask each", 3) == [
        "Write a guide for",
        "Tell staff about the",
        "Ask each",
    ]
    assert _cut("Adult Social Care Adult Social Care Westcombe Police", 3) == ["", "", ""]
