"""A board's plan (Recommendation | Agreed action | Lead officer | Target date | Progress update |
RAG) that plain pdftotext printed as column blocks, a band a row after each run of actions.

A row's lone rating printed after the page's running foot is set apart from the last run's
band, and given to the page's one row left without a status (plan.foot_ratings); two such
ratings, or two rows without one, and none is given.
"""

from __future__ import annotations

from dhrparse.pipeline import extract

HEAD = (
    "Corvale Safeguarding Adults Board\n\n"
    "Safeguarding Adults Review: Harold\nBoard action plan\n"
    "RAG: Green – done; Amber – under way; Red – not yet begun.\n"
    "Recommendation\n"
    "1. The Corvale Safeguarding Adults\nBoard should make sure that day centre\n"
    "staff report a missed attendance the\nsame day.\n"
    "2. Corvale Council should review every\nclosed home care package after a\n"
    "refusal within a month.\n\n"
)

FIRST = (
    "Agreed action\n"
    "Add a same-day absence call to\nthe day centre procedure\n"
    "Audit twenty missed attendances\nfor a recorded call\n\n"
    "Lead officer\nDay Services\nManager\nQuality Officer\n\n"
    "Target date\n28/02/2025\n\n"
    "RAG\nGreen\n\n"
    "July 2025\n\n"
    "Progress update\nProcedure changed in February.\nNine records audited so far.\n\n"
)

SECOND = (
    "Change the closure form to ask\nfor a review date\n\n"
    "Home Care\nTeam Manager\n\n"
    "30/09/2025\n\n"
    "Not started; the form is due for\nreplacement in the spring.\n\n"
    "Red\n\n"
)

FOOT = "SAR Harold – Page\n\n1\n\n"


def _statuses(text: str) -> list[str]:
    doc = extract(text, name="plan.txt")
    return [a.status.value if a.status else "unknown" for a in doc.actions]


def test_a_rating_printed_after_the_pages_foot_is_the_one_row_without_one():
    assert _statuses(HEAD + FIRST + SECOND + FOOT + "Amber\n\n") == [
        "complete",
        "in_progress",
        "not_started",
    ]


def test_two_ratings_after_the_foot_give_none():
    second = SECOND.replace("Red\n\n", "")
    statuses = _statuses(HEAD + FIRST + second + FOOT + "Amber\n\nRed\n\n")
    assert statuses[1:] == ["unknown", "unknown"]
