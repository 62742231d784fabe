"""A table's date column printed as one run of lines, as a plain text export prints a table column
after column ("2 March 2020 / 10 March 2020 / April 2020"): a paragraph that is nothing but dates,
perhaps with a column's name printed after them ("... 18 February 2021 / Event"); or the date and
agency cells of rows printed one row after another, joined into one paragraph ("Health visiting /
w/c 06/03/2023 / GP practice / w/c 24/04/2023 / Police"), each cell between two dates short and no
sentence."""

from __future__ import annotations

from dhrparse.extractors.chronology.columns import Columns
from dhrparse.extractors.chronology.vocabulary import SENTENCE_END
from dhrparse.patterns import Patterns
from dhrparse.vocab.dates import find_dates

_MOST_CHARS = 400  # a date column's run is short; a paragraph of prose is not read for it
_CELL_WORDS = 4  # an agency's or source's cell printed between two rows' dates is this short


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
    if not left or names.is_header_words(left) or all(_short_cell(piece) for piece in rest):
        return len(found)
    return 0


def _short_cell(piece: str) -> bool:
    """Nothing, or a short cell that is no sentence ("GP practice", "Children's social care")."""
    words = piece.split()
    if not words:
        return True
    return len(words) <= _CELL_WORDS and words[0][:1].isupper() and not SENTENCE_END.search(piece)
