"""A narrower plan table's last column headed as the day its action was done ("Date signed
off", "Date completed"), in text whose printed lines join their cells: no field is named for
it in the header's scan, yet its dates take their room on each row's first line, so a reader
cutting the lines counts it as a column, kept as an extra column ("extra:Date signed off")
whose date the action reader takes as the action's completion (patterns'
`actions.completion_date_header`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dhrparse.plan.tables import header_form
from dhrparse.plan.who_columns import EXTRA

if TYPE_CHECKING:
    from dhrparse.patterns import Patterns
    from dhrparse.plan.tables import ColumnMap

MAX_WORDS = 4  # the most words of such a name ("Date of completion")


def with_done_column(cm: ColumnMap, p: Patterns, text: str, cols: list[str]) -> list[str]:
    """`cols` with a last column for the words printed after the last name, where those words
    are a completion date's name and nothing else; else `cols` as they are."""
    norm = header_form(text)
    matches = list(cm.name_search.finditer(norm))
    if not matches or not cols or cols[-1].startswith(EXTRA):
        return cols
    tail = norm[matches[-1].end() :].strip(" .,;:")
    if not tail or len(tail.split()) > MAX_WORDS or cm.scan(tail):
        return cols
    if not any(rx.match(tail) for rx in p.regexes("actions.completion_date_header")):
        return cols
    return [*cols, f"{EXTRA}{tail[:1].upper()}{tail[1:]}"]


NOT_DONE = 3.0  # a done column's cell holding anything but its day, in the cuts' costs
DONE = -2.0  # ... holding a day, as a target date's cell does


def done_view(p: Patterns, columns: list[str]) -> tuple[set[int], list[str]]:
    """The places of the columns headed as a completion day, and the columns as the who
    column's costs see them (plan.who_columns: a done column names nobody)."""
    rxs = p.regexes("actions.completion_date_header")
    done = {
        n
        for n, c in enumerate(columns)
        if c.startswith(EXTRA) and any(rx.search(c[len(EXTRA) :]) for rx in rxs)
    }
    return done, [DONE_ROLE if n in done else c for n, c in enumerate(columns)]


DONE_ROLE = "completed"  # (how the who column's costs see a done column: no who column)


def done_fit(date_like, text: str) -> float:
    """A done column's cell opening with `text`: its day, else another column's words."""
    words = text.split()
    return DONE if len(words) <= 2 and any(date_like(w) for w in words) else NOT_DONE
