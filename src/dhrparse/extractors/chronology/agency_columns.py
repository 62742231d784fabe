"""A summary chronology giving each agency a column of its own ("Date | Police | Health | Adult
Social Care | Housing / other"): each row's event printed under the one agency that had the
contact, the row's other cells blank. The header names no event column, so the header's reading
(header_names) finds none; but every name after the date's is an agency's (the gazetteer's name
or kind, "Health"), a catch-all "other" among them. Printed with its cells joined on each line,
such a row is its date and its one event: the table reads as Date | Event."""

from __future__ import annotations

import regex

from dhrparse.extractors.chronology.columns import Columns
from dhrparse.patterns import Patterns
from dhrparse.vocab.agencies import Gazetteer

MIN_AGENCIES = 2  # agencies a header names after the date's to be one column per agency
_FILLERS = regex.compile(r"(?i)^(?:/|&|\||and|other|others|agencies|services)$")
# (a column's name is a few words: a longer line after the date's name is a row of text)
_MOST_WORDS = 16


def agency_columns(text: str, names: Columns, p: Patterns) -> list[str] | None:
    """["date", "event"] where the header line names the date's column first and then only
    agencies, at least two of them; else None."""
    words = text.replace("|", " ").split()
    if not 3 <= len(words) <= _MOST_WORDS or names.field_of(words[0]) != "date":
        return None
    rest = " ".join(words[1:])
    gazetteer = p.derived("chronology.agency_columns.gazetteer", Gazetteer)
    mentions = gazetteer.mentions(rest)
    left = rest
    for start, end, _ in sorted(mentions, reverse=True):
        left = left[:start] + " " + left[end:]
    # (the kinds of body the gazetteer sorts agencies into, "health", "police": a summary's
    # column may be headed by its kind alone)
    kinds = {a.kind.lower() for a in gazetteer.agencies} - {""}
    named = len(mentions) + sum(1 for w in left.split() if w.lower() in kinds)
    unnamed = [w for w in left.split() if w.lower() not in kinds and not _FILLERS.match(w)]
    return ["date", "event"] if named >= MIN_AGENCIES and not unnamed else None
