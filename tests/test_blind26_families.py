"""Families the session-25 blind set showed failing, each in a pending zoo document written in
our own words (tests/zoo/pending/): a SAR tracker with theme bands, recommendation cells opening
with their code and addressee ("R1 The Board should ..."), a bulleted Actions cell under one
lead, date and status, and a "Completed? (Y/N/P)" letter column; and a plan whose No. column is
Word's automatic list numbering. Read on the PDF and Word routes."""

from __future__ import annotations

from pathlib import Path

import pytest

from dhrparse.models import Status
from dhrparse.patterns import load_patterns
from dhrparse.pipeline import extract
from dhrparse.plan.status import keyed_flag, normalise_status
from dhrparse.vocab.actors import ActorFinder

PENDING = Path(__file__).resolve().parent / "zoo" / "pending"
TRACKER = PENDING / "sar_tracker_theme_bands_ynp"
NUMBERED = PENDING / "plan_docx_auto_numbered_column"


@pytest.mark.parametrize("ext", [".pdf", ".docx"])
def test_tracker_reads_codes_bands_bullets_and_letters(ext):
    result = extract(TRACKER.with_suffix(ext))
    recs = result.recommendations
    assert [r.ref for r in recs] == ["R1", "R2", "R3", "R4"]
    # the code is the ref, not the text's opening words nor the addressee's
    assert recs[0].text.startswith("The Board should")
    assert recs[0].agency == "Hallowby Safeguarding Adults Board"
    # a theme band is a heading: never an agency, and never makes the rows agency level
    assert all(r.level == "overview" for r in recs)
    assert not any("Theme" in (r.agency or "") for r in recs)
    # a recommendation over two rows makes each row an action: the bullets are one action's steps
    actions = result.actions
    assert len(actions) == 5
    assert actions[1].action.count("•") == 3
    # the letters the header names: Y complete, P in progress, N not started
    assert [a.status.value for a in actions] == [
        "complete",
        "in_progress",
        "not_started",
        "not_started",
        "complete",
    ]


def test_letters_read_only_under_a_header_that_names_them():
    p = load_patterns()
    assert normalise_status("P", [], p).value == "unknown"  # a "P" alone says nothing
    keyed = keyed_flag(normalise_status("P", [], p), "P", "Completed? (Y/N/P)", p)
    assert keyed == Status(raw="P", value="in_progress")
    assert keyed_flag(normalise_status("N", [], p), "N", "Completed? (Y/N/P)", p).value == "not_started"
    # a Y/N flag keeps its own reading: "N" says only that the work is not finished
    assert keyed_flag(normalise_status("N", [], p), "N", "Closed (Y/N)", p).value == "unknown"
    assert keyed_flag(normalise_status("P", [], p), "P", "Status", p).value == "unknown"


def test_actor_never_opens_with_the_recommendation_code():
    actors = ActorFinder(load_patterns())
    assert actors.find("R1 The Board should seek assurance that ...") == "The Board"
    assert actors.find("SAR2.1: The Trust should review ...") == "The Trust"


def test_docx_draws_word_automatic_numbers_in_cells():
    result = extract(NUMBERED.with_suffix(".docx"))
    assert [r.ref for r in result.recommendations] == ["1", "2", "3"]
    assert [a.recommendation_ref for a in result.actions] == ["1", "2", "3"]
