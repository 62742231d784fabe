"""A column-block table's status column read in print order with too few statuses proven to
check it (plan.table_statuses): the pages check it instead.

On the Home Office template plain pdftotext prints each page's action cells and its outcome
cells in blocks out of step with one another, so no run's own cells say whose an outcome is,
and where every outcome opens with its date after the state ("Completed 12/02/2025. Outcome:
...") or the bands print the outcomes apart from the dates, no reading proves any. But a page
prints its own rows' cells and no other's: where each page holds as many outcome cells as it
holds action cells, and the table as many as it has rows, the column's print order is its rows'
order page by page. A page whose counts differ (an empty outcome, a milestone read as a status,
an action cell broken over the page) leaves the table as it was.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from dhrparse.plan.block_cells import BlockCell, CellRow

MIN_PAGES = 2  # one page's count alone is the table's count again, no further check


def paged_alike(actions: Sequence[CellRow], column: Sequence[BlockCell]) -> bool:
    """Each page prints as many of the column's cells as action cells, over two pages or more,
    and no action's cell carries over a page (its row's cells may then print on either)."""
    rows = Counter(act.cell.page for act in actions)
    cells = Counter(cell.page for cell in column)
    if None in rows or len(rows) < MIN_PAGES:
        return False
    if any(len({ln.page for ln in act.cell.lines}) > 1 for act in actions):
        return False
    return rows == cells
