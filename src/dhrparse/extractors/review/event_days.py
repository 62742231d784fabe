"""A death told as days or weeks from a wedding or a birth whose day the opening prints ("killed
the day before the wedding", the couple "had planned to marry on Saturday 14 September 2019";
"three weeks after the birth of their son on 7 March 2021"): the event's day moved by the offset.
The sentence must tell the death; with no day printed for the event, the offset dates nothing (and
the day printed beside the event is the event's, never the death's)."""

from __future__ import annotations

from datetime import timedelta

import regex

from dhrparse.extractors.review.birth_days import first_day_after
from dhrparse.extractors.review.death_days import sentence_bounds
from dhrparse.models import DateValue
from dhrparse.patterns import Patterns

# days in each unit an offset is told in
_UNIT_DAYS = {"day": 1, "week": 7, "fortnight": 14}


def day_from_event(lines: list[str], text: str, told, death_word, p: Patterns) -> DateValue | None:
    """The death's day from the offset `told` (review.death `died_from_event`) finds in `text`, a
    line telling the death (`death_word` in the offset's own sentence)."""
    m = told.search(text)
    if m is None:
        return None
    start, end = sentence_bounds(text, m.start())
    if not death_word.search(text[start:end]):
        return None
    days = offset_days(m, p)
    event = "event_day_birth" if "birth" in m.group(0).lower() else "event_day_wedding"
    held = first_day_after(lines, event, p)
    if days is None or held is None:
        return None
    day = (held + timedelta(days=days if m.group("dir").lower() == "after" else -days)).isoformat()
    return DateValue(raw=m.group(0), start=day, end=day, precision="day", relative=True)


def offset_days(m: regex.Match, p: Patterns) -> int | None:
    """ "the day" 1, "three weeks" 21, "a fortnight" 14 (dates.toml's relative number words)."""
    if m.group("day") or m.group("fortnight"):
        return 14 if m.group("fortnight") else 1
    words = {str(k).lower(): v for k, v in (p.get("dates.relative.numbers") or {}).items()}
    told = m.group("days").lower()
    count = int(told) if told.isdigit() else words.get(told)
    return None if count is None else count * _UNIT_DAYS[m.group("unit").lower().rstrip("s")]
