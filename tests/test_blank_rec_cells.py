"""An improvement plan whose "Rec." cell is printed on a recommendation's first row only and left
blank (not merged) below it (plan.row_blocks on plain pdftotext, a cell at a time): each row is
an action of its own under the last Rec. printed above it, never a continuation of the row
above, on every route."""

from __future__ import annotations

from pathlib import Path

import pytest

from dhrparse.pipeline import extract

ZOO = Path(__file__).parent / "zoo"
STEM = "plan_blank_rec_cells_glenavon"


@pytest.mark.parametrize("route", ["txt", "pdf", "docx", "corpus.txt"])
def test_a_row_under_a_blank_rec_cell_is_an_action_of_the_last_rec_above(route):
    acts = extract(ZOO / f"{STEM}.{route}").actions
    assert [a.recommendation_ref for a in acts] == ["1", "1", "2", "3", "3", "3", "3"]
    assert [a.status.value for a in acts] == [
        "complete",
        "in_progress",
        "in_progress",
        "not_started",
        "not_started",
        "in_progress",
        "not_started",
    ]
    # (a row whose action names what it audits by a status word is an action, not a status)
    closed = acts[4]
    assert closed.action.startswith("Audit referrals closed")
    assert closed.lead.startswith("Quality Assurance") and closed.target_date.start == "2026-08"


def _blocks(*cells: str) -> str:
    return "\n\n".join(cells)


HEADER = ("Rec.", "Improvement action", "Lead officer", "By when", "Measure of success", "Status")


def test_a_lone_number_after_the_last_row_ends_the_table_before_it():
    """A page's number printed alone after the table's last row, then the report's paragraph:
    the rows are read and the paragraph is no action of a row of its own."""
    text = _blocks(
        "Glenavon Child Protection Committee",
        "Improvement Plan",
        *HEADER,
        "1",
        "Publish a practice note on children\nwho are not brought to appointments.",
        "Lead Officer, Child\nProtection",
        "January 2026",
        "Note published on the\nwebsite.",
        "Complete",
        "Add the note to the training\ncalendar.",
        "Training Coordinator",
        "March 2026",
        "Taught on every course.",
        "In progress",
        "2",
        "Agree a protocol with the housing\nteam.",
        "Housing Services\nManager",
        "May 2026",
        "Protocol signed.",
        "On track",
        "4",
        "Progress on the plan is reported to each meeting of the Committee and to the chief\n"
        "officers twice a year.",
    )
    acts = extract(text + "\n", name="plan.txt").actions
    assert [(a.recommendation_ref, a.action[:20]) for a in acts] == [
        ("1", "Publish a practice n"),
        ("1", "Add the note to the "),
        ("2", "Agree a protocol wit"),
    ]
    assert [a.status.value for a in acts] == ["complete", "in_progress", "in_progress"]
