"""Rows that cut a printed line of joined cells among their cells by its words alone.

In text taken out a printed line at a time (corpus text), one printed line of a plan table holds
a piece of every cell of its row, joined by single spaces ("Risk assessment takes Local 1.1
Amend the police DASH Northvale Police Guidance amended ..."). Where every corpus-text reader
refused the table's header (its widths gave no clear cut, a `plan_cells_untold` warning), the
walk still reads the lines as a row printed cell after cell (plan.interleaved) and cuts such a
line where its words look like a new cell: a lead's capital, a scope word, a number. Nothing
on the line tells where its cells really part, so those cuts are guesses, and the records made
of them mix the columns' words ("Office Home" for a lead). A row whose printed lines each went
whole into one of its cells read the lines as the cells they are; a row that cut a long line
inside it did not. A table is let go only where most rows did so (plan.refused_tables): in a
table printed cell after cell, as plain PDF text prints it, a row here and there cuts the line
where a short lead, its date and the outcome's opening share one ("Lead GP 01.02.13 The policy
is in place ..."), and its other rows take every line whole.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from dhrparse.document import Line
    from dhrparse.plan.tables import PlanRow

LONG = 4  # words on a printed line before a cut inside it can be told (shorter lines are cells' tails)
OPENING = 3  # the words of a line's opening looked for in a cell


def _whole(text: str, cells: list[str]) -> bool:
    """The line's text stands whole in one cell, or whole after its row's ref ("1. Risk ...")."""
    rest = text.split(" ", 1)[-1]
    return any(text in cell or rest in cell for cell in cells)


def cuts_a_line(row: PlanRow, lines: list[Line]) -> bool:
    """Whether the row took the opening of one of its long printed lines into a cell and left the
    rest of that line to other cells."""
    cells = [" ".join(c.split()) for c in (*row.cells.values(), *row.extra.values()) if c]
    if not cells:
        return False
    for ln in lines:
        if not row.line_start <= ln.number <= (row.line_end or row.line_start):
            continue
        words = ln.text.split()
        if len(words) < LONG:
            continue
        text = " ".join(words)
        if _whole(text, cells):
            continue
        openings = (" ".join(words[:OPENING]), " ".join(words[1 : OPENING + 1]))
        if any(opening in cell for opening in openings for cell in cells):
            return True
    return False
