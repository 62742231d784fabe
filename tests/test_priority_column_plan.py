"""A standalone SAB action plan for a SAR whose table carries a Priority column (High / Medium /
Low) between the merged recommendation cells and the actions, each action's own ref the
recommendation's number and a capital letter ("1A", "2B"): the capital was not taken for an
action's ref, so the Ref column was not a ref column and the whole plan was lost on the PDF and
Word routes (zoo: tests/zoo/pending/build_sab_sar_plan_priority_rag_progress_col_dotted_targets.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import extracted

PENDING = Path(__file__).resolve().parent / "zoo" / "pending"
STEM = "sab_sar_plan_priority_rag_progress_col_dotted_targets"
ROWS = [
    ("1A", "1", "Add", "2026-01-31", "complete"),
    ("1B", "1", "Audit", "2026-06-30", "in_progress"),
    ("2A", "2", "Write", "2026-09-30", "in_progress"),
    ("2B", "2", "Brief", "2026-12-31", "not_started"),
    ("3A", "3", "Publish", "2026-05-31", "in_progress"),
    ("4A", "4", "Publish", "2026-03-31", "complete"),
]


def _rows(doc):
    return [
        (
            a.ref.replace("(", "").replace(")", "").upper(),
            a.recommendation_ref,
            a.action.split()[0],
            a.target_date.start if a.target_date else None,
            a.status.value,
        )
        for a in doc.actions
    ]


@pytest.mark.parametrize("ext", ["pdf", "docx"])
def test_capital_lettered_action_refs_read_the_plan(ext):
    doc = extracted(PENDING / f"{STEM}.{ext}")
    assert _rows(doc) == ROWS
    assert [r.ref for r in doc.recommendations] == ["1", "2", "3", "4"]
    # (the Priority cell is kept aside, neither the action nor its status)
    assert all("High" not in a.action and a.status.raw not in ("High", "Medium", "Low") for a in doc.actions)


def test_the_corpus_text_reads_the_priority_beside_the_merged_recommendation():
    # (pdfplumber joins each printed line's cells: "1 The Board should ask every High 1A Add ...";
    # the header's "Progress at March 2026" dated without brackets, its "Priority" named for no
    # field, its letters "(H/M/L)" wrapped under it; plan.merged_priority, plan.dated_names)
    doc = extracted(PENDING / f"{STEM}.corpus.txt")
    assert _rows(doc) == ROWS
    assert [r.ref for r in doc.recommendations] == ["1", "2", "3", "4"]
    assert [a.extra.get("Priority") for a in doc.actions if a.extra.get("Priority")] == [
        "High",
        "Medium",
        "High",
        "Low",
    ]
    assert "(H/M/L)" not in doc.recommendations[2].text


def test_priority_words_close_every_recommendation_or_none_are_taken():
    from dhrparse.patterns import load_patterns
    from dhrparse.plan.merged_priority import split_priorities

    p = load_patterns()
    recs = {
        3: ("1", "The Board should ask every High"),
        5: ("", "partner to check"),
        9: ("2", "Partners Low"),
    }
    assert split_priorities(recs, p) == {3: "High", 9: "Low"}
    assert recs[3] == ("1", "The Board should ask every")
    # (a recommendation's first line closing with any other word: no priority column is read)
    kept = {3: ("1", "The Board should ask every High"), 9: ("2", "Partners should agree how a")}
    assert split_priorities(dict(kept), p) is None


def test_a_column_name_dated_without_brackets_is_read_as_its_name():
    from dhrparse.patterns import load_patterns
    from dhrparse.plan.dated_names import without_at_dates

    p = load_patterns()
    assert without_at_dates("Ref Action Lead Target Position at 31.10.25 Status", p) == (
        "Ref Action Lead Target Position Status"
    )
    assert without_at_dates("Progress as at March 2026 RAG", p) == "Progress RAG"
    # (no date after the link word: nothing taken)
    assert without_at_dates("Work at risk", p) == "Work at risk"
