"""A progress cell whose state is printed bold on its own line over a short note ("Yet to start" /
"Dates being set.", "Embedded" / "In the course since September."): joined into one line the
state's line break is lost, and the note is too long for the cell's opening words to be read as
the state. The state phrase that opens the cell, followed by a note opening in capitals, is the
row's status (plan.status.status_over_note, read by plan.row_cells). Read on
tests/zoo/pending/csp_plan_action_cell_lead_by_lines_fallowmere (own words, fictional places)."""

from __future__ import annotations

from pathlib import Path

import pytest

from dhrparse.patterns import load_patterns
from dhrparse.pipeline import extract
from dhrparse.plan.row_cells import progress_opening_state
from dhrparse.plan.status import status_over_note

P = load_patterns()
PENDING = Path(__file__).resolve().parent / "zoo" / "pending"
STEM = "csp_plan_action_cell_lead_by_lines_fallowmere"


def test_the_state_over_its_note_is_read():
    assert status_over_note("Yet to start Dates being set.", P) == "Yet to start"
    assert status_over_note("Embedded In the course since September.", P) == "Embedded"
    assert (
        status_over_note("Not yet started Waiting for the new budget to be agreed.", P) == "Not yet started"
    )
    assert progress_opening_state("Underway Draft with the charity that runs the helpline.", P) == "Underway"


def test_a_sentence_going_on_after_the_word_is_no_state_over_a_note():
    for text in (
        "Complete review of the referral pathway by March.",  # (the word opens the sentence)
        "Training sessions started in May.",  # (no state opens the cell)
        "Complete",  # (no note: read as a status word elsewhere)
    ):
        assert status_over_note(text, P) is None


@pytest.mark.parametrize("route", ["pdf", "docx"])
def test_every_row_of_the_plan_has_its_state(route):
    got = [a.status.value for a in extract(PENDING / f"{STEM}.{route}").actions]
    assert got == ["complete", "in_progress", "in_progress", "not_started", "in_progress", "not_started"]
