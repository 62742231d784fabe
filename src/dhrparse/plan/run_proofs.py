"""When a cell no verb marks as an action is read as one in a plan printed row after row
(plan.row_runs): only when the cells printed after it prove its row. After a merged Scope
cell ("Local"), a value in any column is proof; after a row's code ("R-POL-01"), a value in
every column of lead, target and status the header names, since a code printed under the
table, or a ref column printed apart, is followed by cells of no row (a running head, the
next column's block)."""

from __future__ import annotations

SCOPED = "scoped_action"  # a cell after a scope cell
CODED = "coded_action"  # a cell after a row's code
GUARDED = ("lead", "target_date", "status")  # the columns a row printed late may leave to the next


def proven(kind: str, values: dict, order: list[str]) -> bool:
    """Whether a row read from an action cell of `kind`, given `values`, is a row."""
    if kind == CODED:
        return all(name in values for name in order if name in GUARDED)
    return kind != SCOPED or bool(values)
