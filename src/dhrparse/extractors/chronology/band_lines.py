"""A chronology table of a date column and sentence columns only (`Date | Contact`) grouped under
full-width bands, each naming the agency whose rows follow, printed with each line's cells joined
by single spaces: a band prints as a line of its own, a few capitalised words and no date
("Ashby Moor Police"), straight before a row's date. It is no row and no event's words: it is the
heading of the rows under it, as the band row of a Word table is (agency_band_rows).

Only where the table has no name column: there a line of a few capitalised words is as often an
agency cell's last line printed alone ("Medical" over "Practice")."""

from __future__ import annotations

from dhrparse.document import Line
from dhrparse.extractors.chronology.agency_band_rows import band_name
from dhrparse.extractors.chronology.column_roles import OTHER
from dhrparse.extractors.chronology.date_opening import DATE_LINES, DateOpening

_SENTENCE_COLUMNS = ("event", "comment", "date", "time")


def banded(fields: list[str]) -> bool:
    """The table may carry bands: no column after the date's holds names."""
    return all(name in _SENTENCE_COLUMNS or name.startswith(OTHER) for name in fields)


def band_line(lines: list[Line], at: int, dates: DateOpening) -> str | None:
    """The band's name, when lines[at] is a band: a few capitalised words (agency_band_rows), no
    date opening it, and a row's date opening the line below."""
    words = lines[at].text.split()
    if not words or dates.opens([words]):
        return None
    name = band_name([" ".join(words), ""], dates.is_date)
    below = [x.text.split() for x in lines[at + 1 : at + 1 + DATE_LINES]]
    return name if name is not None and below and dates.opens(below) else None


def bands_apart(
    rows: list[list[Line]], fields: list[str], dates: DateOpening
) -> tuple[list[list[Line]], dict[int, str]]:
    """The table's rows without its bands, and each band's name by the index of the row under it."""
    if not banded(fields):
        return rows, {}
    kept: list[list[Line]] = []
    bands: dict[int, str] = {}
    for k, row in enumerate(rows):
        after = rows[k + 1] if k + 1 < len(rows) else []
        name = band_line([*row, *after], 0, dates) if len(row) == 1 and after else None
        if name is not None:
            bands[len(kept)] = name
        else:
            kept.append(row)
    return kept, bands
