"""Relative date expressions, resolved against an anchor date.

Chronologies date most entries from the one before: "Two days later", "The next
day", "Later that month", "At 22:41", "over the next month", "In March" (no year),
and some from the death itself: "Approximately three weeks before the homicides",
"On the evening of the homicide". `find_relative(text)` finds them (relative_grammar);
`apply(match, anchor)` resolves one, and `resolve_relative(text, anchor, death=None)`
turns the first into a DateValue with `relative=True`.

Precision is never raised above what the anchor supports: "two days later" after
"mid-June 2017" is June 2017 (month precision), not a made-up day. An offset of
days from a month, or back from it, is kept in that month (the review cannot say more);
a week or more after a month is counted from its middle ("three weeks later" after March
is April); both are marked approximate when a week or longer. The vocabulary is in
patterns/dates.toml ([relative]).
"""

from __future__ import annotations

import calendar
import datetime as _dt

import regex

from dhrparse.models import DateValue
from dhrparse.patterns import Patterns
from dhrparse.vocab.relative_grammar import RelativeMatch, find_relative

_UNIT_DAYS = {"day": 1, "week": 7, "fortnight": 14}
# the precision a unit itself supports: "later that month" cannot be dated to a day
_UNIT_PRECISION = {"day": "day", "week": "day", "fortnight": "day", "month": "month", "year": "year"}
_VAGUE = regex.compile(r"\b(?:early|mid|late|end|start|beginning|middle)\b", regex.I)
_RANK = {"year": 0, "season": 1, "month": 1, "day": 2}


def resolve_relative(
    text: str, anchor: DateValue | None, death: DateValue | None = None, patterns: Patterns | None = None
) -> DateValue | None:
    """The first relative expression in `text`, resolved from `anchor` (or from
    `death` when it counts from the death). None when there is no expression or
    nothing to count from."""
    for rel in find_relative(text, patterns):
        value = apply(rel, death if rel.to_death else anchor)
        if value is not None:
            return value
    return None


def apply(rel: RelativeMatch, anchor: DateValue | None) -> DateValue | None:
    """Resolve one found expression against an anchor."""
    if anchor is None or not anchor.start:
        return None
    try:
        if rel.season is not None:
            return _season_of(rel, anchor)
        if rel.month is not None and rel.day is not None:
            return _day_of(rel, anchor)
        if rel.day is not None:
            return _day_of_month(rel, anchor)
        if rel.month is not None:
            return _month_of(rel, anchor)
        if rel.span:
            return _span(rel, anchor)
        return shift(
            anchor,
            rel.amount,
            rel.unit,
            raw=rel.raw,
            approximate=rel.approximate,
            granularity=rel.granularity,
        )
    except (ValueError, OverflowError):
        return None


def _parts(iso: str) -> tuple[int, int | None, int | None]:
    bits = [int(b) for b in iso.split("-")]
    return bits[0], (bits[1] if len(bits) > 1 else None), (bits[2] if len(bits) > 2 else None)


def _iso(y: int, m: int | None = None, d: int | None = None) -> str:
    if m is None:
        return f"{y:04d}"
    if d is None:
        return f"{y:04d}-{m:02d}"
    return f"{y:04d}-{m:02d}-{d:02d}"


def _add_months(y: int, m: int, n: int) -> tuple[int, int]:
    total = y * 12 + (m - 1) + n
    return total // 12, total % 12 + 1


# the day a part of a month stands for when weeks are counted from it ("two weeks later" after
# "late April" is May; after "mid-April" or April, counted from its middle, still April)
_PART_DAYS = {
    "early": 5, "start": 5, "beginning": 5, "mid": 15, "middle": 15, "late": 25, "end": 25,
}  # fmt: skip


def _shift_iso(iso: str, amount: int, unit: str, from_day: int = 15) -> tuple[str, bool]:
    """Shift an ISO date of any precision; returns (iso, approximate) where the
    result is approximate when the offset is finer than the date can show. `from_day`:
    the day of a month (month precision) that weeks are counted from."""
    y, m, d = _parts(iso)
    if unit in _UNIT_DAYS:
        days = amount * _UNIT_DAYS[unit]
        if d is not None:
            out = _dt.date(y, m, d) + _dt.timedelta(days=days)
            return out.isoformat(), False
        if m is not None and days >= 7:
            # weeks after a month are counted from its middle: "three weeks later" after March
            # lands in April, "a week later" stays in March (month precision, approximate); a
            # count back from a month ("three weeks before the death") stays in it. After a part
            # of the month ("late April") they are counted from that part.
            out = _dt.date(y, m, from_day) + _dt.timedelta(days=days)
            return _iso(out.year, out.month), True
        return iso, abs(days) >= 7  # stays in the month (or year) it cannot see past
    if unit == "month":
        if m is None:
            return iso, amount != 0
        y2, m2 = _add_months(y, m, amount)
        if d is None:
            return _iso(y2, m2), False
        return _iso(y2, m2, min(d, calendar.monthrange(y2, m2)[1])), False
    if unit == "year":
        if m is None:
            return _iso(y + amount), False
        if d is None:
            return _iso(y + amount, m), False
        return _iso(y + amount, m, min(d, calendar.monthrange(y + amount, m)[1])), False
    return iso, True


def _coarsen(iso: str, precision: str) -> str:
    if precision == "year":
        return iso[:4]
    if precision in ("month", "season"):
        return iso[:7]
    return iso


def shift(
    anchor: DateValue,
    amount: int,
    unit: str,
    raw: str = "",
    approximate: bool = False,
    granularity: str | None = None,
) -> DateValue | None:
    """`anchor` moved by `amount` units, at no finer precision than the anchor or the
    unit supports. A zero offset keeps the anchor's whole range."""
    if not anchor.start:
        return None
    precision = anchor.precision if anchor.precision in _RANK else _precision_of(anchor.start)
    unit_precision = _UNIT_PRECISION.get(granularity or unit, "day")
    if _RANK[unit_precision] < _RANK[precision]:
        precision = unit_precision
    start_src = anchor.end if amount > 0 and anchor.end else anchor.start
    end_src = anchor.start if amount < 0 else (anchor.end or anchor.start)
    if amount == 0:
        start_src, end_src = anchor.start, anchor.end or anchor.start
    part = _VAGUE.search(anchor.raw or "") if anchor.precision == "month" else None
    from_day = _PART_DAYS.get(part.group(0).lower(), 15) if part else 15
    start, a1 = _shift_iso(start_src, amount, unit, from_day)
    end, a2 = _shift_iso(end_src, amount, unit, from_day)
    if amount != 0 and anchor.precision == "season":
        precision = _precision_of(start)
    start, end = _coarsen(start, precision), _coarsen(end, precision)
    if precision == "season" and len(start) != 7:
        precision = _precision_of(start)
    if end < start:
        end = start
    return DateValue(
        raw=raw,
        start=start,
        end=end,
        precision=precision,
        approximate=approximate or a1 or a2 or anchor.approximate or unit == "week" and amount == 0,
        relative=True,
    )


def _precision_of(iso: str) -> str:
    return {4: "year", 7: "month", 10: "day"}.get(len(iso), "unknown")


def _span(rel: RelativeMatch, anchor: DateValue) -> DateValue | None:
    first = shift(anchor, 0, "day", raw=rel.raw, approximate=rel.approximate)
    last = shift(anchor, rel.amount, rel.unit, raw=rel.raw)
    if first is None or last is None:
        return None
    precision = (
        first.precision if _RANK.get(first.precision, 0) <= _RANK.get(last.precision, 0) else last.precision
    )
    start, end = _coarsen(first.start, precision), _coarsen(last.end or last.start, precision)
    return DateValue(
        raw=rel.raw,
        start=start,
        end=max(start, end),
        precision=precision,
        approximate=first.approximate or last.approximate,
        relative=True,
    )


def _month_of(rel: RelativeMatch, anchor: DateValue) -> DateValue | None:
    """ "In March" after "January 2015" is March 2015; after "November 2015", March 2016."""
    y, m, _ = _parts(anchor.start)
    if m is not None and rel.month < m:
        y += 1
    iso = _iso(y, rel.month)
    vague = bool(_VAGUE.search(rel.raw))
    return DateValue(raw=rel.raw, start=iso, end=iso, precision="month", approximate=vague, relative=True)


def _day_of(rel: RelativeMatch, anchor: DateValue) -> DateValue | None:
    """ "On 14 June" after "March 2016" (or under a "2016" heading) is 14 June 2016; after
    "November 2016", 14 June 2017."""
    y, m, d = _parts(anchor.start)
    if m is not None and (rel.month, rel.day) < (m, d or 1):
        y += 1
    if rel.day > calendar.monthrange(y, rel.month)[1]:
        return None
    iso = _iso(y, rel.month, rel.day)
    return DateValue(raw=rel.raw, start=iso, end=iso, precision="day", relative=True)


def _season_of(rel: RelativeMatch, anchor: DateValue) -> DateValue | None:
    """ "During the autumn" after "summer 2019" is autumn 2019; "in the spring" after
    "November 2019" is spring 2020 (a chronology runs forward)."""
    y, m, _ = _parts(anchor.start)
    first, last = rel.season
    if m is not None:
        # the season that holds the anchor month, or the next one to start after it
        in_season = (first <= m <= last) if first <= last else (m >= first or m <= last)
        if first > last and m <= last:
            y -= 1  # January 2020 is in the winter that began in December 2019
        elif rel.next_season or not in_season and first < m:
            y += 1
    y_end = y + 1 if last < first else y
    vague = bool(_VAGUE.search(rel.raw))
    return DateValue(
        raw=rel.raw,
        start=_iso(y, first),
        end=_iso(y_end, last),
        precision="season",
        approximate=vague,
        relative=True,
    )


def _day_of_month(rel: RelativeMatch, anchor: DateValue) -> DateValue | None:
    """ "On the 3rd" after "March 2017" is 3 March 2017; after 20 March 2017, 3 April 2017."""
    y, m, d = _parts(anchor.start)
    if m is None:
        return None  # a day of which month? the anchor does not say
    if d is not None and rel.day < d:
        y, m = _add_months(y, m, 1)
    if rel.day > calendar.monthrange(y, m)[1]:
        return None
    iso = _iso(y, m, rel.day)
    return DateValue(raw=rel.raw, start=iso, end=iso, precision="day", relative=True)
