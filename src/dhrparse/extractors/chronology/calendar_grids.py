"""A review's last weeks printed as a month's calendar grid: a bold "February 2025" over a table
whose header row is the seven days of the week ("Mon | Tue | … | Sun"), a week a row below, each
cell its day number and, on the days something happened, an event line ("GP: Jayden seen with a
cough"). Each event line is one entry, dated by its cell's day in the month the grid's heading
names; the days the grid shows from the month before and after (its first and last weeks run
over the month's ends) are told by the day numbers turning back to 1. The grid is read row by
row, left to right: the order of the days.

Found by its structure, whatever the heading over it says ("His last four weeks"): a header row
of seven weekday names over rows whose every filled cell opens with a day number, straight under
a line that is a month and year alone. Where the grid has no such line, no day can be dated and
the grid is left to the chronology reader as any table.
"""

from __future__ import annotations

import calendar

import regex

from dhrparse.document import Block, SourceDocument
from dhrparse.extractors.chronology.entries import Entries
from dhrparse.patterns import Patterns
from dhrparse.vocab.dates import find_dates

WEEK = 7  # (the header's days: a week)


def _forms(p: Patterns) -> tuple[regex.Pattern, regex.Pattern]:
    """A weekday's header cell, a day cell's number and what follows it."""

    def build(q: Patterns):
        return (
            regex.compile(q.get("chronology.calendar_grid.weekday"), regex.I),
            regex.compile(q.get("chronology.calendar_grid.day_cell"), regex.S),
        )

    return p.derived("chronology.calendar_grid", build)


def calendar_tables(doc: SourceDocument, p: Patterns) -> list[tuple[Block, str]]:
    """The document's calendar grids, each with the month ("2025-02") its heading names."""
    found = []
    blocks = [b for b in doc.blocks if b.kind != "toc"]
    for k, b in enumerate(blocks):
        if b.kind != "table" or b.table is None or not _week_grid(b, p):
            continue
        month = _month_over(blocks[k - 1], p) if k else None
        if month is not None:
            found.append((b, month))
    return found


def read_calendar(block: Block, month: str, entries: Entries) -> None:
    """Each day cell's event line an entry, dated by its day in the month it falls in."""
    day_cell = _forms(entries.p)[1]
    year, number = (int(part) for part in month.split("-"))
    cells = [(row, m) for row in block.table.rows[1:] for c in row.cells if (m := day_cell.match(c.text))]
    year, number = _first_week_month(year, number, [int(m.group("day")) for _, m in cells])
    last = 0
    for row, m in cells:
        day = int(m.group("day"))
        if day < last:  # (the numbers turned back to 1: the next month's first day)
            year, number = (year + 1, 1) if number == 12 else (year, number + 1)
        last = day
        event = " ".join(m.group("event").split())
        if event:
            when = f"{day} {calendar.month_name[number]} {year}"
            entries.add_row([when, event], {"date": 0, "event": 1}, row.line_start, row.line_end, row.page)


def _first_week_month(year: int, number: int, days: list[int]) -> tuple[int, int]:
    """The month the grid's first cell falls in: the month before the heading's where the first
    week opens in it (a day number later than the week's last)."""
    if days and days[0] > WEEK:
        return (year - 1, 12) if number == 1 else (year, number - 1)
    return year, number


def _week_grid(block: Block, p: Patterns) -> bool:
    """A header row of the seven weekdays over rows whose every filled cell opens with a day."""
    weekday, day_cell = _forms(p)
    rows = block.table.rows
    head = [c.text for c in rows[0].cells if c.text.strip()]
    if len(head) != WEEK or not all(weekday.match(t) for t in head) or len(rows) < 2:
        return False
    cells = [c.text for row in rows[1:] for c in row.cells if c.text.strip()]
    return bool(cells) and all(day_cell.match(t) for t in cells)


def _month_over(block: Block, p: Patterns) -> str | None:
    """The month ("2025-02") a line over the grid names, where the line is a month and year alone."""
    text = block.text.strip()
    if block.kind == "table" or not text or "\n" in text:
        return None
    found = find_dates(text, p)
    if len(found) != 1 or found[0].value.precision != "month":
        return None
    if text[: found[0].start].strip() or text[found[0].end :].strip(" .:"):
        return None
    return found[0].value.start
