"""Plans whose first column holds each recommendation's number merged down over its actions,
each action cell opening with its own number ("1" / "1.1 Write ..." / "1.2 Add ..."), printed
by plain pdftotext a line at a time across the cells (plan.line_rounds): each action is a row of
its own, cut where its number opens a printed line; an action numbered for the next
recommendation ("2.1 ...") opens that recommendation's row when the number column's "2" prints
elsewhere (after the table, in a run with the others: no row of its own). A short first column
headed "Rec" holds the numbers as a ref column does. Actions that do not read as rounds are
warned, never guessed. The documents are genuine LibreOffice -> pdftotext exports
(tests/zoo/pending/build_plan_spaced_rec_actions.py, build_plan_plain_spaced.py); the PDF and
Word routes read every row of them."""

from __future__ import annotations

from pathlib import Path

import pytest

from dhrparse import extract
from dhrparse.patterns import load_patterns
from dhrparse.plan.column_roles import ColumnRoles
from dhrparse.plan.round_fit import RoundFit

PENDING = Path(__file__).parent / "zoo" / "pending"


@pytest.fixture(scope="module")
def rec_actions():
    return extract(PENDING / "plan_spaced_rec_actions.txt")


@pytest.fixture(scope="module")
def rag():
    return extract(PENDING / "plan_plain_spaced_rag.txt")


def _untold(doc) -> list[str]:
    return [w.message.split("'")[1] for w in doc.warnings if w.code == "plan_cells_untold"]


def test_each_numbered_action_under_a_rec_column_is_a_row(rec_actions):
    first, _, second = rec_actions.actions[:3]
    assert (first.ref, first.recommendation_ref) == ("1.1", "1")
    assert first.action == "Write a one-page guide for home care staff on spotting neglect by a partner"
    assert first.lead == "WSAB Learning Sub-Group"  # (a word broken at its hyphen is one word again)
    assert first.target_date.raw == "March 2025"
    assert first.status.value == "complete"
    assert (second.ref, second.recommendation_ref) == ("2.1", "2")
    assert second.action == "Agree when a missed home care visit is reported to the adult's social worker"
    assert second.lead == "Head of Adult Social Care"
    assert second.target_date.raw == "Q2 2025/26"
    assert second.status.value == "in_progress"


def test_numbers_printed_as_a_run_after_the_table_make_no_rows(rec_actions):
    # (3.1 runs into the note under the table: warned under its recommendation's number, nothing
    # guessed; 1.2, its RAG centred a round late, is read by plan.late_rounds)
    assert [a.ref for a in rec_actions.actions] == ["1.1", "1.2", "2.1"]
    assert _untold(rec_actions) == ["3"]
    late = rec_actions.actions[1]
    assert (late.action, late.lead) == (
        "Add the guide to the providers' induction course",
        "Home Care Providers Forum Chair",
    )
    assert (late.target_date.raw, late.status.raw) == ("June 2025", "Amber")
    assert not [w for w in rec_actions.warnings if w.code == "plan_text_unplaced"]


def test_an_action_number_under_a_recommendation_column_is_read_not_guessed(rag):
    first = rag.actions[0]
    assert first.ref == "1.1"
    assert first.action == "Rewrite the separation module of the partnership's core training course"
    assert first.lead == "Partnership Training Officer"
    assert first.target_date.raw == "Sep-24"
    assert first.extra["recommendation"].startswith("Eastbrook Community Safety Partnership should make sure")
    # (the rows printed mixed are warned: no lead made of a date's first word, "Q4" / "March")
    assert [a.ref for a in rag.actions] == ["1.1"]
    assert _untold(rag) == ["2", "3", "4"]


def test_a_rag_rating_ending_on_a_dash_carries_on():
    """A rating "Green –" / "complete": a rating cut at its dash is no whole cell; the word after it is
    its own, not the date cell's next to a "Completed" standing for the date."""
    fit = RoundFit(ColumnRoles(load_patterns()))
    texts = [
        "3.1 Board Chair to write to the regulator",
        "WSAB Independent",
        "Completed",
        "Letter sent in January 2025; reply received.",
        "Green –",
        "about the findings",
        "Chair",
        "complete",
    ]
    reading = fit.rounds(texts, ["action", "lead", "target_date", "progress", "status"])
    assert reading.cells[2] == ("Completed",)
    assert reading.cells[4] == ("Green –", "complete")
