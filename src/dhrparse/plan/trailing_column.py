"""A column of a column-block table (plan.column_blocks) that plain pdftotext printed whole
after the table's rows: its name, then its cells one after another and nothing else.

A Word table too wide for its page is printed in parts: the rows' first columns (ref, learning,
action, lead, deadline) a row at a time, then the columns that did not fit ("Evidence",
"Status") each as a column of its own, its name heading its cells down the page. Such a column
printed at the end of the table, its cells all of one kind (every one a status, or every one a
lead; a "Progress" column whose every cell is a status word is the status column) with no other
cell among them, is printed top to bottom: when it holds exactly as many
cells as the table has actions, its k-th cell is the k-th action's. Its cells are set aside
before the rows are read (a name printed after the last row would otherwise read as the next
table's header and part the last row from its own cells), and given to the actions only when
the counts agree and no action took that field elsewhere; otherwise the table is read as
printed, the column left to the plan reader's account of what it did not read.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from dhrparse.document import Line
from dhrparse.plan.block_cells import EITHER, BlockCell, BlockCells, CellRow
from dhrparse.prepare.markup import flatten

# the kinds of cell each column printed apart may hold ("Ongoing" may be a date or a status)
_KINDS = {"lead": ("lead",), "target_date": ("target_date", EITHER), "status": ("status", EITHER)}
MIN_CELLS = 2  # a lone cell under a name is any table's first row, not a column printed apart


@dataclass
class TrailingColumn:
    field: str
    name: BlockCell
    cells: list[BlockCell]


def trailing_column(
    cells: Sequence[BlockCell],
    name_of: Callable[[BlockCell], str | None],
    blocks: BlockCells | None = None,
) -> TrailingColumn | None:
    """The column printed last, whole: the table's cells end with a column's name (of a lead,
    target date or status column) after the last action cell, then only that column's cells.
    `blocks`: where given, a progress column's notes printed as one block are its statuses
    where they part so (`status_parts`)."""
    last_action = max((k for k, c in enumerate(cells) if c.kind == "action"), default=None)
    if last_action is None:
        return None
    for k in range(len(cells) - 1, last_action, -1):
        if cells[k].kind != "name":
            continue
        field = name_of(cells[k])
        column = list(cells[k + 1 :])
        if field == "progress" and column and all(c.kind == "status" for c in column):
            field = "status"  # (a Progress column whose every cell is a status word is the status)
        elif (
            field == "progress"
            and len(column) == 1
            and blocks
            and (parts := status_parts(blocks, column[0].lines))
        ):
            field, column = "status", parts  # (its notes each opening with a status word)
        if field not in _KINDS or len(column) < MIN_CELLS:
            return None
        if any(c.kind not in _KINDS[field] for c in column):
            return None
        return TrailingColumn(field, cells[k], column)
    return None


def fill_trailing_column(actions: Sequence[CellRow], column: TrailingColumn) -> bool:
    """Give the k-th action the column's k-th cell, where the counts agree and no action has
    that field already; whether it did."""
    if len(column.cells) != len(actions) or any(column.field in act.values for act in actions):
        return False
    if any(cell.first < act.cell.first for act, cell in zip(actions, column.cells)):
        return False  # (a cell right of the actions never prints before its row's action)
    for act, cell in zip(actions, column.cells):
        act.values[column.field] = BlockCell(column.field, cell.lines)
    return True


def status_parts(blocks: BlockCells, body: list[Line]) -> list[BlockCell] | None:
    """A status column's wrapped cells printed one after another, parted where a line opens
    with a capitalised status word ("Completed – the" / "question was added" / "In progress –
    the"); None unless its first line opens with one."""
    first = flatten(body[0].text).strip() if body else ""
    if not (first[:1].isupper() and blocks.roles.opens_status(first)):
        return None
    return blocks.split_values("status", body)
