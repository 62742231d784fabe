"""Columns printed left of the action column in a plan table that plain pdftotext printed as
column blocks (plan.column_blocks): a plan whose first column is Status ("Status | Rec | Action
| Owner | Target date").

pdftotext prints such a table a row at a time in column order, so a row's status cell comes
out *before* its action cell, right after the previous row's lead and target date. The cells
printed between two runs of actions are then the earlier run's right-hand cells followed by
the later run's left-hand cells. The header's own print order settles which columns are left
of the actions (their names print before the action column's name); where the two parts of a
gap meet is settled by the kinds of cell: no left-hand cell is printed among the earlier row's
right-hand cells, and a run of n actions has at most n cells of each column. A cell that may be
a date or a status ("Ongoing") takes the side every such split gives it; where the splits
disagree it is left to no row (the plan reader's unread-text warning reports it).
"""

from __future__ import annotations

from collections.abc import Sequence

from dhrparse.plan.block_cells import EITHER, FIELDS, BlockCell

# the two columns a cell that may be a date or a status can belong to
_EITHER_FIELDS = ("target_date", "status")


def left_fields(names: Sequence[tuple[str, int]], action_line: int) -> frozenset[str]:
    """The fields whose column name prints before the action column's name (line numbers)."""
    return frozenset(f for f, number in names if f in FIELDS and number < action_line)


def _side_kind(cell: BlockCell, side: frozenset[str]) -> str | None:
    """The field a cell takes on one side of a gap, or None when it cannot be there."""
    if cell.kind in FIELDS:
        return cell.kind if cell.kind in side else None
    if cell.kind == EITHER:
        options = [f for f in _EITHER_FIELDS if f in side]
        return options[0] if len(options) == 1 else None
    return ""  # a code, a name or other text: free on either side


def _fits(cells: Sequence[BlockCell], side: frozenset[str], n: int) -> list[str] | None:
    kinds = [_side_kind(c, side) for c in cells]
    if any(k is None for k in kinds):
        return None
    if any(kinds.count(f) > n for f in FIELDS):
        return None
    return kinds  # type: ignore[return-value]


def split_gap(
    gap: Sequence[BlockCell], left: frozenset[str], n_before: int, n_after: int
) -> tuple[list[BlockCell], list[BlockCell]]:
    """The cells of a gap between two runs of actions that belong to the earlier run (its
    right-hand columns) and to the later run (its left-hand columns), each cell re-kinded to
    the field its side gives it; a cell the possible splits disagree on goes to neither."""
    right = frozenset(FIELDS) - left
    readings: list[list[str]] = []
    for k in range(len(gap) + 1):
        before = _fits(gap[:k], right, n_before) if n_before else ([] if k == 0 else None)
        after = _fits(gap[k:], left, n_after) if n_after else ([] if k == len(gap) else None)
        if before is not None and after is not None:
            readings.append([f"R{x}" if x else "" for x in before] + [f"L{x}" if x else "" for x in after])
    earlier: list[BlockCell] = []
    later: list[BlockCell] = []
    for j, cell in enumerate(gap):
        sides = {r[j] for r in readings}
        if len(sides) != 1 or not readings or not next(iter(sides)):
            continue
        side = next(iter(sides))
        (earlier if side[0] == "R" else later).append(BlockCell(side[1:], cell.lines))
    return earlier, later
