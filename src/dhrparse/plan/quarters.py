"""Target dates printed as a quarter ("Q2 2024/25", "Quarter 4 2023-24", "Q1 2025").

Public bodies plan by financial year (April to March): "Q2 2024/25" is July to September
2024 and "Q4 2024/25" January to March 2025. A quarter of a single year ("Q1 2025") is a
calendar quarter. The quarter's first month is the date; its last month ends the range.
"""

from __future__ import annotations

import calendar

import regex

from dhrparse.models import DateValue
from dhrparse.patterns import Patterns


def _rx(p: Patterns) -> regex.Pattern:
    return regex.compile(p.get("actions.plan.quarter_date", "(?!x)x"), regex.I)


def quarter_date(text: str | None, p: Patterns) -> DateValue | None:
    """The quarter a target-date cell opens with, or None."""
    if not text:
        return None
    m = p.derived("plan.quarter_date", _rx).match(" ".join(text.split()))
    if m is None:
        return None
    q, year = int(m.group("q")), int(m.group("year"))
    if m.group("next"):  # a financial year: Q1 starts in April
        month = 4 + 3 * (q - 1)
        year, month = (year + 1, month - 12) if month > 12 else (year, month)
    else:
        month = 1 + 3 * (q - 1)
    last = month + 2
    end_day = calendar.monthrange(year, last)[1]
    return DateValue(
        raw=" ".join(text.split()),
        start=f"{year:04d}-{month:02d}",
        end=f"{year:04d}-{last:02d}-{end_day:02d}",
        precision="month",
        approximate=True,
    )
