"""A run of actions whose cells printed after it are more rows' than its own.

Plain pdftotext prints a column-block table's cells after a run of action cells; where later
rows' action cells print further down (a tall merged cell beside them, a page's foot), the
cells printed after the run hold those rows' leads, dates and statuses too. Then one field's
cells counting as the run's rows proves nothing: a run of one action followed by five statuses
and four dates, and one lead among them, is no proof that lead is the action's (it is a later
row's). So the blocks' order (plan.value_blocks) is read only where no field holds more cells
than the run has actions. Leads are not counted: a lead's lines split over a page's foot, or
a running foot read as a name, give a run more lead cells than rows while its other cells are
its own; a date or a status is one short cell that splits no such way.
"""

from __future__ import annotations

from collections.abc import Sequence

from dhrparse.plan.block_cells import BlockCell

COUNTED = ("target_date", "status")


def crowded(after: Sequence[BlockCell], actions: int) -> bool:
    """The dates or the statuses printed after the run are more than the run's actions.

    >>> from dhrparse.document import Line
    >>> cells = [BlockCell(kind, [Line(n, "x")]) for n, kind in enumerate(["status", "target_date", "status"])]
    >>> crowded(cells, 1), crowded(cells, 2)
    (True, False)
    """
    return any(sum(1 for c in after if c.kind == field) > actions for field in COUNTED)
