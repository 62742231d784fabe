"""A column's name that a narrow column broke inside a word, printed a piece a line
("Recommendatio" / "n", "Recomm" / "endatio" / "n"), as plain pdftotext prints the Home Office
template's header again at the top of a later page.

Neither piece is a header word alone, so the block's first line would be read as a cell ("Recommendatio",
a capitalised word, as a lead). Joined where the column broke them, the pieces are the name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dhrparse.document import Line
from dhrparse.prepare.markup import flatten

if TYPE_CHECKING:
    from dhrparse.plan.tables import ColumnMap

MAX_PIECES = 4  # a long word broken in a column a few letters wide


def broken_name(block: list[Line], cm: ColumnMap) -> tuple[str | None, int]:
    """(name, lines) of a column name opening the block broken inside a word, (None, 0) where
    none does: the first line no header's words alone, each later piece one run of lower-case
    letters carrying the word on, and the pieces joined a column's name exactly (its later
    words, "Acti" / "on" / "no.", may follow on lines of their own)."""
    first = flatten(block[0].text).strip() if block else ""
    if not first[:1].isupper() or cm.is_header_words(first):
        return None, 0
    joined = first
    for k, ln in enumerate(block[1:MAX_PIECES], 2):
        piece = flatten(ln.text).strip()
        if ln.cells is not None or not (piece.isalpha() and piece.islower()):
            break
        joined += piece
        if cm.names_exactly(joined):
            return joined, k
    return None, 0
