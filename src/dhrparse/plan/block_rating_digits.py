"""A column-block table (plan.column_blocks) whose status column is a rating or a score printed
as a digit alone ("Score" over "1"), its meaning given by a key over the table (plan.number_key).

Cleaning sets a line holding a number alone aside as a page number, so each rating cell is gone
from the printed blocks and the bands after a run of actions (lead, target date, rating) close
with no status (plan.status_bands). Under a status column named as a rating or a score, and
never a colour's (plan.rating_digits), a digit so set aside between two of the table's cells on
one page is that column's cell again: a page's own number is the last or first line printed on
its page, with none of the table's cells on both sides of it, and a number printed straight
before an action cell is its row's ref. Whose each digit is, the bands or the rows' runs
(plan.row_runs) still prove, as for any status.
"""

from __future__ import annotations

from collections.abc import Sequence

from dhrparse.document import Line
from dhrparse.patterns import Patterns
from dhrparse.plan.block_cells import BlockCell
from dhrparse.plan.rating_digits import rated_by_digits, rating_digit
from dhrparse.prepare.markup import flatten


def rated_cells(cells: Sequence[BlockCell], numbers: Sequence[Line], p: Patterns) -> list[BlockCell]:
    """The table's cells with the rating digits cleaning set aside put back, in print order, as
    status cells (see the module's doc); the cells as they were under any other header."""
    named = next(
        (c for c in cells if c.kind == "name" and rated_by_digits(flatten(c.text), p)),
        None,
    )
    if named is None or not cells:
        return list(cells)
    digits = [
        BlockCell("status", [ln])
        for ln in numbers
        if named.first < ln.number and rating_digit(ln.text.strip()) and _between_cells(ln, cells)
    ]
    return sorted([*cells, *digits], key=lambda c: c.first) if digits else list(cells)


def _between_cells(ln: Line, cells: Sequence[BlockCell]) -> bool:
    """A cell of the table printed before the line and another after it, both on its page, the
    one after no action's: a number printed straight before an action cell is its row's ref."""
    before = any(c.lines[-1].number < ln.number and c.lines[-1].page == ln.page for c in cells)
    after = next((c for c in cells if c.first > ln.number), None)
    return before and after is not None and after.page == ln.page and after.kind != "action"
