"""A plan whose delivery is planned in a grid of period columns: each column headed by a quarter or
a month of a year ("Q1 2025/26 | Q2 2025/26 | ...", "Apr 25 | May 25 | ..."), a mark (a dot, a tick,
an "X") in the period each action is due, as Gantt-style delivery plans print it.

No cell names the date in words: the row's target is the name of the period column its mark stands
in, dated as that name reads (a quarter its first month to its last). Read only where two or more
columns are headed by periods alone, running one after another (a quarter after a quarter, a month
after a month: a month with its year in two figures, "Apr 25", is a month only in such a run), and
the row marks exactly one of them. A row marking two periods is told (`marked_period` says so) and
keeps no target: which period is its due date the grid does not say; a row marking none keeps what
its other cells say.
"""

from __future__ import annotations

from dataclasses import dataclass

from dhrparse.models import DateValue
from dhrparse.patterns import Patterns
from dhrparse.plan.who_columns import EXTRA
from dhrparse.prepare.markup import flatten
from dhrparse.vocab.dates import find_dates

MIN_PERIODS = 2  # one dated column is a column of its own, not a grid


@dataclass(frozen=True)
class MarkedPeriod:
    """What a row's marks in the grid say: its period (None where it marks none or several) and the
    names of the periods it marks."""

    period: DateValue | None
    marked: tuple[str, ...]


def marked_period(columns: list[str], extra: dict[str, str], p: Patterns) -> MarkedPeriod | None:
    """The period a row's one mark stands in, or None where the plan has no grid of periods.
    `columns` the plan's columns ("extra:<header>" for a column naming no field), `extra` the row's
    cells in them (an empty cell not kept)."""
    periods = grid_periods([c.removeprefix(EXTRA) for c in columns if c.startswith(EXTRA)], p)
    if not periods:
        return None
    mark = p.joined("actions.plan.delivery_grid.mark")
    cells = {name: flatten(extra.get(name) or "").strip() for name in periods}
    filled = [name for name, text in cells.items() if text]
    if not filled or not all(mark.match(cells[name]) for name in filled):
        return MarkedPeriod(None, ())  # (words in the grid: a milestone's name, not a mark)
    if len(filled) > 1:
        return MarkedPeriod(None, tuple(filled))
    return MarkedPeriod(periods[filled[0]], (filled[0],))


def grid_periods(names: list[str], p: Patterns) -> dict[str, DateValue]:
    """The column names that head a run of periods, each with the period it names, in the order
    printed; none where the periods do not run one after another or fewer than two are named."""
    run = {name: value for name in names if (value := _period(name, p)) is not None}
    values = list(run.values())
    if len(values) < MIN_PERIODS or not all(_next(a, b) for a, b in zip(values, values[1:])):
        return {}
    return run


def _period(name: str, p: Patterns) -> DateValue | None:
    """The quarter or month a column's name is, and nothing more ("Q1 2025/26", "Oct 2025", "Apr 25":
    this last one read as a month for now, kept only in a run of months)."""
    text = " ".join(flatten(name).split())
    found = find_dates(text, p)
    if len(found) == 1 and found[0].end - found[0].start == len(text):
        value = found[0].value
        return value if value.precision == "month" and value.start else None
    m = p.joined("actions.plan.delivery_grid.short_month_year").match(text)
    month = p.get(f"dates.months.{m.group('month').lower()}") if m else None
    if not isinstance(month, int):
        return None
    start = f"20{m.group('year')}-{month:02d}"
    return DateValue(raw=text, start=start, end=start, precision="month")


def _next(before: DateValue, after: DateValue) -> bool:
    """The period `after` opens the month after `before` ends."""
    year, month = (int(x) for x in (before.end or before.start).split("-")[:2])
    year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return after.start == f"{year:04d}-{month:02d}"


__all__ = ["MarkedPeriod", "grid_periods", "marked_period"]
