"""An agency's name printed as a band across a side-by-side table (pdftotext -layout), over the
rows of that agency's recommendations:

         No.  Recommendation            Action               Lead officer ...
         Northvale Police
         1    Northvale Police should   Add a prompt to ...  Head of ...

The band starts in the first column and runs on past it, so it read as a paragraph printed
across the columns and ended the table at its first band: no row under it was read. A line that
holds only such a name, in the first column's place, with the next printed line opening a row
by its number there, is the band of an agency's part of the plan: the table goes on under it,
and the line stays a line of its own for the plan reader to open the agency's part.
"""

from __future__ import annotations

from dhrparse.document import Line
from dhrparse.plan.printed_header import REF_CELL, SLACK, segments
from dhrparse.plan.vocabulary import holds_agency_word

MAX_WORDS = 10  # an agency's name, however long ("Multi-agency – Northvale Community Safety Partnership")
_JOINS = frozenset({"and", "of", "for", "the", "&", "–", "-", "/"})


def agency_band(ln: Line, below: Line | None, starts: list[int], words: set[str]) -> bool:
    """Line `ln` is an agency's band over the row `below` opens (`words`: the words an agency's
    name holds, patterns/actions.toml agency_heading_words)."""
    if ln.cells is not None or below is None or len(starts) < 2:
        return False
    segs = segments(ln.raw)
    if len(segs) != 1:
        return False
    at, text = segs[0]
    if abs(at - starts[0]) > SLACK or at + len(text) < starts[1] - SLACK:
        return False  # (in the first column's place, and running on past it)
    under = segments(below.raw)
    if not under or abs(under[0][0] - starts[0]) > SLACK or not REF_CELL.match(under[0][1]):
        return False
    return _agency_name(text, words)


def _agency_name(text: str, words: set[str]) -> bool:
    """A short name in title case, no sentence, holding an agency's word ("Police", "Trust")."""
    parts = text.split()
    if not parts or len(parts) > MAX_WORDS or text[-1] in ".,;:" or not text[0].isupper():
        return False
    content = [w for w in parts if w.lower() not in _JOINS]
    if not content or any(not w[:1].isupper() for w in content):
        return False
    return holds_agency_word(parts, words)
