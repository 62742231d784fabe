"""The statuses of a column-block table whose action column's name plain pdftotext printed
last (plan.column_blocks `_table_named_last`), read where two status columns prove their order.

Such a tracker prints its first rows' action cells under the action column's name, at the end of
the page, and every later row's cells before it: the rows' order is the actions under that name
first, then the others as printed. The status columns print top-down as columns do, so their
cells follow the rows' order, but a count alone proves nothing there (a tall row's rating may
print after the next row's cells). A tracker that rates each row twice, a status word and a
RAG letter or colour ("Ongoing" / "G"), proves it: where one column holds as many cells as the
table has actions, and the other, cell by cell in print order, says the same of every row it
rates (a row's word left empty only at the end), each row is given its cells in that order.
Anything else (a column too short or too long, one pair that disagrees, a name printed again)
and the rows keep no status.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from dhrparse.document import Line
from dhrparse.models import Status
from dhrparse.patterns import Patterns
from dhrparse.plan.block_cells import EITHER, BlockCell, BlockCells, CellRow
from dhrparse.plan.rag_key import is_legend, read_key, through_key
from dhrparse.plan.status import normalise_status, status_words

MIN_ROWS = 3  # two rows agreeing is too little to prove a column's order


def named_last_lines(
    actions: Sequence[CellRow], cells: Sequence[BlockCell], name_line: int, blocks: BlockCells, p: Patterns
) -> set[int]:
    """The printed lines of the table's column names and of the statuses given its actions,
    each action given the status its two status columns prove (`fill_named_last_statuses`)."""
    taken = fill_named_last_statuses(
        actions, cells, name_line, read_key(_Printed(blocks.document_lines), p), p
    )
    return {ln.number for c in cells if c.kind == "name" for ln in c.lines} | taken


def row_cells(action: CellRow, fields: Sequence[str]) -> list[str]:
    """An action's row: its cell, then each field's cell given it, empty where none was."""
    return [action.cell.text] + [action.values[f].text if f in action.values else "" for f in fields]


class _Printed:
    """The document's printed lines, read for its RAG key as the plan reader reads it."""

    def __init__(self, lines: list[Line]):
        self.lines = lines

    def content_lines(self) -> Iterator[Line]:
        return (ln for ln in self.lines if ln.is_content)


def fill_named_last_statuses(
    actions: Sequence[CellRow], cells: Sequence[BlockCell], name_line: int, key: dict[str, str], p: Patterns
) -> set[int]:
    """Give each action, in the rows' order (those printed under the action column's name, at
    line `name_line`, first), the status its two status columns agree on (see the module's doc);
    the printed lines of both columns' cells so read, none where they prove nothing."""
    under = [a for a in actions if a.cell.first > name_line]
    rows = [*under, *(a for a in actions if a.cell.first < name_line)]
    if len(rows) < MIN_ROWS or not under or any("status" in a.values for a in rows):
        return set()
    statuses = [c for c in cells if c.kind in ("status", EITHER) and not is_legend(c.text)]
    words = [c for c in statuses if status_words(c.text, p) is not None]
    marks = [c for c in statuses if c not in words]
    if not words or not marks or any(_value(c, key, p) in (None, "unknown") for c in statuses):
        return set()
    long, short = (words, marks) if len(words) >= len(marks) else (marks, words)
    if len(long) != len(rows) or len(short) < MIN_ROWS:
        return set()
    if any(_value(a, key, p) != _value(b, key, p) for a, b in zip(long, short)):
        return set()
    pages = {a.cell.page for a in rows}
    if len(pages) != 1 or any(
        c.page is not None and c.page not in (*pages, *(q + 1 for q in pages if q)) for c in statuses
    ):
        return set()  # (an action on another page: that page's rows print in an order of their own)
    for k, act in enumerate(rows):
        own = [long[k], *short[k : k + 1]]
        # (the row's word as printed, "Ongoing", where it has one, else its letter)
        act.values["status"] = next((c for c in own if c in words), own[0])
    return {ln.number for c in (*long, *short) for ln in c.lines}


def _value(cell: BlockCell, key: dict[str, str], p: Patterns) -> str | None:
    """The status a cell says, a RAG letter or colour through the plan's key as its row's will be."""
    status: Status = normalise_status(cell.text, [], p)
    return through_key(status, cell.text, key, p).value
