"""The top rows of a column-block table whose cells each column's name's block holds one under
another (plan.block_values gives the first row the status printed straight under the status
column's name).

Plain pdftotext joins a column's name and the cells under it into one block where they stand a
line apart, so rows short enough print their cells of a column in the name's block, one under
the other: "Action" / three actions, "Status" / "Closed" / "Open – on track" / "Not started". An
empty cell leaves a gap that ends the block. Where the action name's block and the status name's
block hold as many cells as each other, and none of those actions has a status, the k-th status
is the k-th row's; otherwise only the first row's is proven.
"""

from __future__ import annotations

from collections.abc import Sequence

from dhrparse.plan.block_cells import EITHER, BlockCell, CellRow

STATUS_KINDS = ("status", EITHER)


def block_run(cells: Sequence[BlockCell], k: int, kinds: tuple[str, ...]) -> list[BlockCell]:
    """Cell k and the cells of its kinds printed on the lines right after it, in its block."""
    run = [cells[k]]
    for cell in cells[k + 1 :]:
        last = run[-1].lines[-1]
        if cell.kind not in kinds or cell.page != last.page or cell.first != last.number + 1:
            break
        run.append(cell)
    return run


def name_block_statuses(
    cells: Sequence[BlockCell], k: int, s: int, rows: dict[int, CellRow], taken: set[int]
) -> list[tuple[CellRow, BlockCell]]:
    """The statuses of the rows whose actions the action name's block holds from cell k, the
    status name's block holding the statuses from cell s: each row's in order where the two
    blocks count alike, else the first row's alone."""
    actions = block_run(cells, k, ("action",))
    statuses = block_run(cells, s, STATUS_KINDS)
    acts = [rows.get(a.first) for a in actions]
    if (
        len(actions) > 1
        and len(statuses) == len(actions)
        and all(act is not None and "status" not in act.values for act in acts)
        and not any(c.first in taken for c in statuses)
    ):
        return list(zip(acts, statuses))
    return [(acts[0], statuses[0])]
