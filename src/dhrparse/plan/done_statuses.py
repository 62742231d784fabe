"""The statuses of a column-block table (plan.column_blocks) whose last column is headed as the
day an action was done ("Date completed") and holds, for an action not yet done, its state
instead ("In hand", "Outstanding").

Plain pdftotext prints such a column after the table's other columns: its name, then its cells
from the top row down, one a line ("12/05/2025" / "In hand" / "Outstanding"); the rows it did not
reach in that block (a lower row's target wrapped taller than the rest) print after it, a band a
row: the row's target date, then its day or state. When the column's block holds only whole days
and states, one a line, and every cell after it is such a band (a target, then a day or state),
with as many days and states in all as the table has actions, the order proves whose each is: the
k-th the k-th action's. The column's name then heads the status column, so a day in it reads as
the action done (extractors.actions). Anything else and no status is given.
"""

from __future__ import annotations

from collections.abc import Sequence

from dhrparse.plan.block_cells import EITHER, BlockCell, BlockCells, CellRow
from dhrparse.plan.unfielded_names import DONE


def fill_done_statuses(
    actions: Sequence[CellRow], cells: Sequence[BlockCell], blocks: BlockCells
) -> str | None:
    """Give the actions the days and states of a day-done column printed last (see the module's
    doc); the column's printed name where they were given, else None."""
    named = [k for k, c in enumerate(cells) if _is_name(c, blocks)]
    if len(named) != 1 or not actions or any("status" in a.values for a in actions):
        return None
    k = named[0]
    if k + 1 >= len(cells) or any(blocks.name(c.lines)[0] is not None for c in cells[k + 1 :]):
        return None  # (another column's name after it: not the table's last column)
    top = _one_a_line(cells[k + 1], blocks)
    bands = _band_states(cells[k + 2 :])
    if top is None or bands is None or len(top) + len(bands) != len(actions):
        return None
    pages = {c.page for c in cells[k:]} | {a.cell.page for a in actions}
    taken = {v.first for a in actions for v in a.values.values()}
    states = [*top, *bands]
    if len(pages) != 1 or any(c.first in taken for c in states):
        return None
    for act, state in zip(actions, states):
        act.values["status"] = state
    return cells[k].text


def _is_name(cell: BlockCell, blocks: BlockCells) -> bool:
    """The cell is the day-done column's name and nothing else ("Date" / "completed")."""
    field, m = blocks.name(cell.lines)
    return field == DONE and m == len(cell.lines)


def _one_a_line(cell: BlockCell, blocks: BlockCells) -> list[BlockCell] | None:
    """The column's block, a cell a line, where every line is a whole day or a state."""
    if cell.kind not in ("other", "status", "target_date", EITHER):
        return None
    if not all(blocks.whole_date(ln) or blocks.roles.is_status(ln.text) for ln in cell.lines):
        return None
    return [BlockCell("status", [ln]) for ln in cell.lines]


def _band_states(after: Sequence[BlockCell]) -> list[BlockCell] | None:
    """The states closing the bands after the column's block, each band a target date then a
    day or state; None when the cells are not so printed."""
    if len(after) % 2:
        return None
    states: list[BlockCell] = []
    for target, state in zip(after[::2], after[1::2]):
        if target.kind != "target_date" or state.kind not in ("status", EITHER):
            return None
        states.append(BlockCell("status", state.lines))
    return states
