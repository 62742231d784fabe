"""When a target period ends. A target of "March 2024" or "2024" is met on time
until the month or year is over, so an action is overdue only after its period."""

from __future__ import annotations

import calendar
from datetime import date


def period_end(end: str | None) -> str | None:
    """The last day of a period given as "YYYY", "YYYY-MM" or "YYYY-MM-DD"."""
    if not end:
        return None
    try:
        parts = [int(p) for p in end.split("-")]
        if len(parts) == 1:
            return f"{parts[0]:04d}-12-31"
        if len(parts) == 2:
            return f"{parts[0]:04d}-{parts[1]:02d}-{calendar.monthrange(parts[0], parts[1])[1]:02d}"
        return date(parts[0], parts[1], parts[2]).isoformat()
    except (ValueError, IndexError):
        return None
