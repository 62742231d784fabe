"""Dates as UK reviews print them, to DateValue.

`find_dates(text)` finds every absolute date expression in a text; `parse_date(text)`
returns the first. Forms: "13th April 2011", "31.05.2013" (day first), "Mar-14",
"mid-June 2017", "August to October 2010", "the academic year 2014/15",
"Dec-13 to Sept-14", "Sept 2016", "Spring 2021", "Q2 2024/25", "2018". An impossible day
("31/06/2019") keeps the month, with `invalid_day` set on the match so callers can warn.
Vocabulary (months, seasons, approximation words, bounds) lives in patterns/dates.toml.
"""

from __future__ import annotations

import re

from dhrparse.models import DateValue
from dhrparse.patterns import Patterns, load_patterns
from dhrparse.vocab.date_grammar import DateGrammar, DateMatch, approximate_words, grammar  # noqa: F401  (re-exported)
from dhrparse.vocab.date_readings import match_reading


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


def _dates(g: DateGrammar, text: str, form_matches) -> list[DateMatch]:
    """The dates named by each form's matches, given in the grammar's order; a match overlapping
    one an earlier form made is another reading of the same words."""
    taken: list[tuple[int, int]] = []
    found: list[DateMatch] = []
    for kind, matches in form_matches:
        for m in matches:
            s, e = m.span()
            if any(s < te and ts < e for ts, te in taken):
                continue
            value, invalid = match_reading(g, kind, m)
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


def is_month_short_year(raw: str, patterns: Patterns | None = None) -> bool:
    """The whole cell is a month and a two-digit year ("Apr 25"), as a plan's Start and
    Target columns print them: a month of that year, never a day of an unnamed one."""
    return bool(_month_short_year(raw, patterns))


def _month_short_year(raw: str, patterns: Patterns | None) -> list[DateMatch]:
    """A whole target-date cell "Dec 23": a month and a two-digit year, read as "Dec-23"."""
    form = (patterns or load_patterns()).regexes("dates.words.target_month_short_year")
    m = form[0].match(raw) if form else None
    return find_dates(f"{m.group('m')}-{m.group('y')}", patterns) if m else []


from dhrparse.vocab.relative import RelativeMatch, find_relative, resolve_relative, shift  # noqa: E402,F401  (re-exported API)
