"""A ruled PDF plan whose header prints on page 1 only: the row opening a new page is a row of
its own where every cell above it it fills was finished (readers.pdf_continued). A short cell is
finished unless its last word leaves it open (a comma, a dash, the word "and"): the status "In
hand" ends in the letters "and" but is a whole status, so the next page's row (its action, lead,
date and status) is the next action under the merged recommendation, not the tail of the row
above. The document is the pending zoo's (tests/zoo/pending/build_csp_dhr_plan_header_once_status_key_thornlaw.py)."""

from __future__ import annotations

from pathlib import Path

from dhrparse.pipeline import extract
from dhrparse.readers.pdf_continued import _finished, _row_of_its_own

PENDING = Path(__file__).resolve().parent / "zoo" / "pending"

ABOVE = ["7", "The council should ask its staff service to refer staff who tell it about", "Agree the route.",
         "Head of HR", "31/10/2024", "In hand"]  # fmt: skip
BELOW = [
    "",
    "abuse to specialist help.",
    "Publish the policy on the intranet.",
    "Head of HR",
    "30/06/2024",
    "Done",
]


def test_a_status_ending_in_the_letters_and_is_finished():
    assert _finished("In hand")
    assert not _finished("Police and")
    assert not _finished("Health, Social Care –")


def test_the_next_pages_row_is_a_row_of_its_own():
    assert _row_of_its_own(BELOW, ABOVE)


def test_the_row_after_the_page_break_is_an_action():
    doc = extract(PENDING / "csp_dhr_plan_header_once_status_key_thornlaw.pdf")
    tenth = [a for a in doc.actions if a.recommendation_ref == "10"]
    assert len(tenth) == 2
    assert [a.status.value for a in tenth] == ["in_progress", "complete"]
