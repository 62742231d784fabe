"""A narrower plan's "Rec." column printed right of the action it answers ("No. | Action |
Lead | Rec. | By when | Status", one table per agency): each cell is the number of the report's
recommendation the action answers, never the recommendation's words. A recommendation's own
wording opens its row, left of its actions; printed after them, under a ref column numbering
the actions, the column can only point back to one. So the joined-line cut weighs its cells
as numbers: a line's name or date words are never cut into it (plan.narrow_rows)."""

from __future__ import annotations

import regex

LINKED = "recommendation_ref"
# a recommendation's number as a pointer prints it: "3", "12", "2a", "R4", "4.1"
_NUMBER = regex.compile(r"^[A-Za-z]?\d{1,2}(?:[.]\d{1,2}|[a-z])?$")


def linked_columns(cols: list[str]) -> list[str]:
    """`cols` with a recommendation column printed right of the action column, in a table
    whose first column numbers the actions, read as the recommendations' numbers."""
    if not cols or cols[0] != "ref" or "action" not in cols or cols.count("recommendation") != 1:
        return cols
    at = cols.index("recommendation")
    if at < cols.index("action"):
        return cols
    return [*cols[:at], LINKED, *cols[at + 1 :]]


def number_fit(text: str) -> float:
    """A linked column's cell: a number alone fits (below 0), anything else does not."""
    return -2.0 if _NUMBER.match(text.strip()) else 3.0
