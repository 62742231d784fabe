"""A date cell as agencies' record systems and action-plan templates print it, when it is not a
plain date: a weekday in front ("Mon 14/01/2019"), a note on how sure it is after it ("Feb 2019
(exact date not recorded)"), a day the system did not hold ("00/05/2019": the month),
year-month-day ("2019-04-18") or year-month ("2021-06"), a span of days ("Between 1 and 8 June 2019"), a two-digit year
after a month's name ("22 Jun 19"). Part of the shared date grammar: a chronology's date column
and an action plan's target-date column read them alike. The forms are in patterns/dates.toml
[cells]."""

from __future__ import annotations

import calendar

import regex

from dhrparse.models import DateValue
from dhrparse.patterns import Patterns
from dhrparse.vocab.alternation import expression_alternation
from dhrparse.vocab.dates import find_dates
from dhrparse.vocab.engines import TextPattern

# a clock time after a date cell ("11/02/2019 14:30")
CELL_TIME = regex.compile(r"(?<!\s)\s+(?:at\s+)?[0-2]?\d[:.][0-5]\d\s*(?:hrs|hours|am|pm)?$", regex.I)


class DateCells:
    """The date-cell forms, compiled once per Patterns."""

    def __init__(self, p: Patterns):
        # (asked of a few cells a document: compiled by `re`, see TextPattern)
        def form(name: str) -> TextPattern:
            return TextPattern(expression_alternation(p.list(f"dates.cells.{name}")))

        self.p = p
        self.weekday, self.note = form("weekday"), form("note")
        self.unknown_day, self.iso, self.iso_month = form("unknown_day"), form("iso"), form("iso_month")
        self.day_span, self.short_year = form("day_span"), form("short_year")
        self.date_span = form("date_span")

    def read(self, raw: str) -> DateValue | None:
        cell = CELL_TIME.sub("", raw)
        lead = self.weekday.match(cell)
        cell = cell[lead.end() :] if lead else cell
        note = self.note.search(cell)
        cell = (cell[: note.start()] if note else cell).strip(" .:;,")
        value = (
            self._iso(cell)
            or self._unknown_day(cell)
            or self._span(cell)
            or self._between(cell)
            or self._whole(cell)
        )
        return value.model_copy(update={"raw": raw}) if value is not None else None

    def _iso(self, cell: str) -> DateValue | None:
        m = self.iso.match(cell)
        if m is None:
            return None
        y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
        if d > calendar.monthrange(y, mo)[1]:
            return None
        day = f"{y:04d}-{mo:02d}-{d:02d}"
        return DateValue(raw=cell, start=day, end=day, precision="day")

    def _unknown_day(self, cell: str) -> DateValue | None:
        m = self.unknown_day.match(cell)
        if m is None:
            m = self.iso_month.match(cell)
            if m is None or int(m["m"]) == (int(m["y"]) + 1) % 100:
                return None  # (none, or a financial year: "2011-12")
        month = f"{int(m['y']):04d}-{int(m['m']):02d}"
        return DateValue(raw=cell, start=month, end=month, precision="month")

    def _span(self, cell: str) -> DateValue | None:
        """From the first day to the last, in the last day's month."""
        m = self.day_span.match(cell)
        last = self._whole(m["rest"]) if m is not None else None
        if last is None or last.precision != "day" or not last.start:
            return None
        first = int(m["d"])
        if not 1 <= first <= int(last.start[8:10]):
            return None
        return DateValue(raw=cell, start=f"{last.start[:8]}{first:02d}", end=last.end, precision="day")

    def _between(self, cell: str) -> DateValue | None:
        """A span between two whole dates ("Between 02.03.2021 and 09.03.2021"): from the first
        date's start to the last's end, as precise as the first (none where the last is earlier)."""
        m = self.date_span.match(cell)
        first = self._whole(m["first"]) if m is not None else None
        last = self._whole(m["last"]) if first is not None else None
        if first is None or last is None or not first.start or not last.end or last.end < first.start:
            return None
        return DateValue(raw=cell, start=first.start, end=last.end, precision=first.precision)

    def _whole(self, cell: str) -> DateValue | None:
        """The cell when it is one date from end to end (a two-digit year read as this century's
        or the last's, as the grammar reads "17.09.19")."""
        m = self.short_year.match(cell)
        if m is not None:
            y = int(m["y"])
            cell = f"{m['dm']} {2000 + y if y < 50 else 1900 + y}"
        found = find_dates(cell, self.p)
        if len(found) == 1 and found[0].start == 0 and found[0].end >= len(cell) - 1:
            return found[0].value
        return None


def cell_date(text: str, p: Patterns) -> DateValue | None:
    """The date a date cell prints in a record system's form, else None."""
    raw = " ".join(text.split()).strip(" .:;,–-")
    if not raw or len(raw) > 60 or not any(ch.isdigit() for ch in raw):
        return None  # (no date cell: the forms are not even compiled)
    return p.derived("dates.cells", DateCells).read(raw)
