"""The date grammar: every form a UK review prints a date in ("13th April 2011", "Mar-14",
"Q2 2024/25" ...), compiled once per Patterns from the vocabulary in patterns/dates.toml, and
the match a found date becomes. `vocab.dates` searches texts with it."""

from __future__ import annotations

from dataclasses import dataclass

import regex

from dhrparse.models import DateValue
from dhrparse.patterns import Patterns, load_patterns
from dhrparse.vocab.alternation import literal_alternation
from dhrparse.vocab.date_search import YEAR, FormSearch
from dhrparse.vocab.dated_days import DatedDays, dated_day_forms, hosted_day_forms, name_alternation
from dhrparse.vocab.engines import Expression, vocabulary_key


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


class DateGrammar:
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
        self.year_blocked = regex.compile(rf"(?:^|\W)(?:{literal_alternation(blockers)})\s*$", regex.I)
        prefix = patterns.get("dates.absolute.period_prefix")
        self.period_prefix = regex.compile(rf"(?:{prefix})$", regex.I) if prefix else None
        # days a chronology names instead of dating them ("New Year's Day 2021"): (month, day?)
        self.named_days = {
            k.lower(): tuple(v) for k, v in patterns.get("dates.absolute.named_days", {}).items()
        }
        # (looked up without its apostrophe, which a report may leave out: "Fathers Day 2022")
        self._named_by_key = {_unquoted(k): v for k, v in self.named_days.items()}
        self.dated = DatedDays(patterns)
        self.quarters = _Quarters(patterns)
        weekdays = patterns.list("dates.words.weekdays")
        periods = patterns.list("dates.absolute.month_periods")
        apostrophes = patterns.list("dates.words.year_apostrophes")
        named = list(dict.fromkeys(list(self.named_days) + self.dated.names))
        forms = _forms(self.months, self.seasons, approx, named, weekdays, periods, apostrophes)
        at = next(i for i, (kind, _) in enumerate(forms) if kind == "named_day_year")
        forms[at:at] = [
            (kind, Expression(source, regex.I))
            for kind, source in dated_day_forms(
                rf"(?:{literal_alternation(self.months, longest_first=True)})\.?",
                YEAR,
                self.dated.names,
                self.dated.places,
            )
            + hosted_day_forms(self.dated.hosted_names, self.dated.hosts)
        ]
        self.forms = [self.quarters.form] + forms
        self.search = FormSearch(self.forms, approx, list(self.months), list(self.seasons))

    def named_day(self, printed: str) -> tuple:
        """The gazetteer's entry for a named day as printed ("St Andrews  Day", "Father’s Day")."""
        return self._named_by_key[_unquoted(regex.sub(r"\s+", " ", vocabulary_key(printed)))]

    def is_named_day(self, printed: str) -> bool:
        return _unquoted(regex.sub(r"\s+", " ", vocabulary_key(printed))) in self._named_by_key

    def month(self, word: str) -> int:
        return self.months[vocabulary_key(word).rstrip(".")]

    def year(self, text: str) -> int:
        y = int(text)
        if len(text) == 2:
            y += 2000 if y < 50 else 1900
        return y

    def ok_year(self, y: int) -> bool:
        return self.min_year <= y <= self.max_year


def _unquoted(name: str) -> str:
    return name.replace("'", "").replace("’", "")


class _Quarters:
    """A quarter of a year: "Q2 2024/25", "Quarter 3 2023-24", "Q4 23/24" (a financial year, whose
    first quarter starts in patterns' `dates.quarters.financial_first_month`), "Q1 2025" (a calendar
    year). Tried before every other form: a quarter word and its number claim the year after them."""

    def __init__(self, patterns: Patterns):
        words = sorted(patterns.list("dates.quarters.words"), key=len, reverse=True)
        joins = sorted(patterns.list("dates.quarters.joining_words"), key=len, reverse=True)
        self.financial_first_month = int(patterns.get("dates.quarters.financial_first_month", 4))
        join = literal_alternation(joins, spaced=True)
        source = (
            rf"\b(?:{literal_alternation(words)})\s*(?P<q>[1-4])\s*(?:(?:{join})\s*)*"
            rf"(?<![\d/.])(?P<y>{YEAR}|\d{{2}})(?:\s*[/–-]\s*(?P<next>(?:19|20)?\d{{2}}))?\b(?![/.-]?\d)"
        )
        self.form = ("quarter", Expression(source, regex.I))


def _forms(
    months: dict,
    seasons: dict,
    approx: list[str],
    named_days: list[str],
    weekdays: list[str],
    periods: list[str],
    apostrophes: list[str],
) -> list[tuple[str, Expression]]:
    """(kind, expression) for every date form, in the order they win where two overlap."""
    mon = literal_alternation(months, longest_first=True)
    season = literal_alternation(seasons)
    # "mid-June": a hyphen may already end the word; "c." ends in a dot
    apx = literal_alternation(approx, spaced=True)
    M = rf"(?:{mon})\.?"
    Y = YEAR
    # (an apostrophe printed curly or left out: "New Years Day")
    named = name_alternation(named_days)
    sources = (
        _day_forms(M, Y, apx, named, literal_alternation(weekdays))
        + _month_forms(M, Y, apx, season, literal_alternation(periods, spaced=True, longest_first=True))
        + _apostrophe_year_forms(M, apx, literal_alternation(apostrophes) if apostrophes else None)
        + _year_forms(Y, apx)
    )
    # run by `re` on the texts both engines read alike (no form matches an empty text, so
    # finditer and a match from a position find the same with either engine)
    return [(kind, Expression(source, regex.I)) for kind, source in sources]


def _day_forms(M: str, Y: str, apx: str, named: str, weekday: str) -> list[tuple[str, str]]:
    return [
        # a span of days in one month: "Between 10 and 14 October 2022", "from 3 to 9 March", "3–9
        # March 2020", "Friday 21st to Sunday 23rd August 2020" (joined by a word only after
        # "between" or "from", or before the last day's weekday: "aged 5 and 14 ..." is none)
        (
            "day_span",
            rf"(?:\b(?:between|from)\s{{1,3}}(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s{{1,3}}(?:and|to|until)\s{{1,3}}"
            rf"|\b(?P<d1b>\d{{1,2}})(?:st|nd|rd|th)?\s{{0,2}}[-–]\s{{0,2}}"
            rf"|\b(?P<d1c>\d{{1,2}})(?:st|nd|rd|th)?\s{{1,3}}(?:to|until)\s{{1,3}}(?:{weekday})\.?,?\s{{1,3}})"
            rf"(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>{M})\s*,?\s*(?P<y>{Y})\b",
        ),
        # a span of days across months, the year printed once at its end: "3 February – 22 April
        # 2021", "from 28 December to 4 January 2022" (a key episode's dates; a dash or "to" between)
        (
            "day_month_span",
            rf"\b(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m1>{M})\s{{0,2}}(?:[-–]|to|until)\s{{0,2}}"
            rf"(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>{M})\s*,?\s*(?P<y>{Y})\b",
        ),
        # Dec-13 to Sept-14 / Mar-14
        (
            "mon_yy_range",
            rf"\b(?P<m1>{M})[-‐ ](?P<y1>\d{{2}})\s*(?:to|-|–|until)\s*(?P<m2>{M})[-‐ ](?P<y2>\d{{2}})\b",
        ),
        # a span of days printed numerically, the month and year once: "10–14.6.19", "3-5/11/2020"
        (
            "dmy_numeric_span",
            rf"(?<![\d/.])(?P<d1b>\d{{1,2}})\s?[-–]\s?(?P<d>\d{{1,2}})(?P<sep>[./])(?P<m>\d{{1,2}})(?P=sep)(?P<y>{Y}|\d{{2}})(?![\d/])",
        ),
        # "31.05.2013", "31/05/13", "27–02–2022" (en dashes both, never one beside a stop or slash)
        (
            "dmy_numeric",
            rf"(?<![\d/.–])(?P<d>\d{{1,2}})(?:\s?[./-]\s?|–(?=\d{{1,2}}–))(?P<m>\d{{1,2}})"
            rf"(?:\s?[./-]\s?|(?<=–\d)–|(?<=–\d\d)–)(?P<y>{Y}|\d{{2}})(?![\d/]|–\d)",
        ),
        # "2021-07-14": a record system's year-month-day (never part of a longer run of figures or
        # a code: "2021-07-14-3", "REF-2021-07-14")
        (
            "ymd_numeric",
            rf"(?<![\w/.-])(?P<y>{Y})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])(?![\w/-]|[.,]\d)",
        ),
        # "03-Feb-21", "3-Feb-2021": a spreadsheet's day, its month's short name between hyphens
        (
            "day_mon_yy",
            rf"(?<![\w/.-])(?P<d>\d{{1,2}})[-‐](?P<m>{M})[-‐](?P<y>{Y}|\d{{2}})(?!\w|[/.-]\d)",
        ),
    ] + _named_day_forms(M, Y, apx, named, weekday)


def _named_day_forms(M: str, Y: str, apx: str, named: str, weekday: str) -> list[tuple[str, str]]:
    """The day forms naming a feast, a month's name or a year before the day (after the spans and
    the numeric days, which win where two overlap)."""
    return [
        # "New Year's Day 2021", "Christmas 2022"; a weekday told from one: "the Saturday before
        # Christmas 2021"; its weekday set off by commas, or its month, before the year ("on Epiphany, a
        # Friday, in 2023", "the Feast of the Epiphany in January 2023")
        (
            "named_day_year",
            rf"(?:\bthe\s+(?P<ndw>{weekday})\s+(?P<ndr>before|after)\s+)?"
            rf"\b(?P<nd>{named})(?:,\s+(?:a\s+)?(?:{weekday}),)?,?\s+(?:of\s+|in\s+)?(?:(?P<ndm>{M})\s+)?(?P<y>{Y})\b",
        ),
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
        # "2021 Nov 09": a record system's year-first date, copied from a police or case record (its
        # day printed with two digits, and not the count opening a sentence: "in 2021 May 5 people")
        ("year_month_day", rf"\b(?P<y>{Y})\s+(?P<m>{M})\s+(?P<d>\d{{2}})\b(?![\d:/-]|[.,]\d|(?-i:\s+[a-z]))"),
    ]


def _month_forms(M: str, Y: str, apx: str, season: str, period: str) -> list[tuple[str, str]]:
    return [
        # a school's week named by its month: "October half term 2021" is in October
        ("month_period_year", rf"\b(?P<m>{M})\s+(?:{period})\s+(?:of\s+|in\s+)?(?P<y>{Y})\b"),
        (
            "month_range",
            rf"(?:(?P<apx>{apx})[\s-]+)?\b(?P<m1>{M})\s*(?:(?P<y1>{Y})\s*)?(?:to|-|–|until|and|/)\s*(?:(?P<apx2>{apx})[\s-]+)?(?P<m2>{M})\s*,?\s*(?P<y2>{Y})\b",
        ),
        ("month_year", rf"(?:(?P<apx>{apx})[\s-]+)?\b(?P<m>{M})\s*,?\s*(?P<y>{Y})\b"),
        ("mon_yy", rf"\b(?P<m>{M})[-‐](?P<y>\d{{2}})\b"),
        ("season_year", rf"(?:(?P<apx>{apx})[\s-]+)?\b(?P<s>{season})\s+(?:of\s+)?(?P<y>{Y})\b"),
    ]


def _apostrophe_year_forms(M: str, apx: str, apostrophe: str | None) -> list[tuple[str, str]]:
    """A year shortened behind an apostrophe after a month's name: "3 Feb ’19" the day, "Jun ’19"
    the month (the mark says two figures were left out, so the figures are a year, not a day)."""
    if apostrophe is None:
        return []
    yy = rf"\s?(?:{apostrophe})(?P<y>\d{{2}})(?!\w|{apostrophe})"
    return [
        ("day_mon_apostrophe_yy", rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>{M}){yy}"),
        ("mon_apostrophe_yy", rf"(?:(?P<apx>{apx})[\s-]+)?\b(?P<m>{M}){yy}"),
    ]


def _year_forms(Y: str, apx: str) -> list[tuple[str, str]]:
    return [
        ("year_span", rf"\b(?P<y1>{Y})\s*[/-]\s*(?P<y2>\d{{2}}|{Y})\b(?![/.-]\d)"),
        ("year", rf"(?:(?P<apx>{apx})[\s-]+|(?<![\d/.£$-]))\b(?P<y>{Y})\b(?![/.-]?\d)"),
    ]


def grammar(patterns: Patterns | None = None) -> DateGrammar:
    return (patterns or load_patterns()).derived("dates.grammar", DateGrammar)
