"""The days that move with Easter ("Easter weekend 2022", "Good Friday 2019"), for the named
days a chronology dates events by: Easter Sunday of a year by the Gregorian computus."""

from __future__ import annotations

from datetime import date, timedelta


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
