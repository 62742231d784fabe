"""A table column's cells when a plain text export printed the column as one run of wrapped
lines (every row's event text one line after another, nothing between the rows).

A cell ends where a sentence ends at a line's end and the next line opens a sentence, but so does
many a sentence inside a cell. What tells them apart is the word wrap: a word processor moves a
word to the next line only when it does not fit, so when the next line's first word would have
fitted on the line before, that line ended its cell. Line lengths are measured in a common
sans face's glyph widths (a proportional face: "ill" is narrower than "WWW"); the widest line of
the run is the column's width. The run is cut only when the evidence settles it: the proven
ends are exactly as many as the rows need, or every possible end is needed.

A column written as notes ("Mother prescribed antidepressants", "Missed eight-month review"), no
line of it ending a sentence, gives no sentence's end to open a cell after: there a line that
opens with a capital may open a cell whatever ends the line before (a note runs on over its
wrap in lower case), so the possible ends are those lines, and a cut is settled only when every
one of them is needed."""

from __future__ import annotations

from itertools import takewhile

import regex

from dhrparse.extractors.chronology.vocabulary import SENTENCE_END

# a line that opens a sentence: a capital or a digit, perhaps after an opening quote or bracket
_OPENS = regex.compile(r"^[\"'‘“(\[]?[\p{Lu}\d]")
# glyph widths (thousandths of an em) of the metric-compatible sans faces Word and LibreOffice
# print with (Arial, Helvetica, Liberation Sans), printable ASCII from the space on
_ASCII_WIDTHS = (
    "278 278 355 556 556 889 667 191 333 333 389 584 278 333 278 278 556 556 556 556 556 556 556 556 "
    "556 556 278 278 584 584 584 556 1015 667 667 722 722 667 611 778 722 278 500 667 556 833 722 "
    "778 667 778 722 667 611 722 667 944 667 667 611 278 278 278 469 556 333 556 556 500 556 556 278 "
    "556 556 222 222 500 222 833 556 556 556 556 333 500 278 556 500 722 500 500 500 334 260 334 584"
)
_WIDTH = {chr(32 + i): int(w) for i, w in enumerate(_ASCII_WIDTHS.split())}
_OTHER = 556  # a letter beyond ASCII: an average lower-case letter
# a line counts as leaving room for the next word only with this much to spare (thousandths of
# the column's width), since the face the document was printed in is not known
_SPARE = 10
_FULL_LINES = 10  # a run this long shows how wide its full lines are
_JOINED = 115  # a line wider than this share (%) of the run's full lines holds two
_NOTE_LINES = 4  # a run this long with no sentence's end at a line's end is written as notes


def printed_width(text: str) -> int:
    """The text's width in a common sans face (thousandths of an em)."""
    return sum(_WIDTH.get(ch, _OTHER) for ch in text)


def column_width(lines: list[str]) -> int:
    """The widest line of the run, leaving out a line far wider than the run's full lines (the
    export joins a word broken by a hyphen at a line's end onto one line with the next)."""
    widths = sorted(printed_width(t.strip()) for t in lines)
    if len(widths) < _FULL_LINES:
        return widths[-1]  # too few lines to tell a joined one
    full = widths[(len(widths) - 1) * 9 // 10]
    return max(w for w in widths if w * 100 <= full * _JOINED)


def cell_spans(
    lines: list[str], cells: int, apart: frozenset[int] = frozenset()
) -> list[tuple[int, int] | None]:
    """Each of the run's `cells` cells as (first line, line after its last), or None where the
    wrapping does not settle it. `apart`: the lines printed after a gap in the column (a cell's
    lines are evenly spaced, so a gap is between two cells)."""
    if cells <= 0 or len(lines) < cells:
        return [None] * max(cells, 0)
    possible, proven = openings(lines, apart)
    need = cells - 1
    if not len(proven) <= need <= len(possible):
        return [None] * cells  # more proven ends than rows, or fewer possible ones: not this table
    if len(proven) == need or len(possible) == need:
        return _spans([0, *(sorted(proven) if len(proven) == need else possible), len(lines)])
    # the cells before the first end in doubt, and after the last, are settled all the same
    front = list(takewhile(lambda k: k in proven, possible))
    back = list(takewhile(lambda k: k in proven, reversed(possible)))[::-1]
    head, tail = (
        _spans([0, *front, possible[len(front)]]),
        _spans([possible[-len(back) - 1], *back, len(lines)]),
    )
    return [*head[:-1], *[None] * (cells - len(front) - len(back)), *tail[1:]]


def openings(lines: list[str], apart: frozenset[int] = frozenset()) -> tuple[list[int], set[int]]:
    """Where a cell of the run may open (lines[k] opens a sentence after a line that ended one, or
    left room for its first word), and of those where one must (a gap, or room left)."""
    width = column_width(lines)
    notes = written_as_notes(lines)
    possible = [k for k in range(1, len(lines)) if _may_open(lines, k, width, apart, notes)]
    proven = {k for k in possible if k in apart or _room_for_next_word(lines[k - 1], lines[k], width)}
    return possible, proven


def _spans(starts: list[int]) -> list[tuple[int, int] | None]:
    return [(a, b) for a, b in zip(starts, starts[1:])]


def opens_cell(line: str) -> bool:
    """The line may open a cell: it opens a sentence (not a cell's text run on over a page)."""
    return _OPENS.match(line.lstrip()) is not None


def written_as_notes(lines: list[str]) -> bool:
    """The column's cells are notes, not sentences: no line of the run (its last aside) ends a
    sentence, over a run long enough to have shown one."""
    return len(lines) >= _NOTE_LINES and not any(SENTENCE_END.search(t) for t in lines[:-1])


def _may_open(lines: list[str], k: int, width: int, apart: frozenset[int], notes: bool = False) -> bool:
    """lines[k] may open a cell: it opens a sentence after a line that ended one, or after a
    line that left room for its first word (a cell need not end with a full stop); in a column
    written as notes, any line opening with a capital."""
    if not opens_cell(lines[k]):
        return False
    return (
        notes
        or k in apart
        or SENTENCE_END.search(lines[k - 1]) is not None
        or _room_for_next_word(lines[k - 1], lines[k], width)
    )


def _room_for_next_word(line: str, following: str, width: int) -> bool:
    """The next line's first word would have fitted on this line: the line ended its paragraph."""
    word = following.split()[0]
    return printed_width(f"{line.rstrip()} {word}") * 1000 <= width * (1000 - _SPARE)


room_for_next_word = _room_for_next_word  # (guessed_cells weighs the same evidence)
