"""The cells of a plan printed as column blocks whose action cells open with their code alone
("1a", "2.1") and whose progress cells open with a state alone ("Underway", "Yet to start"):
what its two readers share.

Plain pdftotext prints such a table a column at a time, each column's name over its cells one
after another; nothing but the line a cell opens with tells where the next cell starts, and
nothing but the order says whose each progress cell is. Both readers so deal a column's lines
into cells by their opening lines (`deal_lines`, a cell a page break parted carried on) and
pair the k-th action cell with the k-th progress cell only where the two counts agree
(`counted_alike`). They differ in two steps, each its reader's own:

- finding the blocks: plan.coded_cell_columns reads each page's three blocks under the
  column names from the Recommendation column's on, the recommendations numbered ("2.") and
  every code naming one ("2b"); plan.state_note_blocks reads block by block from the action
  column's name, passing over a running foot;
- writing the rows: plan.coded_cell_columns gives each row its recommendation's cell, its
  action, its state and its note; plan.state_note_blocks gives each code's line the code, the
  action cell's other lines and the progress cell, the recommendations left as printed.

plan.coded_plan_blocks is the family's one entry point: it tries the two readers in that order.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from dhrparse.document import Line

MIN_ROWS = 2  # a table of one row says nothing by its counts


def deal_lines(cells: list[list[Line]], lines: list[Line], opens: Callable[[Line], bool]) -> list[Line]:
    """The lines added to the cells in order: a line `opens` takes opens a cell, any other carries
    the cell before on (over a page break too). Returns the lines printed before any cell opened
    (the rest of a cell an earlier block opened, or no cell's)."""
    before: list[Line] = []
    for ln in lines:
        if opens(ln):
            cells.append([ln])
        elif cells:
            cells[-1].append(ln)
        else:
            before.append(ln)
    return before


def counted_alike(actions: list[list[Line]], progress: list[list[Line]]) -> bool:
    """As many progress cells as action cells, and enough of them for the counts to prove it."""
    return len(actions) >= MIN_ROWS and len(actions) == len(progress)
