"""A death whose day nobody knows, told only as lying within some time of a dated day:

- the body found on a day, the death "some two to three weeks earlier" (the post-mortem's
  estimate): the days that many weeks before the finding;
- the person last seen (or heard from) on a day and found dead "a week later": the days from
  the last sighting to the finding;
- the person last seen on one day and found on another, each dated, and the death told no day
  ("The pathologist could not say on which day he died"): the days between the two.

The death is the month those days all fall in, else nothing: a day of finding is no day of
death, and a window over two months names no month.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from dhrparse.extractors.review.cue_lines import CueLines
from dhrparse.models import DateValue
from dhrparse.patterns import Patterns
from dhrparse.vocab.alternation import expression_alternation, literal_alternation
from dhrparse.vocab.dates import find_dates

_UNIT_DAYS = {"day": 1, "week": 7, "fortnight": 14}  # (months are no fixed count of days)
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9])")


class _Windows:
    def __init__(self, p: Patterns):
        numbers = p.get("dates.relative.numbers", {}) or {}
        self.numbers = {k.lower(): v for k, v in numbers.items()}
        self.units = {k.lower(): v for k, v in (p.get("dates.relative.units", {}) or {}).items()}
        num = literal_alternation(self.numbers, longest_first=True) + r"|\d{1,2}"
        unit = literal_alternation(self.units)
        earlier = literal_alternation(p.list("dates.relative.earlier"))
        later = literal_alternation(p.list("dates.relative.later"))
        self.offset = re.compile(
            rf"\b(?P<a>{num})(?:\s*(?:to|or|-|–)\s*(?P<b>{num}))?\s+(?P<unit>{unit})\s+"
            rf"(?:(?P<earlier>{earlier})|(?P<later>{later}))\b",
            re.I,
        )
        self.died = p.joined("review.death.words")
        # the finding, told as finding the body dead or dated straight after ("(found 14/10/2021; ...")
        found = (p.get("review.death.found_dead", r"(?!x)x"), p.get("review.death.found_dated", r"(?!x)x"))
        self.found = re.compile(expression_alternation(found), re.I)
        self.found_later = re.compile(p.get("review.death.found_window", r"(?!x)x"), re.I)
        self.last_seen = re.compile(p.get("review.death.last_seen", r"(?!x)x"), re.I)


def death_window(lines: list[str], p: Patterns) -> DateValue | None:
    """The month of a death told only as lying within some weeks or days of a dated day."""
    w = p.derived("review.death_windows", _Windows)
    text = " ".join(" ".join(lines).split())
    sentences = _SENTENCE.split(text)
    # (an offset's count may be any "a" or "an": only the sentences holding its unit's or its
    # direction's words are searched for one)
    cue = CueLines(sentences, w.offset.pattern)
    for i, sentence in enumerate(sentences):
        if not cue.may_hold(i):
            continue
        for m in w.offset.finditer(sentence):
            unit = _UNIT_DAYS.get(w.units.get(m.group("unit").lower(), ""))
            near = " ".join(sentences[max(0, i - 1) : i + 1])
            if unit is None:
                continue
            a, b = _count(w, m.group("a")), _count(w, m.group("b") or m.group("a"))
            if m.group("earlier") and w.died.search(sentence[: m.start()]):
                # (the body found on the day the sentence, or the one before, dates)
                day = _day_after_cue(w.found, near, p)
                window = day and (day - timedelta(days=b * unit), day - timedelta(days=a * unit))
            elif m.group("later") and w.found_later.search(sentence[: m.start()] + sentence[m.end() :]):
                day = _day_after_cue(w.last_seen, near, p)
                window = day and (day, day + timedelta(days=b * unit))
            else:
                continue
            if window:
                return _month_of(window, m.group(0))
    return None


def seen_until_found(lines: list[str], p: Patterns) -> DateValue | None:
    """The month of a death told by no date of its own, only by the day the person was last seen
    and the later day they were found (in that sentence or the next two)."""
    w = p.derived("review.death_windows", _Windows)
    sentences = _SENTENCE.split(" ".join(" ".join(lines).split()))
    for i, sentence in enumerate(sentences):
        seen = _dated_after_cue(w.last_seen, sentence, p)
        if seen is None:
            continue
        for later in sentences[i : i + 3]:
            found = _dated_after_cue(w.found_later, later, p)
            if found is not None and seen.start <= found.start:
                days = (date.fromisoformat(seen.start), date.fromisoformat(found.start))
                return _month_of(days, f"{seen.raw} … {found.raw}")
    return None


def _month_of(window: tuple[date, date], raw: str) -> DateValue | None:
    """The month a window of days lies in, or None when it runs over two."""
    if (window[0].year, window[0].month) != (window[1].year, window[1].month):
        return None
    month = f"{window[0].year}-{window[0].month:02d}"
    return DateValue(raw=raw, start=month, end=month, precision="month", approximate=True)


def _count(w: _Windows, word: str) -> int:
    return int(word) if word.isdigit() else int(w.numbers.get(word.lower(), 0))


def _day_after_cue(cue: re.Pattern, text: str, p: Patterns) -> date | None:
    """The first day's date printed after the cue (the finding, the last sighting) in `text`."""
    value = _dated_after_cue(cue, text, p)
    return date.fromisoformat(value.start) if value is not None else None


def _dated_after_cue(cue: re.Pattern, text: str, p: Patterns) -> DateValue | None:
    m = cue.search(text)
    if m is None:
        return None
    for found in find_dates(text[m.start() :], p):
        if found.value.precision == "day" and found.value.start:
            return found.value
    return None
