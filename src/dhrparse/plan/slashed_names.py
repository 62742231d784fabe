"""A plan header's column named by two names a slash joins ("Update / Outcome", "Progress /
Status"), read in text whose printed lines join the cells: the header's words give two fields,
yet one column stands under them. Counted as two, the table has a column more than it prints,
and every cut of its lines into cells is wrong. Two names of what became of the action (its
progress, status or outcome) joined so are one column, the row's progress to date; the walk's
column roles decide from its cells whether it is the status (plan.column_roles). A single
agency's "Recommendation / action" is one column too, the action's (`slashed_action`: the
recommendations print as bands across the table)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dhrparse.plan.tables import header_form

if TYPE_CHECKING:
    from dhrparse.plan.tables import ColumnMap

# the fields that say what became of an action: two of them joined by a slash name one column
AFTERWARDS = frozenset({"progress", "status", "desired_outcome"})


def slashed_columns(cm: ColumnMap, text: str, cols: list[str]) -> list[str]:
    """`cols` (the header's fields, in order) with each pair of after-the-action fields whose
    printed names a slash joins taken as one column, the progress column; unchanged where the
    header's names do not line up one to one with `cols`."""
    form = header_form(text)
    found = [cm._lookup.get(m.group(0)) for m in cm.name_search.finditer(form)]
    spans = [m.span() for m in cm.name_search.finditer(form)]
    if found != cols:
        return cols
    out: list[str] = []
    k = 0
    while k < len(cols):
        joined = (
            k + 1 < len(cols)
            and cols[k] in AFTERWARDS
            and cols[k + 1] in AFTERWARDS
            and form[spans[k][1] : spans[k + 1][0]].strip() == "/"
        )
        out.append("progress" if joined else cols[k])
        k += 2 if joined else 1
    # (one progress column only: a second would be another column's name)
    return out if out.count("progress") <= 1 else cols


def slashed_action(cm: ColumnMap, text: str, cols: list[str]) -> list[str] | None:
    """`cols` with a column whose name joins two by a slash, "Recommendation / action", taken as
    one, the action's; None where the header names no such column."""
    form = header_form(text)
    found = list(cm.name_search.finditer(form))
    for a, b in zip(found, found[1:]):
        if form[a.end() : b.start()].strip() != "/":
            continue
        pair = (cm._lookup[a.group(0)], cm._lookup[b.group(0)])
        if pair == ("recommendation", "action") and cols.count("action") == 1:
            k = cols.index("action")
            if k and cols[k - 1] == "recommendation":
                return [*cols[: k - 1], *cols[k:]]
    return None
