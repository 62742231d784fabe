"""A plan with no status column that marks a finished action in its own cell: the action's words
struck through and "(closed)" after them. The marker is the action's state (complete), and no part
of the action's words; an action in plain type is in progress only where the plan's own note says
that plain-type actions remain open, and says nothing of its state otherwise (plan.closed_marks;
zoo: tests/zoo/pending/build_dhr_plan_struck_closed_actions.py, heldout42 family 1's form).

A board's plan whose status column prints the plain words "Done" / "Doing" / "To do": "Doing" and
"To do" are states only as the whole cell (patterns/actions.toml [status] whole_cell; zoo:
tests/zoo/pending/build_sar_board_plan_done_doing_to_do.py, heldout42 family 3's plan)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from conftest import extracted

from dhrparse.pipeline import extract

sys.path.insert(0, str(Path(__file__).resolve().parent))
from docx_build import paragraphs_and_table  # noqa: E402

PENDING = Path(__file__).resolve().parent / "zoo" / "pending"
HEADER = ["No.", "Recommendation", "Action", "Lead", "Target date"]
INTRO = ["Domestic Homicide Review action plan", "The plan is updated after each meeting of the group."]
NOTE = (
    "Closed actions are struck through and marked (closed). Actions in plain type remain open and "
    "are being worked on."
)


def _states(paragraphs, actions):
    rows = [
        [
            f"1.{k}",
            "1. The partnership should improve its training.",
            action,
            "Training Officer",
            "March 2026",
        ]
        for k, action in enumerate(actions, 1)
    ]
    doc = extract(paragraphs_and_table(paragraphs, HEADER, rows), name="plan.docx")
    return [(a.action, a.status.raw, a.status.value) for a in doc.actions]


@pytest.mark.parametrize("suffix", [".pdf", ".docx"])
def test_a_struck_plan_reads_its_closed_marks_and_its_note(suffix):
    doc = extracted(PENDING / f"dhr_plan_struck_closed_actions_note_thornaby_cross{suffix}")
    states = {a.ref: (a.status.raw, a.status.value) for a in doc.actions}
    assert states["1.1"] == ("(closed)", "complete")
    assert states["1.2"] == (None, "in_progress")
    assert states["4.2"] == (None, "in_progress")
    assert all("(closed)" not in a.action for a in doc.actions)


@pytest.mark.parametrize("suffix", [".pdf", ".docx"])
def test_without_the_note_plain_type_actions_say_no_state(suffix):
    doc = extracted(PENDING / f"dhr_plan_struck_closed_actions_no_note_thornaby_cross{suffix}")
    states = {a.ref: a.status.value for a in doc.actions}
    assert states["1.1"] == "complete"
    assert states["1.2"] == "unknown"


def test_a_closing_marker_is_the_state_and_not_the_action():
    assert _states([*INTRO, NOTE], ["Write the course. (closed)", "Audit the course."]) == [
        ("Write the course.", "(closed)", "complete"),
        ("Audit the course.", None, "in_progress"),
    ]


def test_a_note_on_struck_actions_alone_leaves_plain_ones_unknown():
    note = "Closed actions are struck through and marked (closed)."
    assert _states([*INTRO, note], ["Write the course. [Closed]", "Audit the course."]) == [
        ("Write the course.", "[Closed]", "complete"),
        ("Audit the course.", None, "unknown"),
    ]


def test_closed_inside_the_action_is_no_marker():
    assert _states(INTRO, ["Review cases (closed or open) with the team."]) == [
        ("Review cases (closed or open) with the team.", None, "unknown"),
    ]


@pytest.mark.parametrize("suffix", [".pdf", ".docx", ".txt"])
def test_done_doing_to_do_are_a_boards_three_states(suffix):
    doc = extracted(PENDING / f"sar_board_plan_done_doing_to_do_merged_rec_brindlemoor{suffix}")
    assert [a.status.value for a in doc.actions] == [
        "complete",
        "in_progress",
        "complete",
        "not_started",
        "not_started",
        "in_progress",
    ]


def test_to_do_in_a_sentence_is_no_state():
    header = ["Ref", "Action", "Lead", "Target date", "Status"]
    rows = [["1.1", "Agree the plan", "Chair", "March 2026", "Work out what to do next"]]
    doc = extract(paragraphs_and_table(INTRO, header, rows), name="plan.docx")
    assert doc.actions[0].status.value == "unknown"


def test_a_text_plan_whose_marker_a_page_break_parted_leaves_plain_actions_unknown():
    # (Wendlebury's plain text: action 3.1's "[Closed]" prints on page 2, where no row takes it)
    doc = extracted(PENDING / "dhr_plan_struck_done_actions_key_wendlebury.txt")
    states = [a.status.value for a in doc.actions]
    assert "in_progress" not in states
    assert states.count("complete") == 2


def test_a_text_plan_splits_its_actions_after_a_closing_marker():
    doc = extracted(PENDING / "dhr_plan_struck_closed_actions_note_thornaby_cross.txt")
    assert [a.status.value for a in doc.actions] == ["complete", "in_progress"] * 4
