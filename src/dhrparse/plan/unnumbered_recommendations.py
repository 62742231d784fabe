"""Recommendation cells printed without a number.

The Home Office action-plan template ("Recommendation | Scope of recommendation | Action to
take | Lead Agency | Key milestones ... | Target Date | Date of completion and Outcome") is
often filled in with each recommendation's full text in its first cell and no number at all:
the number lives in the report's recommendations chapter, not in the plan. Such a cell opens a
row of its own when it reads as a new sentence (not the lower-case run-on of a cell broken by
a page) beside an action of its own, in a table that has numbered none of its rows: a table
that numbers its recommendation cells keeps opening rows only at the numbers it prints."""

from __future__ import annotations

from dhrparse.plan.tables import PlanTable

_MIN_WORDS = 4  # a recommendation is a sentence; a shorter cell is a label or a fragment


def unnumbered_opening(table: PlanTable | None, cell: str, action: str) -> bool:
    """Whether a recommendation cell without a number opens a row of the plan."""
    if table is None or any(row.ref for row in table.rows):
        return False
    words = cell.split()
    return len(words) >= _MIN_WORDS and _opens_sentence(cell) and bool(action.strip())


def _opens_sentence(text: str) -> bool:
    first = text.lstrip(" \"'‘“(")[:1]
    return first.isupper()
