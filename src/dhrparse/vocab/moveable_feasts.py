"""The named days that move from year to year, for the named days a review dates events by: the
days that move with Easter ("Easter weekend 2022", "Good Friday 2019"), Easter Sunday of a year by
the Gregorian computus; and the days kept on a weekday of a month ("Father's Day 2022", the third
Sunday of June; "Remembrance Sunday 2021", the second Sunday of November), and a weekday told
from a named day ("the Saturday before Christmas 2021")."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

# the weekdays in date.weekday()'s order, for a weekday named in a report
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def easter_sunday(year: int) -> date:
    """Easter Sunday of `year` (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (b - (b + 8) // 25 + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    weekday = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * weekday) // 451
    month = (h + weekday - 7 * m + 114) // 31
    day = (h + weekday - 7 * m + 114) % 31 + 1
    return date(year, month, day)


def easter_day(year: int, offset: int) -> date:
    """The day `offset` days from Easter Sunday (Good Friday -2, Easter Monday 1)."""
    return easter_sunday(year) + timedelta(days=offset)


def nth_weekday(year: int, month: int, weekday: str, nth: int) -> date | None:
    """The `nth` such weekday of the month (1 the first; -1 the last), None for a fifth the month lacks."""
    kept = WEEKDAYS.index(weekday.lower())
    days = [
        date(year, month, d)
        for d in range(1, calendar.monthrange(year, month)[1] + 1)
        if date(year, month, d).weekday() == kept
    ]
    index = nth - 1 if nth > 0 else nth
    return days[index] if -len(days) <= index < len(days) else None


def weekday_beside(day: date, weekday: str, before: bool) -> date:
    """The nearest `weekday` ("Saturday", or "Sat") before `day`, or after it (never the day itself)."""
    kept = next(i for i, name in enumerate(WEEKDAYS) if name.startswith(weekday.lower()[:3]))
    if before:
        return day - timedelta(days=(day.weekday() - kept) % 7 or 7)
    return day + timedelta(days=(kept - day.weekday()) % 7 or 7)
