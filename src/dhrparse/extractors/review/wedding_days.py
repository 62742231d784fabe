"""A death told by a wedding anniversary, the wedding dated in the opening ("They married on 6
August 2016. On their sixth wedding anniversary he killed her"): the wedding's day that many years
on. The wedding is the first day dated soon after a wedding word (patterns/review.toml [death]
`wedding`); with no wedding day printed, the anniversary dates nothing."""

from __future__ import annotations

import regex

from dhrparse.extractors.review.birth_days import first_day_after, ordinal
from dhrparse.models import DateValue
from dhrparse.patterns import Patterns


def from_wedding_anniversary(lines: list[str], anniversary: regex.Match, p: Patterns) -> DateValue | None:
    """The anniversary (`anniversary`: the died_wedding_anniversary match, its number in `nth`)
    of the wedding the opening dates."""
    wed, years = first_day_after(lines, "wedding", p), ordinal(anniversary.group("nth"), p)
    if wed is None or not years:
        return None
    try:
        day = wed.replace(year=wed.year + years).isoformat()
    except ValueError:
        return None  # (married on 29 February: a year without one has no such anniversary)
    return DateValue(raw=anniversary.group(0), start=day, end=day, precision="day", relative=True)
