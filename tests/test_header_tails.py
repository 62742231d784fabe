"""A plan table's header printed over two or three lines in corpus text (pdfplumber's lines, the
cells of a printed line joined by single spaces), its narrow columns' names going on under the
first line: a word broken inside ("Acti" / "on") or a name's last word ("Rec" / "no.",
"Completed" / "(Y/N)"). The pieces are given back to their names (plan.header_tails), so the
tracker reads the rows; a header in no such trouble is left to the readers as printed.

The documents are the pending zoo's `plan_header_*` (tests/zoo/pending/build_plan_header_names_wrapped.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from dhrparse.patterns import load_patterns
from dhrparse.pipeline import extract
from dhrparse.plan.header_tails import HeaderTails
from dhrparse.plan.tables import ColumnMap

PENDING = Path(__file__).parent / "zoo" / "pending"


@pytest.fixture(scope="module")
def tails() -> HeaderTails:
    p = load_patterns()
    return HeaderTails(ColumnMap(p), p)


def test_names_over_three_lines_given_back(tails):
    # (the actions' number column broke its name inside "Action" and wrapped "no." twice)
    got = tails._block(["Rec Recommendation Acti Action Lead agency Target Progress RAG", "no. on", "no."])
    assert got == "Rec no. Recommendation Action no. Action Lead agency Target Progress RAG"


def test_a_name_printed_twice_takes_the_wrapped_word(tails):
    # ("Action" beside "Action": the lone "no." completes the first, the number column)
    got = tails._block(["Rec Action Action Lead Target date Status", "no."])
    assert got == "Rec Action no. Action Lead Target date Status"


def test_completion_flag_broken_inside_its_word(tails):
    got = tails._block(["Ref Action Owner Timescale Progress Compl", "eted", "(Y/N)"])
    assert got == "Ref Action Owner Timescale Progress Completed (Y/N)"


def test_header_in_no_trouble_left_as_printed(tails):
    # (every name whole and none printed twice: the other readers read its wrapped words)
    assert tails._block(["Ref Action Lead Target", "date"]) is None
    # (a piece that completes no name: no header so printed)
    assert tails._block(["Rec Action Action Lead Target date Status", "weekly"]) is None


def _actions(stem: str) -> list:
    return extract(PENDING / f"{stem}.corpus.txt").actions


def test_wrapped_number_names_plan_read():
    actions = _actions("plan_header_number_names_wrapped")
    assert [(a.ref, a.recommendation_ref) for a in actions] == [
        ("1(a)", "1"),
        ("1(b)", "1"),
        ("2(a)", "2"),
        ("3(a)", "3"),
        ("3(b)", "3"),
    ]
    # (the plan restates the report's recommendations: each action linked to the report's)
    assert all(a.recommendation_id for a in actions)
    assert [a.status.raw for a in actions] == ["G", "A", "R", "A", "A"]
    assert actions[1].target_date.raw == "30/09/2024"


def test_recommendation_and_action_numbers_read_as_a_pair():
    actions = _actions("plan_header_rec_action_numbers")
    assert [(a.ref, a.recommendation_ref) for a in actions][:3] == [
        ("1.1", "R1"),
        ("1.2", "R1"),
        ("2.1", "R2"),
    ]
    assert len(actions) == 7
    assert actions[0].action.startswith("Map every day service")


def test_completion_flag_read_as_the_status():
    actions = _actions("plan_header_flag_name_broken")
    assert [a.ref for a in actions] == ["1", "2", "3", "4"]
    assert [a.status.value for a in actions] == ["complete", "in_progress", "in_progress", "complete"]
    assert actions[3].lead == "Superintendent, Custody"


def test_completion_day_name_finished_below(tails):
    # ("Target Date" as printed, but "completed" under it makes "Date completed" the last
    # column's name: the completion day's, beside the target)
    got = tails._block(["Rec Action Lead Target Date", "completed"])
    assert got == "Rec Action Lead Target Date completed"
    # (but a piece making another name a column's own stays there: "Evidence of completion",
    # not "Date completion")
    got = tails._block(["Ref Action Action owner Target Evidence of Date", "completion signed off"])
    assert got == "Ref Action Action owner Target Evidence of completion Date signed off"


def test_completion_day_column_read_as_status():
    actions = _actions("dhr_appendix_plan_date_completed_in_hand_brinsworth")
    states = {
        a.action.split()[0]: (a.target_date.start if a.target_date else None, a.status.value) for a in actions
    }
    assert states["Write"] == ("2025-06", "complete")
    assert states["Audit"] == ("2025-12", "not_started")
    # (a later action's row under the merged Rec cell, its target's year wrapped below: "In
    # hand" in the completion day's column finds it)
    assert states["Keep"] == ("2025-09", "in_progress")
    assert len(actions) == 7
