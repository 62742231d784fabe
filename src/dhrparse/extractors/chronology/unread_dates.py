"""A date column's cell the date grammar does not read, told by its shape: a month's name and a
number, nothing else ("Sept 21": September 2021, or the 21st?). Counted as a row all the same, so
that the event texts are cut into as many rows as the column has; its row is left unread (a
warning) rather than its event joined to the row above."""

from __future__ import annotations

import regex

from dhrparse.extractors.chronology.vocabulary import SENTENCE_END
from dhrparse.patterns import Patterns
from dhrparse.vocab.alternation import literal_alternation

_MOST_WORDS = 3


def _month_and_number(p: Patterns) -> regex.Pattern:
    def build(p: Patterns) -> regex.Pattern:
        names = literal_alternation(p.get("dates.months", {}), longest_first=True)
        return regex.compile(rf"(?i)^(?=.*\d)(?=.*\b(?:{names})\b)[\p{{L}}\d\s.,/–-]+$")

    return p.derived("chronology.unread_date_cell", build)


def unread_date_cell(text: str, p: Patterns) -> bool:
    """The line is shaped as a date cell (a month's name and a number, a few words, no sentence)."""
    text = " ".join(text.split())
    return (
        0 < len(text.split()) <= _MOST_WORDS
        and not SENTENCE_END.search(text)
        and _month_and_number(p).match(text) is not None
    )
