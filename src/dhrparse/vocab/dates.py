"""Dates as UK reviews print them, to DateValue.

`find_dates(text)` finds every absolute date expression in a text; `parse_date(text)`
returns the first. Forms: "13th April 2011", "31.05.2013" (day first), "Mar-14",
"mid-June 2017", "August to October 2010", "the academic year 2014/15",
"Dec-13 to Sept-14", "Sept 2016", "Spring 2021", "Q2 2024/25", "2018". An impossible day
("31/06/2019") keeps the month, with `invalid_day` set on the match so callers can warn.
Vocabulary (months, seasons, approximation words, bounds) lives in patterns/dates.toml.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass

import regex

from dhrparse.models import DateValue
from dhrparse.patterns import Patterns, load_patterns
from dhrparse.vocab.date_search import YEAR, FormSearch
from dhrparse.vocab.engines import Expression, vocabulary_key
from dhrparse.vocab.moveable_feasts import easter_day, easter_sunday


@dataclass(frozen=True)  # kept per text by the grammar and handed to every caller: never changed
class DateMatch:
    start: int  # span in the text
    end: int
    value: DateValue
    invalid_day: bool = False


def approximate_words(patterns: Patterns) -> list[str]:
    """The words that make a date approximate ("w/c", "early"), longest first so that the longest
    wins where they are tried as alternatives."""
    words = patterns.list("dates.words.approximate") + patterns.list("dates.absolute.approximate")
    return sorted(set(words), key=len, reverse=True)


class _Grammar:
    """The date forms, compiled once per Patterns from the vocabulary in patterns/dates.toml."""

    # a chronology entry's text is searched several times over (does it open with a date, its
    # date, a day inside it that refines the date): each text's dates are kept
    FOUND_KEPT = 4096

    def __init__(self, patterns: Patterns):
        self.found: dict[str, tuple[DateMatch, ...]] = {}
        self.months = {k.lower(): int(v) for k, v in patterns.get("dates.months", {}).items()}
        self.seasons = {k.lower(): tuple(v) for k, v in patterns.get("dates.seasons", {}).items()}
        self.min_year = int(patterns.get("dates.bounds.min_year", 1950))
        self.max_year = int(patterns.get("dates.bounds.max_year", 2049))
        approx = approximate_words(patterns)
        blockers = patterns.list("dates.absolute.year_not_after")
        self.year_blocked = regex.compile(rf"(?:^|\W)(?:{_words(blockers)})\s*$", regex.I)
        prefix = patterns.get("dates.absolute.period_prefix")
        self.period_prefix = regex.compile(rf"(?:{prefix})$", regex.I) if prefix else None
        # days a chronology names instead of dating them ("New Year's Day 2021"): (month, day?)
        self.named_days = {
            k.lower(): tuple(v) for k, v in patterns.get("dates.absolute.named_days", {}).items()
        }
        self.quarters = _Quarters(patterns)
        self.forms = [self.quarters.form] + _forms(self.months, self.seasons, approx, list(self.named_days))
        self.search = FormSearch(self.forms, approx, list(self.months), list(self.seasons))

    def month(self, word: str) -> int:
        return self.months[vocabulary_key(word).rstrip(".")]

    def year(self, text: str) -> int:
        y = int(text)
        if len(text) == 2:
            y += 2000 if y < 50 else 1900
        return y

    def ok_year(self, y: int) -> bool:
        return self.min_year <= y <= self.max_year


class _Quarters:
    """A quarter of a year: "Q2 2024/25", "Quarter 3 2023-24", "Q4 23/24" (a financial year, whose
    first quarter starts in patterns' `dates.quarters.financial_first_month`), "Q1 2025" (a calendar
    year). Tried before every other form: a quarter word and its number claim the year after them."""

    def __init__(self, patterns: Patterns):
        words = sorted(patterns.list("dates.quarters.words"), key=len, reverse=True)
        joins = sorted(patterns.list("dates.quarters.joining_words"), key=len, reverse=True)
        self.financial_first_month = int(patterns.get("dates.quarters.financial_first_month", 4))
        join = "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in joins) or r"(?!x)x"
        source = (
            rf"\b(?:{_words(words)})\s*(?P<q>[1-4])\s*(?:(?:{join})\s*)*"
            rf"(?<![\d/.])(?P<y>{YEAR}|\d{{2}})(?:\s*[/–-]\s*(?P<next>(?:19|20)?\d{{2}}))?\b(?![/.-]?\d)"
        )
        self.form = ("quarter", Expression(source, regex.I))


def _words(words: list[str]) -> str:
    return "|".join(regex.escape(w) for w in words) or r"(?!x)x"


def _forms(
    months: dict, seasons: dict, approx: list[str], named_days: list[str]
) -> list[tuple[str, Expression]]:
    """(kind, expression) for every date form, in the order they win where two overlap."""
    mon = "|".join(sorted((regex.escape(m) for m in months), key=len, reverse=True))
    season = "|".join(regex.escape(s) for s in seasons)
    # "mid-June": a hyphen may already end the word; "c." ends in a dot
    apx = "|".join(regex.escape(a).replace(r"\ ", r"\s+") for a in approx)
    M = rf"(?:{mon})\.?"
    Y = YEAR
    named = "|".join(
        regex.escape(k).replace(r"\ ", r"\s+").replace("'", "['’]?")
        for k in sorted(named_days, key=len, reverse=True)
    )
    sources = (
        _day_forms(M, Y, apx, named or r"(?!x)x") + _month_forms(M, Y, apx, season) + _year_forms(Y, apx)
    )
    # run by `re` on the texts both engines read alike (no form matches an empty text, so
    # finditer and a match from a position find the same with either engine)
    return [(kind, Expression(source, regex.I)) for kind, source in sources]


def _day_forms(M: str, Y: str, apx: str, named: str) -> list[tuple[str, str]]:
    return [
        # a span of days in one month: "Between 10 and 14 October 2022", "from 3 to 9 March", "3–9
        # March 2020" (joined by a word only after "between" or "from": "aged 5 and 14 ..." is none)
        (
            "day_span",
            rf"(?:\b(?:between|from)\s{{1,3}}(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s{{1,3}}(?:and|to|until)\s{{1,3}}"
            rf"|\b(?P<d1b>\d{{1,2}})(?:st|nd|rd|th)?\s{{0,2}}[-–]\s{{0,2}})"
            rf"(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>{M})\s*,?\s*(?P<y>{Y})\b",
        ),
        # Dec-13 to Sept-14 / Mar-14
        (
            "mon_yy_range",
            rf"\b(?P<m1>{M})[-‐ ](?P<y1>\d{{2}})\s*(?:to|-|–|until)\s*(?P<m2>{M})[-‐ ](?P<y2>\d{{2}})\b",
        ),
        (
            "dmy_numeric",
            rf"(?<![\d/.])(?P<d>\d{{1,2}})\s?[./-]\s?(?P<m>\d{{1,2}})\s?[./-]\s?(?P<y>{Y}|\d{{2}})(?![\d/])",
        ),
        # "New Year's Day 2021", "Christmas 2022"
        ("named_day_year", rf"\b(?P<nd>{named})\s+(?:of\s+|in\s+)?(?P<y>{Y})\b"),
        # 03/2018: a month a chronology's source recorded without its day (not "DHR 03/2018")
        (
            "mm_yyyy",
            rf"(?<![\w/.-]|(?-i:\b[A-Z]{{2,}})\s|\bno\.?\s)(?P<m>0[1-9]|1[0-2])[/.](?P<y>{Y})(?![\w/.-])",
        ),
        (
            "day_month_year",
            rf"(?:(?P<apx>{apx})[\s-]+)?\b(?P<d>\d{{1,2}})\s?(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>{M})\s*,?\s*(?P<y>{Y})\b",
        ),
        ("month_day_year", rf"\b(?P<m>{M})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>{Y})\b"),
    ]


def _month_forms(M: str, Y: str, apx: str, season: str) -> list[tuple[str, str]]:
    return [
        (
            "month_range",
            rf"(?:(?P<apx>{apx})[\s-]+)?\b(?P<m1>{M})\s*(?:(?P<y1>{Y})\s*)?(?:to|-|–|until|and|/)\s*(?:(?P<apx2>{apx})[\s-]+)?(?P<m2>{M})\s*,?\s*(?P<y2>{Y})\b",
        ),
        ("month_year", rf"(?:(?P<apx>{apx})[\s-]+)?\b(?P<m>{M})\s*,?\s*(?P<y>{Y})\b"),
        ("mon_yy", rf"\b(?P<m>{M})[-‐](?P<y>\d{{2}})\b"),
        ("season_year", rf"(?:(?P<apx>{apx})[\s-]+)?\b(?P<s>{season})\s+(?:of\s+)?(?P<y>{Y})\b"),
    ]


def _year_forms(Y: str, apx: str) -> list[tuple[str, str]]:
    return [
        ("year_span", rf"\b(?P<y1>{Y})\s*[/-]\s*(?P<y2>\d{{2}}|{Y})\b(?![/.-]\d)"),
        ("year", rf"(?:(?P<apx>{apx})[\s-]+|(?<![\d/.£$-]))\b(?P<y>{Y})\b(?![/.-]?\d)"),
    ]


def grammar(patterns: Patterns | None = None) -> _Grammar:
    return (patterns or load_patterns()).derived("dates.grammar", _Grammar)


def _ym(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}"


Reading = tuple[DateValue | None, bool]  # (the date, or None when the text names none; an impossible day)


def _value(g: _Grammar, kind: str, m: regex.Match) -> Reading:
    """The date a form's match names (None for a year out of bounds or a month that does not exist)."""
    raw = m.group(0).strip()
    apx = bool(m.groupdict().get("apx") or m.groupdict().get("apx2"))
    return _READERS[kind](g, kind, m, raw, apx)


def _day(g: _Grammar, kind: str, m: regex.Match, raw: str, apx: bool) -> Reading:
    """A day: "13th April 2011", "April 13, 2011", "31.05.2013"; an impossible day keeps the month."""
    y = g.year(m.group("y"))
    mo = int(m.group("m")) if kind == "dmy_numeric" else g.month(m.group("m"))
    d = int(m.group("d"))
    if not g.ok_year(y) or not 1 <= mo <= 12:
        return None, False
    if not 1 <= d <= calendar.monthrange(y, mo)[1]:
        if d > 31 or d < 1:
            return None, False
        return DateValue(raw=raw, start=_ym(y, mo), end=_ym(y, mo), precision="month", approximate=apx), True
    iso = f"{y:04d}-{mo:02d}-{d:02d}"
    return DateValue(raw=raw, start=iso, end=iso, precision="day", approximate=apx), False


def _day_span(g: _Grammar, kind: str, m: regex.Match, raw: str, apx: bool) -> Reading:
    """Days of one month: the span's first day starts it, its last ends it."""
    last, impossible = _day(g, kind, m, raw, apx)
    first = int(m.group("d1") or m.group("d1b"))
    if last is None or last.precision != "day":
        return last, impossible
    if not 1 <= first < int(m.group("d")):
        return None, False  # ("Between 9 and 3 June": no span of days, and no date)
    return last.model_copy(update={"start": f"{last.start[:8]}{first:02d}"}), False


def _month(g: _Grammar, kind: str, m: regex.Match, raw: str, apx: bool) -> Reading:
    """A month: "Sept 2016", "Mar-14", "03/2018"."""
    y = g.year(m.group("y"))
    mo = int(m.group("m")) if kind == "mm_yyyy" else g.month(m.group("m"))
    if not g.ok_year(y):
        return None, False
    return DateValue(raw=raw, start=_ym(y, mo), end=_ym(y, mo), precision="month", approximate=apx), False


def _named_day(g: _Grammar, kind: str, m: regex.Match, raw: str, apx: bool) -> Reading:
    """A named day ("Boxing Day 2019"), or the month of a named season of days ("Christmas 2022")."""
    y = g.year(m.group("y"))
    mo, *day = g.named_days[regex.sub(r"\s+", " ", vocabulary_key(m.group("nd")).replace("’", "'"))]
    if not g.ok_year(y):
        return None, False
    if mo == "easter":  # (a day that moves with Easter: its month and day are the year's)
        sunday = easter_sunday(y)
        if not day:
            return DateValue(
                raw=raw, start=_ym(y, sunday.month), end=_ym(y, sunday.month), precision="month"
            ), False
        iso = easter_day(y, day[0]).isoformat()
        return DateValue(raw=raw, start=iso, end=iso, precision="day"), False
    if not day:
        return DateValue(raw=raw, start=_ym(y, mo), end=_ym(y, mo), precision="month"), False
    iso = f"{y:04d}-{mo:02d}-{day[0]:02d}"
    return DateValue(raw=raw, start=iso, end=iso, precision="day"), False


def _month_range(g: _Grammar, kind: str, m: regex.Match, raw: str, apx: bool) -> Reading:
    """Months: "August to October 2010" (a range whose months wrap starts the year before)."""
    y2 = g.year(m.group("y2"))
    y1 = g.year(m.group("y1")) if m.group("y1") else y2
    m1, m2 = g.month(m.group("m1")), g.month(m.group("m2"))
    if not m.group("y1") and m1 > m2:
        y1 = y2 - 1
    if not (g.ok_year(y1) and g.ok_year(y2)) or (y1, m1) > (y2, m2):
        return None, False
    return DateValue(raw=raw, start=_ym(y1, m1), end=_ym(y2, m2), precision="month", approximate=apx), False


def _season(g: _Grammar, kind: str, m: regex.Match, raw: str, apx: bool) -> Reading:
    """A season: "Spring 2021" (winter runs into the next year)."""
    y = g.year(m.group("y"))
    first, last = g.seasons[vocabulary_key(m.group("s"))]
    y_end = y + 1 if last < first else y
    if not g.ok_year(y):
        return None, False
    return DateValue(
        raw=raw, start=_ym(y, first), end=_ym(y_end, last), precision="season", approximate=apx
    ), False


def _quarter(g: _Grammar, kind: str, m: regex.Match, raw: str, apx: bool) -> Reading:
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


def _year_span(g: _Grammar, kind: str, m: regex.Match, raw: str, apx: bool) -> Reading:
    """An academic or financial year: "2014/15" (only two years running)."""
    y1 = g.year(m.group("y1"))
    t2 = m.group("y2")
    y2 = (y1 // 100) * 100 + int(t2) if len(t2) == 2 else int(t2)
    if y2 != y1 + 1 or not g.ok_year(y1):
        return None, False
    return DateValue(raw=raw, start=f"{y1:04d}", end=f"{y2:04d}", precision="year"), False


def _year(g: _Grammar, kind: str, m: regex.Match, raw: str, apx: bool) -> Reading:
    y = int(m.group("y"))
    if not g.ok_year(y):
        return None, False
    return DateValue(raw=raw, start=f"{y:04d}", end=f"{y:04d}", precision="year", approximate=apx), False


_READERS = {
    "day_span": _day_span,
    "dmy_numeric": _day,
    "day_month_year": _day,
    "month_day_year": _day,
    "named_day_year": _named_day,
    "month_year": _month,
    "mon_yy": _month,
    "mm_yyyy": _month,
    "month_range": _month_range,
    "mon_yy_range": _month_range,
    "season_year": _season,
    "quarter": _quarter,
    "year_span": _year_span,
    "year": _year,
}


def find_dates(text: str, patterns: Patterns | None = None) -> list[DateMatch]:
    """Every absolute date expression in `text`, left to right, non-overlapping
    (earlier forms in the grammar win where two overlap)."""
    g = grammar(patterns)
    kept = g.found.get(text)
    if kept is None:
        if len(g.found) >= g.FOUND_KEPT:
            g.found.clear()
        kept = g.found[text] = tuple(_dates(g, text, g.search.matches(text)))
    return list(kept)


def opening_date(text: str, patterns: Patterns | None = None, within: int = 0) -> DateMatch | None:
    """The text's first date when it starts within `within` characters of the text's start (a
    cell, a line or an entry that opens with its date), else None."""
    found = find_dates(text, patterns)
    return found[0] if found and found[0].start <= within else None


def plain_find_dates(text: str, patterns: Patterns | None = None) -> list[DateMatch]:
    """find_dates with every form searched over the whole text: what `FormSearch` must preserve."""
    g = grammar(patterns)
    return _dates(g, text, [(kind, form.rx().finditer(text)) for kind, form in g.forms])


def _dates(g: _Grammar, text: str, form_matches) -> list[DateMatch]:
    """The dates named by each form's matches, given in the grammar's order; a match overlapping
    one an earlier form made is another reading of the same words."""
    taken: list[tuple[int, int]] = []
    found: list[DateMatch] = []
    for kind, matches in form_matches:
        for m in matches:
            s, e = m.span()
            if any(s < te and ts < e for ts, te in taken):
                continue
            value, invalid = _value(g, kind, m)
            if value is None:
                continue
            if kind in ("year", "year_span") and g.year_blocked.search(text[max(0, s - 24) : s]):
                continue  # "Children Act 1989" names a statute, not a year
            if g.period_prefix is not None and kind in ("month_year", "season_year", "year", "month_range"):
                p = g.period_prefix.search(text[max(0, s - 60) : s])
                if p:
                    s = s - (len(text[max(0, s - 60) : s]) - p.start())
                    value = value.model_copy(update={"raw": text[s:e].strip(), "approximate": True})
            taken.append((s, e))
            found.append(DateMatch(s, e, value, invalid))
    found.sort(key=lambda dm: dm.start)
    return found


def parse_date(text: str, patterns: Patterns | None = None) -> DateValue | None:
    """The first date in `text`, or None."""
    found = find_dates(text, patterns)
    return found[0].value if found else None


def parse_target_date(
    text: str | None, patterns: Patterns | None = None
) -> tuple[DateValue | None, list[str]]:
    """A target-date cell: its first date (or range), with the raw cell kept.
    Returns (value, problems); value.start is None for "Ongoing", "TBC", "12 months
    after publication"."""
    if text is None or not text.strip():
        return None, []
    raw = " ".join(text.split())
    printed = _cell_form(raw, patterns)
    if printed is not None:
        return printed, []
    # a narrow PDF column can wrap a date inside a number ("30/09/20" / "21")
    found = find_dates(re.sub(r"(?<=[/.-]\d{2}) (?=\d{2}\b)", "", raw), patterns)
    problems = []
    if not found:
        found = _month_short_year(raw, patterns)
    if not found:
        return DateValue(raw=raw, start=None, end=None, precision="unknown"), problems
    first = found[0]
    value = first.value.model_copy(update={"raw": raw})
    if first.invalid_day:
        problems.append(f"impossible day in {first.value.raw!r}; kept the month")
    return value, problems


def _cell_form(raw: str, patterns: Patterns | None) -> DateValue | None:
    """The whole cell in a record system's form ("Mon 14/01/2019", "2024-03-31", "00/05/2024",
    "Between 1 and 8 June 2024", "22 Jun 24"), read as a chronology's date cell is."""
    from dhrparse.vocab.date_cells import cell_date  # (date_cells reads dates with this grammar)

    found = find_dates(raw, patterns)
    if found and found[0].start == 0 and found[0].end >= len(raw.rstrip(" .:;,–-")):
        return None  # a plain date from end to end: read (and its impossible day told) as usual
    value = cell_date(raw, patterns or load_patterns())
    return value.model_copy(update={"raw": raw}) if value is not None and value.start else None


def _month_short_year(raw: str, patterns: Patterns | None) -> list[DateMatch]:
    """A whole target-date cell "Dec 23": a month and a two-digit year, read as "Dec-23"."""
    form = (patterns or load_patterns()).regexes("dates.words.target_month_short_year")
    m = form[0].match(raw) if form else None
    return find_dates(f"{m.group('m')}-{m.group('y')}", patterns) if m else []


from dhrparse.vocab.relative import RelativeMatch, find_relative, resolve_relative, shift  # noqa: E402,F401  (re-exported API)
