"""A column-block table's status column named by a completion word ("Complete"), its cells
status phrases ("Complete", "In progress", "Partially complete").

A small plan may head its last column "Complete" and write each action's state in it. Plain
pdftotext prints the column's name over the first row's cell as the table's other names are
printed ("Timescale" / "3 months", then "Complete" / "Complete"), and the name, a state itself,
reads as the first row's status, the first row's as the second's. The word names the status
column where the table's blocks name no status column otherwise, it follows a block that is a
column's name over its first cell, and it opens a block of its own over one status cell: the
only such block of the table (plan.column_blocks asks before telling the table's cells).
"""

from __future__ import annotations

from dhrparse.document import Line
from dhrparse.plan.block_cells import BlockCells
from dhrparse.prepare.markup import flatten


class DoneWordCells(BlockCells):
    """The block cells of plan.block_cells, a completion word naming the status column too."""

    named_status: frozenset[int] = frozenset()  # the lines of such names in the table now read

    def take_table(self, blocks: list[list[Line]]) -> None:
        """Before a table's cells are told: its completion word naming the status column, if any
        (see the module's doc)."""
        self.named_status = frozenset()
        named = super().name  # (the names the block cells tell by their words alone)
        if any(named(b)[0] == "status" for b in blocks):
            return  # (the status column named in words: a completion word there is a state)
        found = [
            b[0].number
            for before, b in zip(blocks, blocks[1:])
            if self._done_word_over_status(b) and _name_over_cells(named(before), before)
        ]
        if len(found) == 1:
            self.named_status = frozenset(found)

    def name(self, block: list[Line]) -> tuple[str | None, int]:
        if block and block[0].number in self.named_status:
            return "status", 1
        return super().name(block)

    def _done_word_over_status(self, block: list[Line]) -> bool:
        """The block is a completion word ("Complete") over one status cell."""
        if len(block) != 2 or any(ln.cells is not None for ln in block):
            return False
        word, cell = (flatten(ln.text).strip() for ln in block)
        return bool(self.roles.flag_header.match(word)) and self.roles.is_status(cell)


def _name_over_cells(name: tuple[str | None, int], block: list[Line]) -> bool:
    """The block is a column's name over its first cells ("Timescale" / "3 months")."""
    field, lines = name
    return field is not None and 0 < lines < len(block)
