"""The one reader of a three-column plan printed as column blocks whose action cells open with
their code alone and whose progress cells open with a state alone (Recommendation | What we will
do | Progress; the cells dealt and counted alike: plan.opened_cells).

Plain pdftotext prints such a plan in two ways, each read by its own step, tried in a fixed
order on the plan's lines: first each page's three blocks under the Recommendation column's
name, every code naming a numbered recommendation (plan.coded_cell_columns; not on text taken
out a printed line at a time, where a page's blocks do not stand apart), then, on the lines that
step left, the blocks read from the action column's name, the recommendations left as printed
(plan.state_note_blocks). A table the first step reads is cell rows the second passes over."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dhrparse.plan.coded_cell_columns import CodedCellColumns
from dhrparse.plan.state_note_blocks import StateNoteBlocks

if TYPE_CHECKING:
    from dhrparse.document import Line
    from dhrparse.plan.plan_lines import PlanLines


class CodedPlanBlocks:
    """Both printings of the family read into cell rows, the page blocks' first."""

    def __init__(self, lines: PlanLines, heading_lines: set[int], printed: list[Line], line_spaced: bool):
        """`printed`: every line of the document, furniture too (a running foot is no cell)."""
        self.page_blocks = None if line_spaced else CodedCellColumns(lines.cm, lines.roles.p)
        self.state_notes = StateNoteBlocks(lines, heading_lines, printed)

    def rewrite(self, lines: list[Line]) -> list[Line]:
        if self.page_blocks is not None:
            lines = self.page_blocks.rewrite(lines)
        return self.state_notes.rewrite(lines)
