"""Recommendation cells printed without a number.

The Home Office action-plan template ("Recommendation | Scope of recommendation | Action to
take | Lead Agency | Key milestones ... | Target Date | Date of completion and Outcome") is
often filled in with each recommendation's full text in its first cell and no number at all:
the number lives in the report's recommendations chapter, not in the plan. Such a cell opens a
row of its own when it reads as a new sentence (not the lower-case run-on of a cell broken by
a page) beside an action of its own, in a table that has numbered none of its rows: a table
that numbers its recommendation cells keeps opening rows only at the numbers it prints."""

from __future__ import annotations

import regex

from dhrparse.plan.tables import PlanTable
from dhrparse.plan.wrapping import SENTENCE_END

_MIN_WORDS = 4  # a recommendation is a sentence; a shorter cell is a label or a fragment


def unnumbered_opening(table: PlanTable | None, cell: str, action: str, asking: regex.Pattern) -> bool:
    """Whether a recommendation cell without a number opens a row of the plan: a sentence of
    its own that asks someone to act ("... should ..."), beside an action that opens a sentence
    too, in a table that numbers none of its rows (a milestone or outcome that a column-printed
    table let into the first cell, "Prompt built and tested.", asks nobody)."""
    if table is None or any(row.ref for row in table.rows):
        return False
    return (
        len(cell.split()) >= _MIN_WORDS
        and _opens_sentence(cell)
        and (asking.search(cell) is not None or _wraps(table, cell))
        and _opens_sentence(action)
        and not _runs_on(table)
    )


def _wraps(table: PlanTable, cell: str) -> bool:
    """The first printed line of a cell a table printed as text lines wraps (its asking words may
    be on the lines below: "The Eldermere Community Safety / Partnership should ...")."""
    return table.origin == "text" and not SENTENCE_END.search(cell.rstrip())


def _runs_on(table: PlanTable) -> bool:
    """A table printed as text lines (pdftotext -layout) wraps each cell over several lines: while
    the recommendation cell above has not ended its sentence, a capital on the next line is a
    name carried on ("The Safer Marlstow / Partnership should ..."), not a new recommendation."""
    if table.origin != "text":
        return False  # (a reader's table row holds whole cells)
    above = _recommendation_above(table)
    return bool(above) and not SENTENCE_END.search(above.rstrip())


def _opens_sentence(text: str) -> bool:
    first = text.lstrip(" \"'‘“(")[:1]
    return first.isupper()


def merged_cell_runs_on(table: PlanTable | None, first_cell: str) -> bool:
    """A row holding only the lower-case rest of the recommendation cell above (the merged cell
    broken by a page: "... reviewed by a senior" / "probation officer before it is closed."),
    which carries that cell on rather than updating the rows above."""
    if table is None or "recommendation" not in table.columns or not first_cell[:1].islower():
        return False
    above = _recommendation_above(table)
    return bool(above) and not SENTENCE_END.search(above.rstrip())


def _recommendation_above(table: PlanTable) -> str:
    return next(
        (r.cells["recommendation"] for r in reversed(table.rows) if r.cells.get("recommendation")), ""
    )
