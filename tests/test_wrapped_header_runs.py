"""Tracker headers and cells wrapped further than one line, in corpus text (the cells of one
printed line joined), on two pending zoo documents of our own (fictional places, own words):

- a DHR tracker whose "RAG at last review" column is narrow enough that its name runs over three
  printed lines, or over two with "last review" on the wrapped line after the other names' words:
  the run of words stays open until a later word completes the name (plan.wrapped_columns), so
  the RAG words are the statuses and the Target date cell the target; a dated column no field
  is for ("Date agreed") takes no lone word of the lead beside it;
- a CSPR plan whose "Done?" name prints its "?" alone under it, and whose "By when" cells print
  "w/c" alone over their day ("w/c" / "02/06/2025"): the mark is a closing piece of the header
  (plan.tables), the week's qualifier opens the target's cell and takes the day the next line
  prints (plan.tracker_first_lines, plan.numbered_actions)."""

from __future__ import annotations

from pathlib import Path

from dhrparse.patterns import load_patterns
from dhrparse.pipeline import extract
from dhrparse.plan.tables import column_map
from dhrparse.plan.wrapped_columns import NamedColumns

ZOO = Path(__file__).resolve().parent / "zoo" / "pending"
TRACKER = "dhr_tracker_rag_review_wrapped_yelverby"
CSPR = "cspr_week_marks_wc_targets_stallowby"
ROLES = ["ref", "action", "lead", "extra", "target_date", "extra", "status", "progress"]


def _doc(stem: str):
    return extract((ZOO / f"{stem}.corpus.txt").read_text(encoding="utf-8"), name=f"{stem}.corpus.txt")


def test_a_name_run_completed_later_on_the_same_wrapped_line():
    p = load_patterns()
    named = NamedColumns(column_map(p), p).columns(
        "Action Action Lead Date Target Revised RAG at Update", ["ref officer agreed date date last review"]
    )
    assert named is not None and [r for r, _ in named] == ROLES


def test_the_tracker_reads_its_rag_words_and_target_dates():
    doc = _doc(TRACKER)
    assert [a.ref for a in doc.actions] == ["1.1", "1.2", "1.3", "2.1", "2.2", "3.1", "3.2"]
    assert [a.status.raw for a in doc.actions] == ["Blue", "Amber", "Red", "Green", "Green", "Blue", "Amber"]
    targets = [a.target_date.start if a.target_date else None for a in doc.actions]
    assert targets == ["2025-02-28", "2025-04-07", None, "2025-05-31", None, "2025-01-31", "2025-09-30"]


def test_the_plan_under_a_wrapped_mark_reads_its_week_targets_and_marks():
    doc = _doc(CSPR)
    assert [a.status.value for a in doc.actions] == ["complete", "in_progress", "not_started", "in_progress"]
    targets = [a.target_date.start if a.target_date else None for a in doc.actions]
    assert targets == ["2025-06-02", "2025-09", None, "2025-12-01"]
