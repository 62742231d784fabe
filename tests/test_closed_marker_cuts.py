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

Where the lines still cannot be cut and no later reader proves the rows (a tracker with a status
column is read from each row's first line, plan.tracker_rows), such a table gives no record
(plan.merged_unread): read as printed it made a recommendation of each row's joined words, the
action's and the lead's among them.

Zoo: tests/zoo/pending/build_dhr_plan_closed_running_head.py (heldout42 family 1's form, a running
head and a numbered footer on each page)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dhrparse.pipeline import extract
from dhrparse.plan.merged_openings import merged_row_starts
from dhrparse.plan.merged_unread import numbered_under

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


@pytest.mark.parametrize(
    "stem",
    [
        "dhr_plan_closed_running_head_quillbeck",
        "dhr_plan_struck_done_actions_key_wendlebury",
    ],
)
def test_uncut_merged_plan_no_reader_proves_stays_unread_on_corpus_text(stem):
    # (the narrow reader cannot cut these lines and the plan has no status column for the
    # tracker reader: read as printed each row's joined words became a recommendation. The
    # Thornaby Cross plans are cut since session 46: tests/test_struck_plans_corpus.py)
    doc = extract(PENDING / f"{stem}.corpus.txt")
    assert not doc.recommendations and not doc.actions
    assert [w for w in doc.warnings if w.code == "plan_cells_untold"]


def test_uncut_merged_plan_a_later_reader_proves_is_read():
    # (the same shape with a Status column: the tracker reader reads each row's first line,
    # its leads, timescales and statuses proved by their cells; never blanked)
    doc = extract(PENDING / "sar_plan_relative_timescales_agreed_ockleigh.corpus.txt")
    assert len(doc.recommendations) == 3
    assert [a.ref for a in doc.actions] == ["1.1", "1.2", "2.1", "2.2", "3.1", "3.2"]
    assert all(a.lead and a.status.raw for a in doc.actions)


def test_rows_numbered_under_recommendations_tell_the_plan():
    lines = [
        "1.1 1. Kelby Police should Add a prompt.",
        "officers attending",
        "2.1 2. Kelby Council Hold events.",
    ]
    assert numbered_under(lines)
    assert not numbered_under(["1.1 Add a prompt.", "2.1 Hold events.", "3.1 2. Kelby"])
