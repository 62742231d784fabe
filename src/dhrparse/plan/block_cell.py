"""One cell of a table printed as column blocks (plan.column_blocks, plan.block_cells): the
printed lines a block's cell holds and what kind of cell they are, and a row of such cells as
the column readers give it: an action's cell and the cells given to its fields."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from dhrparse.prepare.markup import flatten

if TYPE_CHECKING:
    from dhrparse.document import Line


@dataclass
class BlockCell:
    kind: str  # "action", a field of plan.block_cells.FIELDS, "code" (an action's ref) or "other"
    lines: list[Line]

    @property
    def text(self) -> str:
        return " ".join(flatten(ln.text).strip() for ln in self.lines)

    @property
    def first(self) -> int:
        """The number of the cell's first printed line."""
        return self.lines[0].number

    @property
    def page(self) -> int | None:
        return self.lines[0].page


class CellRow(Protocol):
    """An action read from a column-block table: its cell and the cells given to its fields."""

    cell: BlockCell
    values: dict[str, BlockCell]
