"""A plan with no status column whose closed actions are struck through and marked "(closed)", in
corpus text (each printed line's cells joined by single spaces): No. | Recommendation | Action |
Lead | Target date, the Recommendation cell "N. <text>" merged down over its actions.

Two things the narrower plan reader (plan.narrow_rows) must know to cut such a table:

- the marker after an action's last sentence is that cell's own ("... attendance form. (closed)"):
  the cell has ended its sentence, and the marker is no other column's word cut into it
  (plan.line_cuts, plan.narrow_cuts, plan.narrow_cells);
- a merged recommendation cell long enough to run past its first action's row prints its next
  words in lower case on the second action's first line ("1.2 former partner check for ..."):
  that line still opens the second action's row (plan.merged_openings).

Zoo: tests/zoo/pending/build_dhr_plan_closed_running_head.py (heldout42 family 1's form, a running
head and a numbered footer on each page)."""

from __future__ import annotations

import json
from pathlib import Path

from dhrparse.pipeline import extract
from dhrparse.plan.merged_openings import merged_row_starts

PENDING = Path(__file__).resolve().parent / "zoo" / "pending"
STEM = "dhr_plan_closed_running_head_haddersley"


def test_merged_rows_open_with_their_numbers_in_series():
    texts = [
        "1.1 1. Kelby Police should make sure that Add a prompt. (closed) Inspector March 2025",
        "officers attending a report of Protection",
        "1.2 former partner check for Audit forty reports. Inspector October 2025",
        "3.4 figures in a cell's words open no row",
        "2.1 2. Kelby Council should Hold events. Commissioner June 2025",
        "2.2 for older women experiencing Write a specification. Commissioner September 2025",
    ]
    assert merged_row_starts(texts, [0, 4]) == [0, 2, 4, 5]
    # (a table whose rows are not numbered under their recommendations keeps its rows)
    assert merged_row_starts(["1 Kelby", "2 for", "3 Lead"], [0, 2]) == [0, 2]


def test_struck_closed_plan_read_whole_on_corpus_text():
    gold = json.loads((PENDING / f"{STEM}.json").read_text(encoding="utf-8"))
    doc = extract(PENDING / f"{STEM}.corpus.txt")
    assert [r.ref for r in doc.recommendations] == [r["ref"] for r in gold["recommendations"]]
    assert [a.ref for a in doc.actions] == [a["ref"] for a in gold["actions"]]
    assert [a.lead for a in doc.actions] == [a["lead"] for a in gold["actions"]]
    assert [a.status.value for a in doc.actions] == [a["status"] for a in gold["actions"]]
    assert all("(closed)" not in a.action for a in doc.actions)
    assert not [w for w in doc.warnings if w.code == "plan_cells_untold"]
