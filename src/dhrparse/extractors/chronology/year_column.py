"""A chronology table's Year column, merged down over each year's rows, that plain pdftotext
printed apart from the rows: its name alone on a line and under it each year once ("Year" /
"2021" / "2022"), away from the day-month date cells it completes ("14 Mar", "11 Jan"). The
rows run forward in time, so a date cell that falls before the one above opens the next year:
the years are given out in that order, only where the cells turn over exactly as many times as
the column prints years after its first (else a year would be given to the wrong rows, and the
cells stay as they are)."""

from __future__ import annotations

import regex

from dhrparse.document import Line
from dhrparse.extractors.chronology.columns import Columns
from dhrparse.extractors.chronology.date_opening import DateOpening
from dhrparse.extractors.chronology.year_band_rows import yearless_cell
from dhrparse.patterns import Patterns
from dhrparse.vocab.dates import find_dates

_YEAR = regex.compile(r"^(?:19|20)\d\d$")
_LEAP = "2000"  # (a leap year: every day-month cell reads as a day of it)


def column_years(lines: list[Line], names: Columns) -> list[str]:
    """The years a Year column printed apart holds: after its name alone on a line, every line
    that is a year alone, in print order; none unless they rise year by year."""
    texts = [" ".join(ln.text.split()) for ln in lines]
    at = next((k for k, t in enumerate(texts) if len(t.split()) <= 2 and names.field_of(t) == "year"), None)
    if at is None:
        return []
    years = [t for t in texts[at + 1 :] if _YEAR.match(t)]
    rising = all(int(b) == int(a) + 1 for a, b in zip(years, years[1:]))
    return years if years and rising else []


def rows_years(cells: list[str], years: list[str], p: Patterns) -> list[str] | None:
    """Each row's year from the column's `years`, by its date cell (`cells`): the first year from
    the first row on, the next from each cell before the one above; a cell no day and month is
    read from ("Same day") keeps the year above. None unless every cell read so wants its year
    and the turns are exactly one fewer than the years."""
    dates, given, at, last = DateOpening(p), [], 0, None
    for cell in cells:
        if _own_year(cell, p) and not yearless_cell(cell, dates):
            return None  # (a cell with its own year: the column is no Year column for these rows)
        day = _day_of_year(cell, p)
        if day is not None and last is not None and day < last:
            at += 1
        last = day if day is not None else last
        given.append(years[at] if at < len(years) else "")
    return given if at == len(years) - 1 and all(given) else None


def _own_year(cell: str, p: Patterns) -> bool:
    found = find_dates(cell, p)
    return bool(found) and found[0].start == 0 and bool(found[0].value.start)


def _day_of_year(cell: str, p: Patterns) -> str | None:
    """The cell's month and day ("03-14") when it reads as a day or month with a year put after it."""
    found = find_dates(f"{' '.join(cell.split())} {_LEAP}", p)
    if not found or found[0].start != 0 or not found[0].value.start:
        return None
    start = found[0].value.start
    return start[5:] if start.startswith(_LEAP) and len(start) > 5 else None
