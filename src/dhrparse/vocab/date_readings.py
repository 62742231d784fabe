"""What each date form's match names: the DateValue a day, a month, a span of months, a season,
a quarter or a year printed in a review stands for (None where the date cannot be: a year out of
bounds, a month that does not exist)."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

import regex

from dhrparse.models import DateValue
from dhrparse.vocab.date_grammar import DateGrammar
from dhrparse.vocab.engines import vocabulary_key
from dhrparse.vocab.moveable_feasts import easter_day, easter_sunday, nth_weekday, weekday_beside


def _ym(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}"


Reading = tuple[DateValue | None, bool]  # (the date, or None when the text names none; an impossible day)


def match_reading(g: DateGrammar, kind: str, m: regex.Match) -> Reading:
    """The date a form's match names (None for a year out of bounds or a month that does not exist)."""
    raw = m.group(0).strip()
    apx = bool(m.groupdict().get("apx") or m.groupdict().get("apx2"))
    return _READERS[kind](g, kind, m, raw, apx)


def _day(g: DateGrammar, kind: str, m: regex.Match, raw: str, apx: bool) -> Reading:
    """A day: "13th April 2011", "April 13, 2011", "31.05.2013"; an impossible day keeps the month."""
    y = g.year(m.group("y"))
    mo = (
        int(m.group("m"))
        if kind in ("dmy_numeric", "dmy_numeric_span", "ymd_numeric")
        else g.month(m.group("m"))
    )
    d = int(m.group("d"))
    if not g.ok_year(y) or not 1 <= mo <= 12:
        return None, False
    if not 1 <= d <= calendar.monthrange(y, mo)[1]:
        if d > 31 or d < 1 or kind == "ymd_numeric":
            return None, False  # (a record system's "2019-02-30" is no date at all)
        return DateValue(raw=raw, start=_ym(y, mo), end=_ym(y, mo), precision="month", approximate=apx), True
    iso = f"{y:04d}-{mo:02d}-{d:02d}"
    return DateValue(raw=raw, start=iso, end=iso, precision="day", approximate=apx), False


def _day_span(g: DateGrammar, kind: str, m: regex.Match, raw: str, apx: bool) -> Reading:
    """Days of one month: the span's first day starts it, its last ends it."""
    last, impossible = _day(g, kind, m, raw, apx)
    starts = m.groupdict()
    first = int(starts.get("d1") or starts.get("d1b") or starts.get("d1c"))
    if last is None or last.precision != "day":
        return last, impossible
    if not 1 <= first < int(m.group("d")):
        return None, False  # ("Between 9 and 3 June": no span of days, and no date)
    return last.model_copy(update={"start": f"{last.start[:8]}{first:02d}"}), False


def _day_month_span(g: DateGrammar, kind: str, m: regex.Match, raw: str, apx: bool) -> Reading:
    """Days in different months, the year printed once: the first day starts it (in the year
    before where its month comes later: "28 December – 4 January 2022"), the last ends it."""
    last, impossible = _day(g, kind, m, raw, apx)
    if last is None or last.precision != "day":
        return last, impossible
    y, m1, d1 = int(last.start[:4]), g.month(m.group("m1")), int(m.group("d1"))
    if m1 > int(last.start[5:7]):
        y -= 1
    same = m1 == int(last.start[5:7])
    if (same and d1 >= int(m.group("d"))) or not 1 <= d1 <= calendar.monthrange(y, m1)[1]:
        return None, False  # ("9 March – 3 March 2020", "31 April – 2 May 2020": no span)
    return last.model_copy(update={"start": f"{y:04d}-{m1:02d}-{d1:02d}"}), False


def _month(g: DateGrammar, kind: str, m: regex.Match, raw: str, apx: bool) -> Reading:
    """A month: "Sept 2016", "Mar-14", "03/2018"."""
    y = g.year(m.group("y"))
    mo = int(m.group("m")) if kind == "mm_yyyy" else g.month(m.group("m"))
    if not g.ok_year(y):
        return None, False
    return DateValue(raw=raw, start=_ym(y, mo), end=_ym(y, mo), precision="month", approximate=apx), False


def _named_day(g: DateGrammar, kind: str, m: regex.Match, raw: str, apx: bool) -> Reading:
    """A named day ("Boxing Day 2019"), or the month of a named season of days ("Christmas 2022");
    a weekday told from it ("the Saturday before Christmas 2021") is the nearest such weekday
    before or after the day (a season's own day, "Christmas Day", where the gazetteer names one)."""
    if m.group("ndm"):  # ("the Feast of the Epiphany in January 2023": the month printed must be the day's)
        value, _ = _dated_day(g, kind, m, raw, apx) if not m.group("ndw") else (None, False)
        # (a season's month, "Easter in April 2021", is read by the month's own forms)
        return (value if value is not None and value.precision == "day" else None), False
    if not m.group("ndw"):
        return _named(g, m.group("nd"), m, raw)
    own_day = f"{m.group('nd')} day"
    named, _ = _named(g, m.group("nd"), m, raw)
    if (named is None or named.precision != "day") and g.is_named_day(own_day):
        named, _ = _named(g, own_day, m, raw)
    if named is None or named.precision != "day":
        return None, False  # ("the Sunday before Easter weekend 2022": no one day to count from)
    before = m.group("ndr").lower() == "before"
    iso = weekday_beside(date.fromisoformat(named.start), m.group("ndw"), before).isoformat()
    return DateValue(raw=raw, start=iso, end=iso, precision="day"), False


def _easter_season(y: int, sunday: date, span: list[int] | None, raw: str) -> DateValue:
    """A season of days around Easter ("Easter weekend 2022", "the Easter holidays of 2019"): the
    month Easter Sunday falls in, where the season's days (`span`, days from Easter Sunday) all lie
    in that month; a season running over from March into April says only its year."""
    if span and any((sunday + timedelta(days=days)).month != sunday.month for days in span):
        return DateValue(raw=raw, start=str(y), end=str(y), precision="year")
    return DateValue(raw=raw, start=_ym(y, sunday.month), end=_ym(y, sunday.month), precision="month")


def _named(g: DateGrammar, name: str, m: regex.Match, raw: str) -> Reading:
    """The day (or season's month) a named day of the match's year stands for."""
    y = g.year(m.group("y"))
    if not g.ok_year(y):
        return None, False
    held = g.dated.held(name, y)
    if held is not None and (held[0] or not g.is_named_day(name)):
        # (a fact of the year: a one-off national day, or a year the day was moved)
        iso = held[1].isoformat() if held[1] else None
        return (DateValue(raw=raw, start=iso, end=iso, precision="day") if iso else None), False
    mo, *day = g.named_day(name)
    if mo == "easter":  # (a day that moves with Easter: its month and day are the year's)
        sunday = easter_sunday(y)
        if not day or isinstance(day[0], list):
            return _easter_season(y, sunday, day[0] if day else None, raw), False
        iso = easter_day(y, day[0]).isoformat()
        return DateValue(raw=raw, start=iso, end=iso, precision="day"), False
    if not day:
        return DateValue(raw=raw, start=_ym(y, mo), end=_ym(y, mo), precision="month"), False
    if isinstance(day[0], str):  # (a day kept on a weekday of the month: "the third Sunday of June")
        kept = nth_weekday(y, mo, day[0], day[1])
        kept = kept + timedelta(days=day[2]) if kept and len(day) > 2 else kept  # ("Black Friday")
        iso = kept.isoformat() if kept else None
        return (DateValue(raw=raw, start=iso, end=iso, precision="day") if iso else None), False
    if len(day) > 1 and day[1] != y:
        return None, False  # (a one-off national day, named with a year it did not fall in)
    iso = f"{y:04d}-{mo:02d}-{day[0]:02d}"
    return DateValue(raw=raw, start=iso, end=iso, precision="day"), False


def _dated_day(g: DateGrammar, kind: str, m: regex.Match, raw: str, apx: bool) -> Reading:
    """A dated day with its month or place printed beside it ("the June 2017 general election",
    "the hottest day on record in the UK, in July 2019"): the month printed must be the day's."""
    value, _ = _named(g, m.group("nd"), m, raw)
    if value is None or (m.group("ndm") and value.start[5:7] != f"{g.month(m.group('ndm')):02d}"):
        return None, False
    return value, False


def _hosted_day(g: DateGrammar, kind: str, m: regex.Match, raw: str, apx: bool) -> Reading:
    """ "the Eurovision final held in Turin": the day the event was held there."""
    held = g.dated.hosted(m.group("nd"), m.group("host"))
    iso = held.isoformat() if held else None
    return (DateValue(raw=raw, start=iso, end=iso, precision="day") if iso else None), False


def _dated_day_inner_year(g: DateGrammar, kind: str, m: regex.Match, raw: str, apx: bool) -> Reading:
    """ "Carnival Sunday of the 2022 Notting Hill Carnival": the dated day named around its year."""
    name = f"{m.group('ndh')} of the {m.group('ndt')}"
    if not g.dated.holds(name):
        return None, False  # (a head and a tail of two different names)
    return _named(g, name, m, raw)


def _month_range(g: DateGrammar, kind: str, m: regex.Match, raw: str, apx: bool) -> Reading:
    """Months: "August to October 2010" (a range whose months wrap starts the year before)."""
    y2 = g.year(m.group("y2"))
    y1 = g.year(m.group("y1")) if m.group("y1") else y2
    m1, m2 = g.month(m.group("m1")), g.month(m.group("m2"))
    if not m.group("y1") and m1 > m2:
        y1 = y2 - 1
    if not (g.ok_year(y1) and g.ok_year(y2)) or (y1, m1) > (y2, m2):
        return None, False
    return DateValue(raw=raw, start=_ym(y1, m1), end=_ym(y2, m2), precision="month", approximate=apx), False


def _season(g: DateGrammar, kind: str, m: regex.Match, raw: str, apx: bool) -> Reading:
    """A season: "Spring 2021" (winter runs into the next year)."""
    y = g.year(m.group("y"))
    first, last = g.seasons[vocabulary_key(m.group("s"))]
    y_end = y + 1 if last < first else y
    if not g.ok_year(y):
        return None, False
    return DateValue(
        raw=raw, start=_ym(y, first), end=_ym(y_end, last), precision="season", approximate=apx
    ), False


def _quarter(g: DateGrammar, kind: str, m: regex.Match, raw: str, apx: bool) -> Reading:
    """The three months a quarter covers; a two-digit year only as the first of a financial year."""
    q, first, second = int(m.group("q")), m.group("y"), m.group("next")
    y = g.year(first)
    if second is None and len(first) == 2:
        return None, False
    if second is not None and int(second) % 100 != (y + 1) % 100:
        return None, False  # not a financial year ("Q2 2024/27")
    opening = g.quarters.financial_first_month if second is not None else 1
    y, mo = divmod(y * 12 + opening - 1 + 3 * (q - 1), 12)
    y_end, mo_end = divmod(y * 12 + mo + 2, 12)
    if not (g.ok_year(y) and g.ok_year(y_end)):
        return None, False
    return DateValue(raw=raw, start=_ym(y, mo + 1), end=_ym(y_end, mo_end + 1), precision="month"), False


def _year_span(g: DateGrammar, kind: str, m: regex.Match, raw: str, apx: bool) -> Reading:
    """An academic or financial year: "2014/15" (only two years running)."""
    y1 = g.year(m.group("y1"))
    t2 = m.group("y2")
    y2 = (y1 // 100) * 100 + int(t2) if len(t2) == 2 else int(t2)
    if y2 != y1 + 1 or not g.ok_year(y1):
        return None, False
    return DateValue(raw=raw, start=f"{y1:04d}", end=f"{y2:04d}", precision="year"), False


def _year(g: DateGrammar, kind: str, m: regex.Match, raw: str, apx: bool) -> Reading:
    y = int(m.group("y"))
    if not g.ok_year(y):
        return None, False
    return DateValue(raw=raw, start=f"{y:04d}", end=f"{y:04d}", precision="year", approximate=apx), False


_READERS = {
    "day_span": _day_span,
    "dmy_numeric_span": _day_span,
    "day_month_span": _day_month_span,
    "dmy_numeric": _day,
    "ymd_numeric": _day,
    "day_mon_yy": _day,
    "day_mon_apostrophe_yy": _day,
    "day_month_year": _day,
    "month_day_year": _day,
    "year_month_day": _day,
    "named_day_year": _named_day,
    "dated_day_year": _dated_day,
    "year_dated_day": _dated_day,
    "dated_day_inner_year": _dated_day_inner_year,
    "hosted_day": _hosted_day,
    "month_year": _month,
    "month_period_year": _month,
    "mon_yy": _month,
    "mon_apostrophe_yy": _month,
    "mm_yyyy": _month,
    "month_range": _month_range,
    "mon_yy_range": _month_range,
    "season_year": _season,
    "quarter": _quarter,
    "year_span": _year_span,
    "year": _year,
}
