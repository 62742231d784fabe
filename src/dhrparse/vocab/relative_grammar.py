"""Finding relative date expressions: the grammar compiled once per Patterns from
patterns/dates.toml ([relative]). "Two days later", "The next day", "Later that month",
"At 22:41", "over the next month", "In March" (no year), "On 14 June", "On the 3rd",
"During the autumn", and phrases counted from the death itself ("Approximately three weeks
before the homicides", "On the evening of the homicide"). Resolving them against an anchor
date is relative.py's job."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import regex

from dhrparse.patterns import Patterns, load_patterns
from dhrparse.vocab.alternation import literal_alternation
from dhrparse.vocab.cue_words import folded, required_words
from dhrparse.vocab.engines import Expression, PlainTexts, vocabulary_key


@dataclass(frozen=True)  # kept per text by the grammar and handed to every caller: never changed
class RelativeMatch:
    start: int  # span in the text
    end: int
    raw: str
    amount: int = 0  # signed offset in `unit`
    unit: str = "day"  # day | week | fortnight | month | year
    span: bool = False  # "over the next month": a range from the anchor
    month: int | None = None  # "In March": a month of the anchor's year (or the next)
    to_death: bool = False  # counted from the date of death, not the previous entry
    approximate: bool = False
    granularity: str | None = None  # the coarsest precision the phrase supports (unit when None)
    day: int | None = None  # "On 14 June": a day of `month` in the anchor's year (or the next)
    season: tuple[int, int] | None = None  # "During the autumn": first and last month of a season
    next_season: bool = False  # "the following spring": the next such season after the anchor


class RelativeGrammar:
    """The relative-date vocabulary (numbers, units, months, seasons) and each form's expression."""

    # a chronology entry's text is searched several times over (is it dated at its start,
    # its date, a day inside it that refines the date): each text's expressions are kept
    FOUND_KEPT = 4096

    def __init__(self, p: Patterns):
        self.found: dict[str, tuple[RelativeMatch, ...]] = {}
        # each form is run by `re` on texts both engines read alike, at a fraction of the cost
        # of compiling it for `regex` (vocab.engines)
        self.plain_texts = PlainTexts()
        self.numbers = {k.lower(): int(v) for k, v in (p.get("dates.relative.numbers") or {}).items()}
        self.vague = {w.lower() for w in p.list("dates.relative.vague_numbers")}
        self.units = {k.lower(): v for k, v in (p.get("dates.relative.units") or {}).items()}
        self.months = {k.lower(): int(v) for k, v in (p.get("dates.months") or {}).items()}
        fixed = p.get("dates.relative.fixed") or {}
        self.fixed = {k.lower(): (int(v[0]), str(v[1])) for k, v in fixed.items()}
        alone_not = {w.lower() for w in p.list("dates.relative.season_not_alone")}
        self.seasons = {
            k.lower(): (int(v[0]), int(v[1]))
            for k, v in (p.get("dates.seasons") or {}).items()
            if k.lower() not in alone_not
        }
        forms = p.get("dates.relative.forms") or {}
        death = p.get("dates.relative.forms.death") or r"(?!x)x"
        self.offset = self._offset(p, death)
        self.fixed_rx = Expression(rf"\b(?:{_alt(list(self.fixed))})\b")
        self.span = _optional(forms, "span")
        self.time = _optional(forms, "time_of_day")
        self.death_day = Expression(forms["death_day"] + rf"{death}\b") if forms.get("death_day") else None
        self.month_only, self.day_month = self._month_forms(forms)
        # a day with no month ("On the 3rd", under a "March 2017" heading): a day of the anchor's month
        self.day_only = _optional(forms, "day_only")
        self.season_only = self._season_only(forms)
        # the words each form's expression cannot match without (vocab.cue_words), None when
        # unknown: a text holding none of them has no match of that form
        self.needs = {form: _words_needed(getattr(self, name)) for form, name in _EXPRESSION_OF.items()}

    def _offset(self, p: Patterns, death: str) -> Expression:
        """ "Two days later", "about three weeks before the homicide"."""
        num_alt = _alt(list(self.numbers)) + r"|\d{1,3}"
        later_alt, earlier_alt = _alt(p.list("dates.relative.later")), _alt(p.list("dates.relative.earlier"))
        return Expression(
            rf"(?:\b(?P<apx>{_alt(p.list('dates.relative.approximate'))})\s+)?\b(?P<n>{num_alt})\s+"
            rf"(?P<unit>{_alt(list(self.units))})\s+"
            rf"(?:(?P<later>{later_alt})|(?P<earlier>{earlier_alt}))\b"
            rf"(?P<death>\s+(?:the|his|her|their)\s+{death}\b)?"
        )

    def _month_forms(self, forms: dict) -> tuple[Expression, Expression]:
        mon_alt = _alt(list(self.months))
        lead = forms.get("month_only_lead") or r"\bin\s+"
        # a month named without a year; "May" needs its preposition (it is also a verb)
        month_only = Expression(rf"(?:{lead})(?P<m>{mon_alt})\.?\b(?!\s*,?\s*(?:\d|of\s+\d))")
        # a day and month with no year ("On 14 June", "by the 3rd of September"): the year is the anchor's
        day_month = Expression(
            rf"\b(?:(?:on|by|from|until|till|before|after)\s+)?(?:the\s+)?(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?"
            rf"(?P<m>{mon_alt})\b\.?(?!\s*,?\s*(?:\d|of\s+\d|-\d))"
        )
        return month_only, day_month

    def _season_only(self, forms: dict) -> Expression | None:
        """ "During the autumn", "the following spring": a season named without a year."""
        season_lead = forms.get("season_only_lead")
        if not season_lead or not self.seasons:
            return None
        return Expression(
            rf"(?:{season_lead})(?P<next>(?:following|next|subsequent)\s+)?(?P<s>{_alt(list(self.seasons))})\b"
            rf"(?!\s*(?:of\s+)?(?:\d|that\s+year|the\s+(?:same|following|next)\s+year))"
        )

    def number(self, word: str) -> tuple[int, bool]:
        w = " ".join(word.lower().split())
        if w.isdigit():
            return int(w), False
        return self.numbers.get(w, 1), w in self.vague


def _alt(words: list[str]) -> str:
    return literal_alternation({w for w in words if w}, spaced=True, longest_first=True)


def _words_needed(expression: Expression | None) -> frozenset[str] | None:
    return required_words(expression.source) if expression is not None else None


def _optional(forms: dict, name: str) -> Expression | None:
    return Expression(forms[name]) if forms.get(name) else None


def _grammar(patterns: Patterns | None) -> RelativeGrammar:
    return (patterns or load_patterns()).derived("relative.grammar", RelativeGrammar)


def find_relative(text: str, patterns: Patterns | None = None) -> list[RelativeMatch]:
    """Every relative date expression in `text`, left to right, non-overlapping."""
    if not text:
        return []
    g = _grammar(patterns)
    kept = g.found.get(text)
    if kept is None:
        if len(g.found) >= g.FOUND_KEPT:
            g.found.clear()
        kept = g.found[text] = tuple(_search(text, g))
    return list(kept)


Found = Iterator[tuple[re.Match | regex.Match, dict]]


def _search(text: str, g: RelativeGrammar) -> list[RelativeMatch]:
    """find_relative's search itself: every form tried on the text in turn, an earlier form's
    expression winning over a later one it overlaps."""
    found: list[RelativeMatch] = []
    plain = g.plain_texts.plain(text)
    lower = None
    for form in _FORMS:
        # (each form tries its expression at every word of a long entry: most entries lack
        # the words of most forms, and those are not run)
        needs = g.needs[form]
        if needs is not None:
            lower = folded(text) if lower is None else lower
            if not any(w in lower for w in needs):
                continue
        for m, kw in form(text, g, plain):
            s, e = m.span()
            if not any(s < f.end and f.start < e for f in found):
                found.append(RelativeMatch(start=s, end=e, raw=m.group(0).strip(), **kw))
    found.sort(key=lambda f: f.start)
    return found


def _death_days(text: str, g: RelativeGrammar, plain: bool) -> Found:
    """ "On the day of the homicide", "the week before her death"."""
    for m in g.death_day.finditer(text, plain) if g.death_day is not None else ():
        d = (m.group("dir") or "of").lower()
        unit = "week" if m.group("part").lower() in ("week", "weekend") else "day"
        amount = 0 if d == "of" else (-1 if d.startswith(("before", "prior")) else 1)
        yield m, dict(amount=amount, unit=unit, to_death=True)


def _offsets(text: str, g: RelativeGrammar, plain: bool) -> Found:
    for m in g.offset.finditer(text, plain):
        n, vague = g.number(m.group("n"))
        unit = g.units[vocabulary_key(m.group("unit"))]
        sign = 1 if m.group("later") else -1
        # "two years later" counts whole years from the anchor's month; "the following year" is a year
        yield (
            m,
            dict(
                amount=sign * n,
                unit=unit,
                to_death=bool(m.group("death")),
                approximate=vague or bool(m.group("apx")),
                granularity="month" if unit == "year" else None,
            ),
        )


def _spans(text: str, g: RelativeGrammar, plain: bool) -> Found:
    for m in g.span.finditer(text, plain) if g.span is not None else ():
        n, vague = g.number(m.group("n")) if m.group("n") else (1, False)
        unit = g.units.get(m.group("unit").lower(), "month")
        yield m, dict(amount=n, unit=unit, span=True, approximate=vague)


def _fixed(text: str, g: RelativeGrammar, plain: bool) -> Found:
    for m in g.fixed_rx.finditer(text, plain):
        amount, unit = g.fixed[" ".join(vocabulary_key(m.group(0)).split())]
        yield m, dict(amount=amount, unit=unit, approximate=unit in ("week", "fortnight") and amount == 0)


def _times(text: str, g: RelativeGrammar, plain: bool) -> Found:
    for m in g.time.finditer(text, plain) if g.time is not None else ():
        yield m, dict(amount=0, unit="day")


def _day_months(text: str, g: RelativeGrammar, plain: bool) -> Found:
    for m in g.day_month.finditer(text, plain):
        day = int(m.group("d"))
        if 1 <= day <= 31:
            yield m, dict(month=g.months[vocabulary_key(m.group("m")).rstrip(".")], day=day, unit="day")


def _months_only(text: str, g: RelativeGrammar, plain: bool) -> Found:
    for m in g.month_only.finditer(text, plain):
        yield m, dict(month=g.months[vocabulary_key(m.group("m"))], unit="month")


def _days_only(text: str, g: RelativeGrammar, plain: bool) -> Found:
    for m in g.day_only.finditer(text, plain) if g.day_only is not None else ():
        day = int(m.group("d"))
        if 1 <= day <= 31:
            yield m, dict(day=day, unit="day")


def _seasons_only(text: str, g: RelativeGrammar, plain: bool) -> Found:
    for m in g.season_only.finditer(text, plain) if g.season_only is not None else ():
        yield (
            m,
            dict(
                season=g.seasons[vocabulary_key(m.group("s"))],
                unit="month",
                next_season=bool(m.group("next")),
            ),
        )


# the order forms are tried in: an earlier form's expression wins where two overlap
_FORMS: tuple[Callable[[str, RelativeGrammar, bool], Found], ...] = (
    _death_days,
    _offsets,
    _spans,
    _fixed,
    _times,
    _day_months,
    _months_only,
    _days_only,
    _seasons_only,
)
# the expression each form runs (an attribute of the grammar)
_EXPRESSION_OF = {
    _death_days: "death_day",
    _offsets: "offset",
    _spans: "span",
    _fixed: "fixed_rx",
    _times: "time",
    _day_months: "day_month",
    _months_only: "month_only",
    _days_only: "day_only",
    _seasons_only: "season_only",
}
