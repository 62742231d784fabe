"""A column of the days actions were done ("Date completed") that plain pdftotext printed whole
after a column-block table's rows (plan.column_blocks): its name, then its days one block after
another. The days are no row's target date, and the name is no header printed again after the
last run (plan.value_blocks would take the cells under it for a first row's); both are left to
the plan reader's account of what it did not read."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dhrparse.plan.block_cells import BlockCell
from dhrparse.plan.unfielded_names import DONE

if TYPE_CHECKING:
    from dhrparse.plan.block_cells import BlockCells


def done_days(cells: list[BlockCell], blocks: BlockCells) -> list[BlockCell]:
    """The cells again, the DONE column's name and the whole days after it made "other"."""
    out: list[BlockCell] = []
    done = False
    for cell in cells:
        if cell.kind == "name":
            done = blocks.name(cell.lines)[0] == DONE
            cell = BlockCell("other", cell.lines) if done else cell
        elif (
            done and cell.kind in ("target_date", "other") and all(blocks.whole_date(ln) for ln in cell.lines)
        ):
            cell = BlockCell("other", cell.lines)
        else:
            done = False
        out.append(cell)
    return out
