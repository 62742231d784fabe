"""The room a plan's first column has, where its printed lines join its cells to the others'
(text taken out a printed line at a time): how many of a later line's opening words are the
first cell's.

The widest of the rows' first lines in the column only says the column is at least so wide:
a later line whose first cell is a little wider ("ensure housing" under "All agencies to")
would lose its last word to the next cell. The wrap says more: a cell's line ends where its
next word did not fit, so the column is narrower than any cell's first line with the first
word of the cell's next line put after it ("Ashdown" over "Council to ...": narrower than
"Ashdown Council"). Between those two bounds a later line's first cell is its longest run of
opening words that fits.
"""

from __future__ import annotations

from collections.abc import Iterable

from dhrparse.vocab.type_widths import Face

OVER = 1.03  # a later line may run this much past the widest first line (kerning, rounding)
# ... and, where the wrap allows, at most this much: the face the widths are measured in is
# the one that cut the first lines best, not always the report's, so a wrap's bound far past the
# widest first line may let a line take the next cell's first word
WRAP_OVER = 1.1


def wrap_room(face: Face, room: float, wraps: Iterable[tuple[str, str]]) -> float:
    """The column's room: `room` (its widest first line) raised to just short of the narrowest
    (cell's first line, next line's first word) pair that did not fit. A pair that would have
    fit the widest first line is no wrap (a label on a line of its own, "Recommendation 4", or
    a cell whose words ended there) and says nothing."""
    least = room * OVER
    bound = None
    for first, word in wraps:
        if not first or not word:
            continue
        width = face.width(first) + face.space + face.width(word)
        if width > least and (bound is None or width < bound):
            bound = width
    # (just short of the bound: a line as wide as the pair did not fit)
    return max(least, min(bound * 0.999, room * WRAP_OVER)) if bound is not None else least


def first_column_words(
    words: list[str], face: Face, room: float, wider: float | None = None, goes_on: bool = False
) -> list[str]:
    """A printed line's opening words that the first column holds, up to a sentence's end: the
    first column's part of a line whose cells the print joined. Words within `room` (the
    widest first line, OVER allowed) are the cell's; words past it, within `wider` (the wrap's
    room), too, but for a word ending a sentence where the cell's next line opens in lower case
    (`goes_on`): that sentence has not ended, the word is the next cell's ("disclosure week."
    over "scheme to staff.")."""
    taken, width = [], -face.space
    for w in words:
        width += face.space + face.width(w)
        if width > max(room, wider or 0.0):
            break
        if width > room and (goes_on and w.endswith(".")):
            break
        taken.append(w)
        if w.endswith("."):
            break
    return taken
