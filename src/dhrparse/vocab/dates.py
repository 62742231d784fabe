"""Dates as UK reviews print them, to DateValue.

`find_dates(text)` finds every absolute date expression in a text; `parse_date(text)`
returns the first. Forms: "13th April 2011", "31.05.2013" (day first), "Mar-14",
"mid-June 2017", "August to October 2010", "the academic year 2014/15",
"Dec-13 to Sept-14", "Sept 2016", "Spring 2021", "2018". An impossible day
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
from dhrparse.vocab import starts


@dataclass
class DateMatch:
    start: int  # span in the text
    end: int
    value: DateValue
    invalid_day: bool = False


class _Grammar:
    def __init__(self, patterns: Patterns):
        months = patterns.get("dates.months", {})
        self.months = {k.lower(): int(v) for k, v in months.items()}
        self.seasons = {k.lower(): tuple(v) for k, v in patterns.get("dates.seasons", {}).items()}
        self.min_year = int(patterns.get("dates.bounds.min_year", 1950))
        self.max_year = int(patterns.get("dates.bounds.max_year", 2049))
        approx = sorted(
            set(patterns.list("dates.words.approximate") + patterns.list("dates.absolute.approximate")),
            key=len,
            reverse=True,
        )
        mon = "|".join(sorted((regex.escape(m) for m in self.months), key=len, reverse=True))
        season = "|".join(regex.escape(s) for s in self.seasons)
        # "mid-June": a hyphen may already end the word; "c." ends in a dot
        apx = "|".join(regex.escape(a).replace(r"\ ", r"\s+") for a in approx)
        M = rf"(?:{mon})\.?"
        Y = r"(?:19|20)\d{2}"
        self.no_date = [w.lower() for w in patterns.list("dates.words.no_date")]
        self.named_days = {
            k.lower(): tuple(v) for k, v in patterns.get("dates.absolute.named_days", {}).items()
        }
        named = (
            "|".join(
                regex.escape(k).replace(r"\ ", r"\s+").replace("'", "['’]?")
                for k in sorted(self.named_days, key=len, reverse=True)
            )
            or r"(?!x)x"
        )
        blockers = (
            "|".join(regex.escape(w) for w in patterns.list("dates.absolute.year_not_after")) or r"(?!x)x"
        )
        self.year_blocked = regex.compile(rf"(?:^|\W)(?:{blockers})\s*$", regex.I)
        # every form naming a month (or season) has the word at a word boundary: text without
        # one anywhere cannot match those forms, which are then not run over it
        edge = r"\b" if all(regex.match(r"\w", w) for w in list(self.months) + list(self.seasons)) else ""
        self.any_month = regex.compile(rf"{edge}(?:{mon})", regex.I) if mon else None
        self.any_season = regex.compile(rf"{edge}(?:{season})", regex.I) if season else None
        # where a form opening with an optional approximation word can start: at such a word,
        # or where the rest of the form starts (a digit, a month, a season); see _starts
        self.apx_heads, self.month_heads, self.season_heads = (
            starts.heads(words) for words in (approx, list(self.months), list(self.seasons))
        )
        self.fast_starts = starts.usable(self.apx_heads + self.month_heads + self.season_heads)
        prefix = patterns.get("dates.absolute.period_prefix")
        self.period_prefix = regex.compile(rf"(?:{prefix})$", regex.I) if prefix else None
        self.forms = [
            # Dec-13 to Sept-14 / Mar-14
            (
                "mon_yy_range",
                regex.compile(
                    rf"\b(?P<m1>{M})[-‐ ](?P<y1>\d{{2}})\s*(?:to|-|–|until)\s*(?P<m2>{M})[-‐ ](?P<y2>\d{{2}})\b",
                    regex.I,
                ),
            ),
            (
                "dmy_numeric",
                regex.compile(
                    r"(?<![\d/.])(?P<d>\d{1,2})\s?[./-]\s?(?P<m>\d{1,2})\s?[./-]\s?(?P<y>(?:19|20)\d{2}|\d{2})(?![\d/])",
                    regex.I,
                ),
            ),
            (
                "named_day_year",
                regex.compile(rf"\b(?P<nd>{named})\s+(?:of\s+|in\s+)?(?P<y>{Y})\b", regex.I),
            ),
            (
                # 03/2018: a month a chronology's source recorded without its day (not "DHR 03/2018")
                "mm_yyyy",
                regex.compile(
                    r"(?<![\w/.-]|(?-i:\b[A-Z]{2,})\s|\bno\.?\s)(?P<m>0[1-9]|1[0-2])[/.](?P<y>(?:19|20)\d{2})(?![\w/.-])",
                    regex.I,
                ),
            ),
            (
                "day_month_year",
                regex.compile(
                    rf"(?:(?P<apx>{apx})[\s-]+)?\b(?P<d>\d{{1,2}})\s?(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>{M})\s*,?\s*(?P<y>{Y})\b",
                    regex.I,
                ),
            ),
            (
                "month_day_year",
                regex.compile(rf"\b(?P<m>{M})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>{Y})\b", regex.I),
            ),
            (
                "month_range",
                regex.compile(
                    rf"(?:(?P<apx>{apx})[\s-]+)?\b(?P<m1>{M})\s*(?:(?P<y1>{Y})\s*)?(?:to|-|–|until|and|/)\s*(?:(?P<apx2>{apx})[\s-]+)?(?P<m2>{M})\s*,?\s*(?P<y2>{Y})\b",
                    regex.I,
                ),
            ),
            (
                "month_year",
                regex.compile(rf"(?:(?P<apx>{apx})[\s-]+)?\b(?P<m>{M})\s*,?\s*(?P<y>{Y})\b", regex.I),
            ),
            ("mon_yy", regex.compile(rf"\b(?P<m>{M})[-‐](?P<y>\d{{2}})\b", regex.I)),
            (
                "season_year",
                regex.compile(
                    rf"(?:(?P<apx>{apx})[\s-]+)?\b(?P<s>{season})\s+(?:of\s+)?(?P<y>{Y})\b", regex.I
                ),
            ),
            (
                "year_span",
                regex.compile(rf"\b(?P<y1>{Y})\s*[/-]\s*(?P<y2>\d{{2}}|{Y})\b(?![/.-]\d)", regex.I),
            ),
            (
                "year",
                regex.compile(rf"(?:(?P<apx>{apx})[\s-]+)?(?<![\d/.£$-])\b(?P<y>{Y})\b(?![/.-]?\d)", regex.I),
            ),
        ]

    def month(self, word: str) -> int:
        return self.months[word.lower().rstrip(".")]

    def year(self, text: str) -> int:
        y = int(text)
        if len(text) == 2:
            y += 2000 if y < 50 else 1900
        return y

    def ok_year(self, y: int) -> bool:
        return self.min_year <= y <= self.max_year


_GRAMMARS: dict[int, _Grammar] = {}
_DIGIT = regex.compile(r"\d")
_YEAR = regex.compile(r"(?:19|20)\d{2}")  # the grammar's four-digit year
# the forms whose pattern requires that year (skipped on text without one)
_NEEDS_YEAR = {
    "named_day_year",
    "mm_yyyy",
    "day_month_year",
    "month_day_year",
    "month_range",
    "month_year",
    "season_year",
    "year_span",
    "year",
}
_NEEDS_MONTH = {"mon_yy_range", "day_month_year", "month_day_year", "month_range", "month_year", "mon_yy"}


def grammar(patterns: Patterns | None = None) -> _Grammar:
    patterns = patterns or load_patterns()
    g = _GRAMMARS.get(id(patterns))
    if g is None:
        g = _GRAMMARS[id(patterns)] = _Grammar(patterns)
    return g


def _ym(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}"


def _value(g: _Grammar, kind: str, m: regex.Match) -> tuple[DateValue | None, bool]:
    raw = m.group(0).strip()
    apx = bool(m.groupdict().get("apx") or m.groupdict().get("apx2"))
    if kind in ("dmy_numeric", "day_month_year", "month_day_year"):
        y = g.year(m.group("y"))
        mo = int(m.group("m")) if kind == "dmy_numeric" else g.month(m.group("m"))
        d = int(m.group("d"))
        if not g.ok_year(y) or not 1 <= mo <= 12:
            return None, False
        if not 1 <= d <= calendar.monthrange(y, mo)[1]:
            if d > 31 or d < 1:
                return None, False
            return DateValue(
                raw=raw, start=_ym(y, mo), end=_ym(y, mo), precision="month", approximate=apx
            ), True
        iso = f"{y:04d}-{mo:02d}-{d:02d}"
        return DateValue(raw=raw, start=iso, end=iso, precision="day", approximate=apx), False
    if kind == "named_day_year":
        y = g.year(m.group("y"))
        mo, *day = g.named_days[regex.sub(r"\s+", " ", m.group("nd").lower().replace("’", "'"))]
        if not g.ok_year(y):
            return None, False
        if not day:  # "Christmas 2022": the month
            return DateValue(raw=raw, start=_ym(y, mo), end=_ym(y, mo), precision="month"), False
        iso = f"{y:04d}-{mo:02d}-{day[0]:02d}"
        return DateValue(raw=raw, start=iso, end=iso, precision="day"), False
    if kind in ("month_year", "mon_yy", "mm_yyyy"):
        y = g.year(m.group("y"))
        mo = int(m.group("m")) if kind == "mm_yyyy" else g.month(m.group("m"))
        if not g.ok_year(y):
            return None, False
        return DateValue(raw=raw, start=_ym(y, mo), end=_ym(y, mo), precision="month", approximate=apx), False
    if kind in ("month_range", "mon_yy_range"):
        y2 = g.year(m.group("y2"))
        y1 = g.year(m.group("y1")) if m.group("y1") else y2
        m1, m2 = g.month(m.group("m1")), g.month(m.group("m2"))
        if not m.group("y1") and m1 > m2:
            y1 = y2 - 1
        if not (g.ok_year(y1) and g.ok_year(y2)) or (y1, m1) > (y2, m2):
            return None, False
        return DateValue(
            raw=raw, start=_ym(y1, m1), end=_ym(y2, m2), precision="month", approximate=apx
        ), False
    if kind == "season_year":
        y = g.year(m.group("y"))
        first, last = g.seasons[m.group("s").lower()]
        y_end = y + 1 if last < first else y
        if not g.ok_year(y):
            return None, False
        return DateValue(
            raw=raw, start=_ym(y, first), end=_ym(y_end, last), precision="season", approximate=apx
        ), False
    if kind == "year_span":
        y1 = g.year(m.group("y1"))
        t2 = m.group("y2")
        y2 = (y1 // 100) * 100 + int(t2) if len(t2) == 2 else int(t2)
        if y2 != y1 + 1 or not g.ok_year(y1):
            return None, False
        return DateValue(raw=raw, start=f"{y1:04d}", end=f"{y2:04d}", precision="year"), False
    if kind == "year":
        y = int(m.group("y"))
        if not g.ok_year(y):
            return None, False
        return DateValue(raw=raw, start=f"{y:04d}", end=f"{y:04d}", precision="year", approximate=apx), False
    return None, False


# Forms opening with an optional approximation word ("mid-June 2017") are slow to search: the
# word is tried at every position. Each can only match where that word starts or where the
# rest of the form starts (its first token), so on plain ASCII text (where a case-blind match
# is a match of the lower-cased text) the form is tried only at those positions, in order, as
# finditer would find them.
_STARTS = {
    "day_month_year": "digit",
    "month_range": "month",
    "month_year": "month",
    "season_year": "season",
    "year": "digit",
}


def find_dates(text: str, patterns: Patterns | None = None) -> list[DateMatch]:
    """Every absolute date expression in `text`, left to right, non-overlapping
    (earlier forms in the grammar win where two overlap)."""
    if not text or not _DIGIT.search(text):
        return []  # every form holds digits (a year or a day); most lines hold none
    g = grammar(patterns)
    taken: list[tuple[int, int]] = []
    found: list[DateMatch] = []
    has_year = _YEAR.search(text) is not None
    has_month = g.any_month is None or g.any_month.search(text) is not None
    has_season = g.any_season is None or (has_year and g.any_season.search(text) is not None)
    at: dict[str, set[int]] | None = {} if g.fast_starts and text.isascii() else None
    for kind, rx in g.forms:
        if not has_year and kind in _NEEDS_YEAR:
            continue
        if not has_month and kind in _NEEDS_MONTH or not has_season and kind == "season_year":
            continue
        if at is not None and kind in _STARTS:
            if not at:
                lower = text.lower()
                at["apx"] = starts.occurrences(lower, g.apx_heads)
                at["digit"] = starts.digits(text)
                at["month"] = starts.occurrences(lower, g.month_heads)
                at["season"] = starts.occurrences(lower, g.season_heads)
            matches = starts.matches_at(rx, text, at["apx"] | at[_STARTS[kind]])
        else:
            matches = rx.finditer(text)
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
    # a narrow PDF column can wrap a date inside a number ("30/09/20" / "21")
    found = find_dates(re.sub(r"(?<=[/.-]\d{2}) (?=\d{2}\b)", "", raw), patterns)
    problems = []
    if not found:
        return DateValue(raw=raw, start=None, end=None, precision="unknown"), problems
    first = found[0]
    value = first.value.model_copy(update={"raw": raw})
    if first.invalid_day:
        problems.append(f"impossible day in {first.value.raw!r}; kept the month")
    return value, problems


from dhrparse.vocab.relative import RelativeMatch, find_relative, resolve_relative, shift  # noqa: E402,F401  (re-exported API)
