"""Progress written as dated updates one after another in one cell ("Mar 24: mapping started;
Jun 24: report to the Board completed.", "28/03/2024: tool live. 02/09/2024: audit delayed"):
the latest update says the state the action is in now, whichever order the plan printed them
in (oldest first or newest first). Each update is headed by its date and a colon or a dash, at
the start of the cell or after the stop ending the update before it.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from dhrparse.patterns import Patterns
from dhrparse.vocab.dates import find_dates

# a short head at the cell's start or after a stop, then a colon or a spaced dash
_HEAD = regex.compile(r"(?:^|(?<=[.;!?])\s{1,3}|(?<=\n))(?P<head>[\w/, -]{3,24}?)\s*(?::|\s[–—-]\s)")


@dataclass(frozen=True)
class DatedUpdate:
    when: str  # the head's date, ISO ("2024-06", "2024-03-28")
    text: str  # what the update says, after its head


def _head_date(head: str, p: Patterns) -> str | None:
    """The date a head is, when the whole head is one date ("28/03/2024", "Jan-24", "Mar 24",
    "June 2024"), else None."""
    head = head.strip(" ,-")
    found = find_dates(head, p)
    if len(found) == 1 and found[0].start == 0 and found[0].end >= len(head):
        return found[0].value.start
    for rx in p.regexes("dates.words.target_month_short_year"):
        m = rx.match(head)
        if m and m.start("m") == 0:  # a bare "Mar 24", no deadline word before it
            short = find_dates(f"{m.group('m')}-{m.group('y')}", p)
            return short[0].value.start if short else None
    return None


def dated_updates(text: str, p: Patterns) -> list[DatedUpdate]:
    """The dated updates a cell holds, in printed order; [] unless there are two or more."""
    heads = [(m, _head_date(m.group("head"), p)) for m in _HEAD.finditer(text)]
    heads = [(m, when) for m, when in heads if when]
    if len(heads) < 2:
        return []
    updates = []
    for i, (m, when) in enumerate(heads):
        end = heads[i + 1][0].start() if i + 1 < len(heads) else len(text)
        updates.append(DatedUpdate(when, text[m.end() : end].strip()))
    return updates


def latest_update(text: str | None, p: Patterns) -> str | None:
    """What the latest of a cell's dated updates says, or None where the cell is not a run of
    dated updates. Of two updates of the same date, the one printed last."""
    updates = dated_updates(text or "", p)
    if not updates:
        return None
    latest = max(enumerate(updates), key=lambda iu: (iu[1].when, iu[0]))[1]
    return latest.text or None
