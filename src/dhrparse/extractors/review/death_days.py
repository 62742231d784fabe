"""The day of a death told from the incident's day: the day after it ("died the following day"),
or the first such weekday after it ("died on the following Thursday"), or a weekday of the week it
falls in ("on the Thursday of that week"); and the day a short line of
prose waits for on the next ("... aged 38, on" / "23 January 2022. ...")."""

from __future__ import annotations

import re
from datetime import date, timedelta

from dhrparse.extractors.review.printing import compiled
from dhrparse.models import DateValue
from dhrparse.patterns import Patterns
from dhrparse.vocab.dates import find_dates
from dhrparse.vocab.moveable_feasts import WEEKDAYS
from dhrparse.vocab.relative import apply
from dhrparse.vocab.relative_grammar import find_relative


def next_day_told(text: str, value: DateValue | None, died_next) -> DateValue | None:
    """ "stabbed on the 16th May 2021, and died the following day": the day the sentence dates
    before telling of a death the day after is the incident's, the death the day after it."""
    m = died_next.search(text) if value is not None and value.precision == "day" else None
    if m is None or value.raw not in text[: m.start()]:
        return value
    return day_after(value) or value


def weekday_told(text: str, value: DateValue | None, on_weekday) -> DateValue | None:
    """ "attacked on Monday 6 June 2022 and died on the following Thursday": the day dated before a
    death told by its weekday is the incident's, the death that weekday after it."""
    m = on_weekday.search(text) if value is not None and value.precision == "day" else None
    if m is None or value.raw not in text[: m.start()]:
        return value
    return weekday_after(value, m.group("weekday")) or value


def joined_incident_day(text: str, death, sentence_end: int, dates, p: Patterns):
    """ "He was taken to hospital by ambulance on the evening of 31 December 2021 with a head injury
    and died there": an incident's day, however far into its sentence, joined by "and" to the death
    told next, is the death's date (as found), unless the sentence moves on from it ("and died weeks later")."""
    joined = compiled_death(p, "joined_to_incident")
    moves_on = moving_on(p)
    days = [d for d in dates if d.end <= death.start() and d.value.precision == "day"]
    if not days or not joined.match(text[days[-1].end : death.start()]):
        return None
    if any(m.search(text[death.end() : sentence_end]) for m in moves_on):
        return None
    return days[-1]  # (the date as found, with where it is printed)


def moving_on(p: Patterns) -> list:
    """The words that move a sentence on from a day it dated: counted on from it ("three days
    later", "the next morning", patterns/review.toml `death_counted_on`) or to a time of its own
    ("hours later", "on 14 ...", "in 2022", `event_moves_on`)."""
    return p.regexes("review.death.death_counted_on") + p.regexes("review.death.event_moves_on")


def compiled_death(p: Patterns, name: str):
    """patterns/review.toml's [death] expression `name` (matching nothing when it is absent)."""
    return compiled(p.get(f"review.death.{name}", r"(?!x)x"))


def day_after(incident: DateValue | None) -> DateValue | None:
    """ "found injured on 22/08/2019" / "died the following day": the death is the incident's day plus one."""
    return _moved_on(incident, lambda day: 1)


def weekday_after(incident: DateValue | None, weekday: str) -> DateValue | None:
    """ "assaulted on Saturday 7 May 2022" / "died in the early hours of Sunday": the first such
    weekday after the incident's day (the same weekday is the day itself)."""
    return _moved_on(incident, lambda day: (WEEKDAYS.index(weekday.lower()) - day.weekday()) % 7)


def _moved_on(incident: DateValue | None, days_later) -> DateValue | None:
    """The death's day told from the incident's exact day: `days_later(incident day)` days after it."""
    if incident is None or incident.precision != "day" or not incident.start:
        return None
    try:
        day = date.fromisoformat(incident.start)
    except ValueError:
        return None
    day += timedelta(days=days_later(day))
    return DateValue(
        raw=incident.raw, start=day.isoformat(), end=day.isoformat(), precision="day", relative=True
    )


def beside_the_day(text: str, found, p: Patterns) -> DateValue | None:
    """ "killed the day after the December 2019 general election": the death on the day after (or
    before) the day the sentence dates it from; None where the date is not told so."""
    m = compiled_death(p, "day_beside_date").search(text[max(0, found.start - 40) : found.start])
    if m is None or found.value.precision != "day":
        return None
    moved = _moved_on(found.value, lambda day: 1 if m.group("way").lower() == "after" else -1)
    return moved.model_copy(update={"raw": m.group(0) + found.value.raw}) if moved else None


def found_on(day: DateValue | None) -> DateValue | None:
    """The day the body was found dates the death only approximately: it may have come a day or two before."""
    return day.model_copy(update={"approximate": True}) if day is not None else None


def opens_with_date(line: str, p: Patterns) -> bool:
    """The line opens with a date (a list of dated events prints one a line: "Jan 2019 -> ..."),
    or with the day it is counted as before its date ("Day 3   Tue 15.06.2021   ... died")."""
    found = find_dates(line[:40], p)
    counter = compiled_death(p, "counted_day").match(line)
    return bool(found) and not line[counter.end() if counter else 0 : found[0].start].strip()


_AWAITS_DATE = re.compile(r"\b(?:on|in)\s*$", re.I)
# a full stop after a word, or after a date's year or day ("... died on 3 March 2022. The cause of
# death ..."): the next sentence's death word must not reach back to the dates of this one
_SENTENCE_END = re.compile(r"(?<=[a-z0-9)’'\"”])[.!?](?=\s+[A-Z\"“‘'(])|;\s")


def date_run_on(text: str, nxt: str, p: Patterns) -> str:
    """The next line's date and the rest of its sentence where a short line of prose ends waiting
    for it ("following the death of Dorota, aged 38, on" / "23 January 2022. The chair ..."), the
    next line's other sentences left to it; else nothing."""
    if not _AWAITS_DATE.search(text) or not opens_with_date(nxt, p):
        return ""
    return _SENTENCE_END.split(nxt, maxsplit=1)[0]


def day_of_month_before(before: str, month: DateValue, p: Patterns) -> DateValue | None:
    """The last day and month told without a year ("In the early evening of 17 October"), read
    as a day of the death's month; None when it names another month."""
    told = [rel for rel in find_relative(before, p) if rel.day is not None and rel.month is not None]
    value = apply(told[-1], month) if told else None
    return value if value is not None and value.start.startswith(month.start) else None


def sentence_bounds(text: str, at: int) -> tuple[int, int]:
    """Where the sentence holding position `at` starts and ends."""
    start = 0
    for m in _SENTENCE_END.finditer(text):
        if m.end() <= at:
            start = m.end()
        else:
            return start, m.start()
    return start, len(text)


def weekday_of_its_week(before: str, anchor, p: Patterns) -> DateValue:
    """ "In the week commencing Monday 14 March 2022 she told a colleague ... She did not arrive for
    her shift on the Thursday of that week; she had been killed that morning": a weekday told as
    one of the week the last date (`anchor`, as found in `before`) falls in is that weekday of it;
    a week told by its first day runs from that day, any other date's week from its Monday."""
    told = compiled_death(p, "weekday_of_that_week").search(before, anchor.end)
    if told is None:
        return anchor.value
    weekday = WEEKDAYS.index(told.group("weekday").lower())
    if compiled_death(p, "week_commencing").search(before[max(0, anchor.start - 40) : anchor.start]):
        return weekday_after(anchor.value, told.group("weekday")) or anchor.value
    return _moved_on(anchor.value, lambda day: weekday - day.weekday()) or anchor.value
