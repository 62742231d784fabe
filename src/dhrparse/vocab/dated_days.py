"""Named days whose date in a year is a fact of that year, not a rule (patterns' `dates.absolute.
dated_days`): one-off national days a review dates a death by ("Census Day 2021", "the December
2019 general election", "the hottest day on record, in July 2022") and the years a day kept by
rule was moved ("the spring bank holiday in 2022", moved to Thursday 2 June for the Platinum
Jubilee). A year the table holds wins over the usual rule; a name the table alone holds, printed
with a year it does not list, names no day: no date is better than a guessed one."""

from __future__ import annotations

from datetime import date

import regex

from dhrparse.patterns import Patterns
from dhrparse.vocab.alternation import literal_alternation
from dhrparse.vocab.engines import vocabulary_key

# what a table year gives: a listed day, or None for a year the day moved to a day not held
Held = tuple[bool, date | None]


class DatedDays:
    def __init__(self, patterns: Patterns):
        self._days: dict[str, dict[int, date | None]] = {}
        for name, printed in patterns.get("dates.absolute.dated_days", {}).items():
            self._days[key(name)] = {
                int(d[:4]): date.fromisoformat(d) if len(d) > 4 else None for d in printed
            }
        self.names = [name.lower() for name in patterns.get("dates.absolute.dated_days", {})]
        self.places = patterns.list("dates.absolute.dated_day_places")
        # (an event named by its host: name -> host -> the day held there)
        self._hosted: dict[str, dict[str, date]] = {}
        for event in (patterns.get("dates.absolute.hosted_days") or {}).values():
            hosts = {key(host): date.fromisoformat(day) for host, day in event.get("hosts", {}).items()}
            for name in event.get("names", []):
                self._hosted[key(name)] = hosts
        self.hosted_names = sorted(self._hosted)
        self.hosts = sorted({host for hosts in self._hosted.values() for host in hosts})

    def holds(self, printed: str) -> bool:
        return key(printed) in self._days

    def held(self, printed: str, year: int) -> Held | None:
        """(True, the day) for a year the table lists for the name (the day None where it moved to
        a day the table does not hold), (False, None) for a year it does not list, None for a name
        it does not hold."""
        days = self._days.get(key(printed))
        if days is None:
            return None
        if year in days:
            return True, days[year]
        return False, None

    def hosted(self, printed: str, host: str) -> date | None:
        """The day the event named was held in `host`, None where the table has no such event or host."""
        return self._hosted.get(key(printed), {}).get(key(host))


def key(printed: str) -> str:
    """A name as the tables hold it: lower case, single spaces, no apostrophes."""
    return regex.sub(r"\s+", " ", vocabulary_key(printed)).replace("'", "").replace("’", "")


# the words setting an event's host after its name: ", held in", " which was hosted in", " in"
HELD_IN = r",?\s+(?:(?:which|that)\s+was\s+)?(?:(?:held|hosted|staged|played)\s+)?in\s+"


def name_alternation(names) -> str:
    """The names as one alternation, longest first, an apostrophe printed straight, curly or not at all."""
    return literal_alternation(names, spaced=True, longest_first=True).replace("'", "['’]?")


def dated_day_forms(M: str, Y: str, dated: list[str], places: list[str]) -> list[tuple[str, str]]:
    """The forms only a dated day has: its place and month between the name and the year ("the
    hottest day ever recorded in the UK, in July 2022", "the Eurovision final held in Leeds in
    2023", "... in Leeds, May 2023"), or the year before it ("the December 2019 general election")."""
    if not dated:
        return []
    named = name_alternation(dated)
    where = rf"\s+in\s+(?:the\s+)?(?:{literal_alternation(places, spaced=True)})" if places else r"(?!x)x"
    # (or the city an event was held in, named before its year: "the Eurovision final held in Leeds in 2023", "... in Leeds, May 2023")
    where = rf"(?:{where}|{HELD_IN}(?-i:[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?))?"
    return [
        (
            "dated_day_year",
            rf"\b(?P<nd>{named}){where},?\s+(?:of\s+|in\s+)?(?:(?P<ndm>{M})\s+)?(?P<y>{Y})\b",
        ),
        ("year_dated_day", rf"\b(?:(?P<ndm>{M})\s+)?(?P<y>{Y})\s+(?P<nd>{named})\b"),
    ] + _year_inside_forms(Y, dated)


def hosted_day_forms(hosted: list[str], hosts: list[str]) -> list[tuple[str, str]]:
    """An event named by the place that held it, with no year ("the Eurovision final, held in Turin")."""
    if not hosted or not hosts:
        return []
    named = name_alternation(hosted)
    where = literal_alternation(hosts, spaced=True, longest_first=True)
    return [
        (
            "hosted_day",
            rf"\b(?P<nd>{named}){HELD_IN}(?:the\s+)?(?P<host>{where})\b",
        )
    ]


def _year_inside_forms(Y: str, dated: list[str]) -> list[tuple[str, str]]:
    """A day of an event named with the year inside the event's name: "Carnival Sunday of the 2022
    Notting Hill Carnival" is the table's "carnival sunday of the notting hill carnival" that year."""
    parts = [name.split(" of the ", 1) for name in dated if " of the " in name]
    if not parts:
        return []
    heads = name_alternation({h for h, _ in parts})
    tails = name_alternation({t for _, t in parts})
    return [("dated_day_inner_year", rf"\b(?P<ndh>{heads})\s+of\s+the\s+(?P<y>{Y})\s+(?P<ndt>{tails})\b")]
