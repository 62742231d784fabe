"""The least width a narrower plan table's header gives each column, in text whose printed
lines join their cells: a column is at least as wide as its header's name printed on the
header's first line ("Action owner" over an owner's cells "Partnership" / "Development" /
"Officer"). The rows' first lines alone can leave a column narrower than its widest line below
(a name wrapped a word a line), and the cuts then hand that word to the next column; the
header's name, set on one line, tells the column's room where the rows' first lines do not.

The header's first printed line is cut where a word opens with a capital ("Ref | Action |
Action owner | Target | Evidence of | Date signed"); only where that gives one piece a column,
no piece naming exactly another column's field, are the pieces its columns' names (a name
printed in two capitalised words, "Latest Position", makes the count disagree and tells
nothing). Measured in the body's regular face, a name is narrower than the header's bold
prints it: a bound the column's true width is never under."""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from dhrparse.plan.who_columns import is_extra

if TYPE_CHECKING:
    from dhrparse.plan.tables import ColumnMap
    from dhrparse.vocab.type_widths import Face

FLOORED = {"lead"}  # the columns a header's name bounds
_OPENS = regex.compile(r"^[\p{Lu}\d(]")


def header_pieces(first_line: str, k: int) -> list[list[str]] | None:
    """The first line's words cut where a word opens with a capital, when that makes k pieces."""
    pieces: list[list[str]] = []
    for word in first_line.split():
        if _OPENS.match(word) or not pieces:
            pieces.append([word])
        else:
            pieces[-1].append(word)
    return pieces if len(pieces) == k else None


def header_floors(cm: ColumnMap, first_line: str, cols: list[str], face: Face) -> list[float]:
    """Per column, the width of its header's name on `first_line` (0 for every column where
    the line's pieces are not the columns' names)."""
    pieces = header_pieces(first_line, len(cols))
    if pieces is None:
        return [0.0] * len(cols)
    for piece, col in zip(pieces, cols):
        # (a piece naming a field exactly names its own column's; "Action owner" starts
        # with another's name and tells nothing against it)
        name = " ".join(piece)
        field = cm.field_of(name) if cm.names_exactly(name) else None
        if field is not None and not is_extra(col) and field != col:
            return [0.0] * len(cols)
    # (only a column of names wraps its cells a word a line under a name as wide as the header's:
    # a column of short values, a state letter under "RAG", never wraps, and flooring it lends it
    # the next column's wrapped word)
    return [face.words_width(piece) if col in FLOORED else 0.0 for piece, col in zip(pieces, cols)]


def floored(widths: list[float], floors: list[float]) -> list[float]:
    """The columns' widths, none narrower than its header's name."""
    return [max(w, f) for w, f in zip(widths, floors)]
