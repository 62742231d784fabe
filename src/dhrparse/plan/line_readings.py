"""What a printed line says to the plan's layout readers looking for where a table opens, read
once per text for all of them.

Each layout reader (stacked cells, columns apart, a board's response blocks, ...) looks for its
table's opening at every line of the plan, and nearly every one opens at a column's name printed
alone on a line. The name a line gives as a header cell is the same question whichever reader
asks it, so it is read once: a reader turns down a line whose reading names no column of the
kind its table opens with before asking its own, costlier questions (a name wrapped over lines,
a ref under it). On a long report most lines are prose and name nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from dhrparse.document import Line
from dhrparse.plan.printed_blocks import name_shaped
from dhrparse.plan.tables import ColumnMap
from dhrparse.prepare.markup import flatten


class LineReading(NamedTuple):
    """A printed line read as a header cell (a tuple: one is made for every text of the plan)."""

    flat: str  # its text flattened, white space off its ends
    may_name: bool  # its text may open with a column's name (ColumnMap.may_open_with_field)
    field: str | None  # the column it names as a header cell does (ColumnMap.field_of)
    shaped: bool  # its flattened text is shaped as a short column name printed alone (name_shaped)


SHAPED_WORDS = 4  # a short column name's words at most (a block of its own: plan.row_blocks)


class LineReadings:
    """The plan's lines read as header cells, each text once (the readers ask of the same lines,
    and a table's rows rewritten keep their printed lines' texts)."""

    def __init__(self, cm: ColumnMap, flat: Callable[[str], str] = flatten):
        self.cm, self.flat = cm, flat
        self._read: dict[str, LineReading] = {}

    def of(self, ln: Line) -> LineReading:
        """The reading of a line's text (its cells, if any, are not read)."""
        reading = self._read.get(ln.text)
        if reading is None:
            flat = self.flat(ln.text).strip()
            may_name = self.cm.may_open_with_field(ln.text)
            field, shaped = self._field(flat, may_name), name_shaped(flat, SHAPED_WORDS)
            reading = self._read[ln.text] = LineReading(flat, may_name, field, shaped)
        return reading

    def _field(self, flat: str, may_name: bool) -> str | None:
        """`ColumnMap.field_of(flat)`, prose turned down first on its opening letters: a header
        cell's name opens the text once the spaces and colons before it are left out (the
        flattened text opens as the text as printed does, but for a colon before the name)."""
        if not (may_name or flat[:1] == ":" and self.cm.may_open_with_field(flat.lstrip(" :"))):
            return None
        return self.cm.field_of(flat)

    def name(self, ln: Line) -> str | None:
        """The column a printed line (no cells) names as a header cell; None for a line naming
        none, which no table opening with a column's name opens at."""
        return None if ln.cells is not None else self.of(ln).field

    def opening(self, lines: list[Line], i: int, opens: Callable[[Line, LineReading], bool]) -> int:
        """The index of the first line from `i` whose reading `opens` a reader's table (len(lines)
        when none): a reader passes over the lines before it without asking its own questions."""
        read, end = self._read, len(lines)
        while i < end:
            ln = lines[i]
            reading = read.get(ln.text) or self.of(ln)
            if opens(ln, reading):
                return i
            i += 1
        return end
