"""A narrower plan table's last column headed as the day its action was done ("Date signed
off", "Date completed"), in text whose printed lines join their cells: no field is named for
it in the header's scan, yet its dates take their room on each row's first line, so a reader
cutting the lines counts it as a column, kept as an extra column ("extra:Date signed off")
whose date the action reader takes as the action's completion (patterns'
`actions.completion_date_header`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from dhrparse.plan.completion_days import whole_day
from dhrparse.plan.tables import header_form
from dhrparse.plan.who_columns import EXTRA
from dhrparse.vocab.dates import find_dates

if TYPE_CHECKING:
    from dhrparse.patterns import Patterns
    from dhrparse.plan.tables import ColumnMap

MAX_WORDS = 4  # the most words of such a name ("Date of completion")
DATE_WORDS = 2  # the most words of a wrapped date's later line ("June 2025")
_YEAR_WORD = regex.compile(r"^(?:19|20)\d\d(?:/\d\d)?[.,]?$")  # ("2025", "2025/26")


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


def done_view(p: Patterns, columns: list[str]) -> tuple[set[int], set[int], list[str]]:
    """The places of the columns headed as a completion day, of those of success measures,
    and the columns as the who
    column's costs see them (plan.who_columns: a done column names nobody, nor does a column
    of success measures kept under its printed name, plan.lettered_rows)."""
    rxs = p.regexes("actions.completion_date_header")
    measures = {m.lower() for m in p.list("actions.columns.success_measure")}
    done = {
        n
        for n, c in enumerate(columns)
        if c.startswith(EXTRA) and any(rx.search(c[len(EXTRA) :]) for rx in rxs)
    }
    told = {n for n, c in enumerate(columns) if c.startswith(EXTRA) and c[len(EXTRA) :].lower() in measures}
    return done, told, [DONE_ROLE if n in done | told else c for n, c in enumerate(columns)]


DONE_ROLE = "completed"  # (how the who column's costs see a done column: no who column)


def done_fit(p: Patterns, text: str) -> float:
    """A done column's cell opening with `text`: its day ("14/10/2025"), else another column's
    words (a year alone is a wrapped target date's)."""
    return DONE if whole_day(text, p) else NOT_DONE


def date_room(table, widths: list[float], at: int, p: Patterns, last: bool = False) -> list[float]:
    """`widths` with the date column `at` as wide as the widest date printed whole on a row's
    later line ("June 2025" under "End of"), where its rows' first lines print only a date's
    opening words ("Autumn", "End of"): those first lines tell too narrow a column. With `last`,
    the date column the table's last, only a date closing its line is the date cell's."""
    starts = set(table.starts)
    widest = 0.0
    for n, ln in enumerate(table.lines):
        if n in starts or not ln.words:
            continue
        text = " ".join(ln.words)
        for found in find_dates(text, p):
            a = len(text[: found.start].split())
            b = a + len(text[found.start : found.end].split())
            if 0 < b - a <= DATE_WORDS and (not last or b == len(ln.words)):
                widest = max(widest, ln.width(a, b))
    if widest <= widths[at]:
        return widths
    return [*widths[:at], widest, *widths[at + 1 :]]


def date_rooms(
    table, candidates: list[list[float]], roles, cols: list[str], p: Patterns
) -> list[list[float]]:
    """The widths to try: `candidates`, and beside a done column, or where the date column is
    the table's last, each with its date column as wide as its wrapped dates (date_room): a row
    under a merged recommendation cell prints its whole date ("March 2026") on a line its first
    lines' widths do not measure."""
    last = cols[-1] == "target_date"
    if not (roles.done or last) or "target_date" not in cols:
        return candidates
    return [*candidates, *(date_room(table, w, cols.index("target_date"), p, last) for w in candidates)]


def year_tails(rows, cols: list[str], done: set[int]) -> None:
    """A date cell's words cut after its year ("Spring 2025 April"), given back to the column
    after it, whose cell's last line they are ("attending since" / "April"): a date ends at its
    year. Only beside a done column (`cols` naming one), where the cuts read a day's column too."""
    if not done or "target_date" not in cols:
        return
    at = cols.index("target_date")
    if at + 1 >= len(cols) or cols[at + 1] not in ("progress", "status"):
        return
    for row in rows:
        for part in row.parts:
            words = part[at]
            years = [n for n, w in enumerate(words) if _YEAR_WORD.match(w)]
            if not years or years[-1] == len(words) - 1 or len(words) - years[-1] - 1 > DATE_WORDS:
                continue
            tail = words[years[-1] + 1 :]
            if not part[at + 1] or not all(w[:1].isupper() for w in tail):
                continue
            part[at] = words[: years[-1] + 1]
            part[at + 1] = [*part[at + 1], *tail]
