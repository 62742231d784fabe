"""A table's date column printed as one run of lines, as a plain text export prints a table column
after column ("2 March 2020 / 10 March 2020 / April 2020"): a paragraph that is nothing but dates,
perhaps with a column's name printed after them ("... 18 February 2021 / Event")."""

from __future__ import annotations

from dhrparse.extractors.chronology.columns import Columns
from dhrparse.patterns import Patterns
from dhrparse.vocab.dates import find_dates

_MOST_CHARS = 400  # a date column's run is short; a paragraph of prose is not read for it


def date_cells_run(text: str, p: Patterns) -> int:
    """How many dates the paragraph is, when it is only dates (two or more), else 0."""
    text = " ".join(text.split())
    if not text or len(text) > _MOST_CHARS or not text[:1].isdigit() and not text[:1].isupper():
        return 0
    found = find_dates(text, p)
    if len(found) < 2:
        return 0
    rest, at = [], 0
    for d in found:
        rest.append(text[at : d.start])
        at = d.end
    rest.append(text[at:])
    left = " ".join(" ".join(rest).split())
    names = Columns(p)
    return len(found) if not left or names.is_header_words(left) else 0
