"""A chronology table grouped under full-width band rows, each naming the agency whose rows
follow ("Ashby Moor Police" across a `Date | Contact` table), the dates in the rows only.

A Word or PDF table gives such a band as a row whose first cell holds the name and whose other
cells are empty (merged across). It is no event: it is the heading of the rows under it, as an
agency's sub-heading over its entries is (the year bands over a table's rows are read apart,
entries.band_year)."""

from __future__ import annotations

from collections.abc import Callable

MAX_WORDS = 8  # a band names a body; a longer first cell alone is an entry's text
_SENTENCE_ENDS = (".", ";", ":")
_JOINS = {"and", "of", "the", "for", "&", "–", "-", "in", "on"}


def band_name(texts: list[str], is_date: Callable[[str], bool]) -> str | None:
    """The band's name, when the row is one: its first cell alone filled, no date, a few
    capitalised words with no sentence's end, in a table of two columns or more."""
    if len(texts) < 2 or not texts[0].strip() or any(t.strip() for t in texts[1:]):
        return None
    name = " ".join(texts[0].split())
    if len(name.split()) > MAX_WORDS or name.endswith(_SENTENCE_ENDS) or is_date(name):
        return None
    if any(ch.isdigit() for ch in name):
        return None
    # (a body's name: its words capitalised but for the words joining them, "Head of Service";
    # not a note in the date's cell, "Not known")
    if not all(w[:1].isupper() or w.lower() in _JOINS for w in name.split()) or not name[:1].isupper():
        return None
    return name
