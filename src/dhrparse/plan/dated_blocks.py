"""A column-block table's column name dated on the line under it ("Status at" / "31/03/2026").

A plan brought up to date for a meeting may name its last column "Status at 31/03/2026", and a
narrow column wraps the date under its link word. Plain pdftotext prints the name as the
column's block opens, so the date reads as the first row's cell: a status no row has, or a
target. The date the link word opens (patterns' `dated_name_links`, plan.dated_names) is a line
of the name, no row's cell.
"""

from __future__ import annotations

from dhrparse.document import Line
from dhrparse.plan.dated_names import dating_line
from dhrparse.plan.done_word_cells import DoneWordCells


class DatedNameCells(DoneWordCells):
    """The block cells of plan.done_word_cells, a name's dating line part of the name."""

    def name(self, block: list[Line]) -> tuple[str | None, int]:
        field, k = super().name(block)
        return (field, k) if field is None else (field, k + dating_line(block, k, self.vocab.p))
