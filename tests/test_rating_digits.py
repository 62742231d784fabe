"""A CSPR tracker whose Score column rates each action by a digit alone, the digits explained
only by a key over the table: in corpus text each row's first line prints the digit straight
after the due date ("31.03.2025 1"), and a date cell may hold a word or two after its date, so
the rows were cut with the digit in the date and no status, read unclearly, and the plan lost.
Under a header naming its status column by a rating's or a score's name, a digit alone is the
status cell's (plan.rating_digits), then read through the key (plan.number_key)."""

from __future__ import annotations

from pathlib import Path

from conftest import extracted

from dhrparse.patterns import load_patterns
from dhrparse.plan.rating_digits import rated_by_digits

PENDING = Path(__file__).resolve().parent / "zoo" / "pending"
STEM = "cspr_number_rating_key"


def test_score_digits_are_the_rows_statuses():
    doc = extracted(PENDING / f"{STEM}.corpus.txt")
    rows = [(a.action.split()[0], a.target_date.raw, a.status.raw, a.status.value) for a in doc.actions]
    assert rows == [
        ("Add", "31.03.2025", "1", "complete"),
        ("Change", "30.06.2025", "2", "in_progress"),
        ("Write", "30.09.2025", "3", "in_progress"),
        ("Add", "31.05.2025", "1", "complete"),
        ("Audit", "31.12.2025", "4", "not_started"),
    ]


def test_only_a_rating_or_score_column_takes_digits():
    p = load_patterns()
    assert rated_by_digits("Ref Action Owner Due Score", p)
    assert rated_by_digits("Rec Action Owner Deadline Rating Commentary", p)
    # (a RAG rating's cells are colours, and a plain status column's are words)
    assert not rated_by_digits("Ref Action Lead Target date RAG rating", p)
    assert not rated_by_digits("Ref Action Lead Target date Status", p)
