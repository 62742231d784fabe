"""A target cell that names the end of the financial year ("end of financial year", "by the end of
the financial year"), dated by the one financial year the plan's header names ("Progress 2025/26"):
the year's last day (31 March 2026, the year opening in the month patterns' `dates.quarters.
financial_first_month` names). A header naming no financial year, or two, leaves the cell
undated, as every cell of words is."""

from __future__ import annotations

import calendar

from dhrparse.models import DateValue
from dhrparse.patterns import Patterns
from dhrparse.vocab.dates import find_dates


def year_end_target(value: DateValue | None, headers: list[str], p: Patterns) -> DateValue | None:
    """The target read from its cell, dated where it names the financial year's end."""
    if value is None or value.start is not None or not p.any_match("dates.quarters.year_end", value.raw):
        return value
    years = {d.value.end for h in headers for d in find_dates(h, p) if _financial_year(d.value)}
    if len(years) != 1:
        return value
    first = int(p.get("dates.quarters.financial_first_month", 4))
    year, month = (int(years.pop()), first - 1) if first > 1 else (int(years.pop()) - 1, 12)
    day = f"{year:04d}-{month:02d}-{calendar.monthrange(year, month)[1]:02d}"
    return value.model_copy(update={"start": day, "end": day, "precision": "day"})


def _financial_year(value: DateValue) -> bool:
    """Two years running printed as one ("2025/26")."""
    return (
        value.precision == "year"
        and bool(value.start and value.end)
        and int(value.end) == int(value.start) + 1
    )
