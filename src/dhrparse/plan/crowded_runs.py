"""A run of actions whose cells printed after it are more rows' than its own.

Plain pdftotext prints a column-block table's cells after a run of action cells; where later
rows' action cells print further down (a tall merged cell beside them, a page's foot), the
cells printed after the run hold those rows' leads, dates and statuses too. Then one field's
cells counting as the run's rows proves nothing: a run of one action followed by four dates and
one lead among them is no proof that lead is the action's (it is a later row's). A row holds
one target date, and pdftotext prints a row's cells after its action in column order, the next
row's after them: so the cells that can be the run's are those printed before the date after
the run's own (before the (n+1)-th date for a run of n actions). Only the target dates are
counted: a lead's lines split over a page's foot, or a running foot read as a name, give a run
more lead cells than rows, and a row may print a status twice (its progress note opening with a
state, its RAG). A table with two date columns ("Start" | "Finish") prints two dates a row: where
the statuses after the run count as its rows, the dates are its own.
"""

from __future__ import annotations

from collections.abc import Sequence

from dhrparse.plan.block_cells import BlockCell


def own_rows(after: Sequence[BlockCell], actions: int) -> list[BlockCell]:
    """The cells printed after a run of `actions` actions, up to the first target date past the
    run's own.

    >>> from dhrparse.document import Line
    >>> kinds = ["target_date", "status", "target_date", "status", "lead"]
    >>> cells = [BlockCell(kind, [Line(n, "x")]) for n, kind in enumerate(kinds)]
    >>> [c.kind for c in own_rows(cells, 1)], len(own_rows(cells, 2))
    (['target_date', 'status'], 5)
    >>> two = [BlockCell(k, [Line(n, "x")]) for n, k in enumerate(["target_date"] * 4 + ["status"] * 2)]
    >>> len(own_rows(two, 2))  # (Start | Finish: two dates a row, a status a row)
    6
    """
    dates = [k for k, cell in enumerate(after) if cell.kind == "target_date"]
    if len(dates) <= actions or _date_columns(after, actions):
        return list(after)
    return list(after[: dates[actions]])


def _date_columns(after: Sequence[BlockCell], actions: int) -> bool:
    """Whether the dates after the run are its own rows' in two or more date columns ("Start" |
    "Finish"): as many statuses after it as the run has rows (later rows' cells printed after
    the run would bring their statuses too)."""
    return sum(cell.kind == "status" for cell in after) == actions
