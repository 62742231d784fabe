"""A death dated from the birth the opening dates ("Baby R was born ... on 28 December 2022", "Date
of birth: 02/07/1972"): a baby's told by the days lived ("died at home aged 19 days"), anyone's by
a birthday ("died a week after her fiftieth birthday", "was killed on his 18th birthday"). The
birth found is the first dated after a birth word; weeks or months of age give no day."""

from __future__ import annotations

from datetime import date

import regex

from dhrparse.extractors.review.death_days import compiled_death
from dhrparse.models import DateValue
from dhrparse.patterns import Patterns
from dhrparse.vocab.dates import find_dates
from dhrparse.vocab.relative import apply
from dhrparse.vocab.relative_grammar import find_relative


def days_after_birth(lines: list[str], aged: regex.Match, p: Patterns) -> DateValue | None:
    """The birth's day plus the days lived (`aged`: the died_aged_days match)."""
    words = {str(k).lower(): v for k, v in (p.get("dates.relative.numbers") or {}).items()}
    told = aged.group("days").lower()
    days = int(told) if told.isdigit() else words.get(told)
    born = first_day_after(lines, "birth", p)
    if born is None or days is None:
        return None
    day = date.fromordinal(born.toordinal() + days).isoformat()
    return DateValue(raw=aged.group(0), start=day, end=day, precision="day", relative=True)


def from_birthday(lines: list[str], text: str, birthday: regex.Match, p: Patterns) -> DateValue | None:
    """The birthday the death is told by (`birthday`: the died_birthday match in `text`, its
    ordinal in `nth`), moved by the offset told before it ("a week after"), from the birth's day."""
    born, years = first_day_after(lines, "birth", p), ordinal(birthday.group("nth"), p)
    if born is None or years is None:
        return None
    try:
        day = born.replace(year=born.year + years)
    except ValueError:
        return None  # (born on 29 February: the birthday of a year without one is no one day)
    kept = DateValue(raw=birthday.group(0), start=day.isoformat(), end=day.isoformat(), precision="day")
    offset = [r for r in find_relative(birthday.group(0), p) if r.unit in ("day", "week", "fortnight")]
    if not offset:
        return kept if birthday.group("on") else None
    moved = apply(offset[0], kept)
    return moved if moved is not None and moved.precision == "day" else None


def first_day_after(lines: list[str], event: str, p: Patterns) -> date | None:
    """The first day dated soon after a word of the event (patterns/review.toml [death] `event`:
    "birth", "wedding") in the opening lines."""
    text = " ".join(lines)
    for m in compiled_death(p, event).finditer(text):
        born = [d for d in find_dates(text[m.end() : m.end() + 80], p) if d.value.precision == "day"]
        if born:
            return date.fromisoformat(born[0].value.start)
    return None


def ordinal(told: str, p: Patterns) -> int | None:
    """ "18th", "fiftieth", "forty-first": a birthday's or an anniversary's number (dates.toml's spelled days, and
    its [birthdays] tens: "fiftieth", or "fifty-" before a unit's ordinal)."""
    told = told.lower()
    if told[:-2].isdigit():
        return int(told[:-2])
    units = {str(k).lower(): int(v) for k, v in (p.get("dates.spelled_days") or {}).items()}
    tens = {str(k).lower(): int(v) for k, v in (p.get("dates.birthdays.tens_ordinals") or {}).items()}
    prefixes = {str(k).lower(): int(v) for k, v in (p.get("dates.birthdays.tens") or {}).items()}
    if told in units or told in tens:
        return units.get(told) or tens.get(told)
    head, _, unit = told.partition("-")
    return prefixes[head] + units[unit] if head in prefixes and unit in units and units[unit] < 10 else None
