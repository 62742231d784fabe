"""The leads, target dates and statuses printed after a run of actions in a column-block table
(plan.column_blocks), taken only where the printed blocks prove whose each is.

Plain pdftotext prints a column's cells in order only inside one printed block (lines with no
blank between them: cells of consecutive rows that sat close enough to join). Separate blocks
come out in the order its reading-order guess puts them, which for a table is not the rows':
a second row's short date and rating are often printed after the sixth row's, or after the
page's foot. So a count of cells that equals the run's actions proves nothing by itself; the
cells of one field are the run's rows, in order, only where

- they are all in one block (consecutive rows, top to bottom), or
- the first is printed right under the column's name (the header and the first row's cell
  join into one block) and the rest are all in one other block (the rows after it).

Anything else (cells in three blocks or more, or fewer or more cells than actions) leaves the
field to the plan reader's account of what it did not read, never to a guess.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from dhrparse.plan.block_cells import EITHER, BlockCell
from dhrparse.plan.crowded_runs import own_rows
from dhrparse.plan.row_bands import band_values, coded_bands, date_status_pairs

# two action codes side by side in an action cell ("2.1 1.1 Write ..."): a ref column's numbers
# set into the action column's lines, two rows' cells run together
_CODES_GLUED = regex.compile(r"(?<!\S)\d{1,2}\.\d{1,2}\s+\d{1,2}\.\d{1,2}(?!\S)")
_KINDS = {"lead": ("lead",), "target_date": ("target_date",), "status": ("status",)}


def _joined(a: BlockCell, b: BlockCell) -> bool:
    """b's first line follows a's last with no blank line between: one printed block."""
    return b.lines[0].number == a.lines[-1].number + 1


def printed_groups(after: Sequence[BlockCell], kinds: tuple[str, ...]) -> list[list[BlockCell]]:
    """The cells of these kinds, grouped by the printed block holding them."""
    groups: list[list[BlockCell]] = []
    prev: BlockCell | None = None
    for cell in after:
        if cell.kind in kinds:
            if groups and prev is not None and prev is groups[-1][-1] and _joined(prev, cell):
                groups[-1].append(cell)
            else:
                groups.append([cell])
        prev = cell
    return groups


def under_name(cell: BlockCell, after: Sequence[BlockCell]) -> bool:
    """The cell is printed right under a column's name, in the name's block (the first row's)."""
    k = next(k for k, c in enumerate(after) if c is cell)
    return k > 0 and after[k - 1].kind == "name" and _joined(after[k - 1], cell)


def _in_order(groups: list[list[BlockCell]], after: Sequence[BlockCell], n: int, first: bool) -> bool:
    """The groups are the run's n cells in row order: one block, or (the table's first run) the
    first row's cell under the column's name and one block of the rest."""
    if sum(len(g) for g in groups) != n:
        return False
    if len(groups) == 1:
        return True
    return first and len(groups) == 2 and len(groups[0]) == 1 and under_name(groups[0][0], after)


def ordered_values(
    after: Sequence[BlockCell], run: Sequence[BlockCell], first: bool
) -> dict[str, list[BlockCell]]:
    """Field -> the run's n cells of that field in row order, for each field whose printed
    blocks prove the order. A cell that may be a date or a status ("Ongoing") joins the dates
    where the statuses are proven without it, or the statuses where the dates are. `run`: the
    run's action cells; `first`: the run is the table's first (a cell under a column's name is then its first row's)."""
    found: dict[str, list[BlockCell]] = {}
    if not first and any(c.kind == "name" for c in after):
        return found  # (the header printed after a later run: the cells under it are the first row's)
    if any(_CODES_GLUED.search(c.text) for c in run):
        return found  # (two rows' codes glued into an action cell: the rows are miscounted)
    after = own_rows(after, len(run))  # (later rows' cells printed after the run: not its own)
    n = len(run)
    for field, kinds in _KINDS.items():
        groups = printed_groups(after, kinds)
        if _in_order(groups, after, n, first):
            found[field] = [c for g in groups for c in g]
    for field in ("status", "target_date"):
        if field in found or _other(field) not in found:
            continue  # ("Ongoing" beside a proven status column is the date, and the other way round)
        groups = printed_groups(after, (*_KINDS[field], EITHER))
        if _in_order(groups, after, n, first):
            found[field] = [BlockCell(field, c.lines) for g in groups for c in g]
    taken = {c.lines[0].number for cells in found.values() for c in cells}
    if any(c.kind == EITHER and c.lines[0].number not in taken for c in after):
        # ("Ongoing" left over: a date or a status of some row, so neither column is whole)
        found.pop("status", None)
        found.pop("target_date", None)
    return found


def _other(field: str) -> str:
    return "target_date" if field == "status" else "status"


def run_values(
    after: Sequence[BlockCell],
    run: Sequence[BlockCell],
    first: bool,
    slots: Sequence[str],
    names: Sequence[str | None],
) -> dict[str, list[BlockCell]]:
    """Field -> the run's cells of that field in row order, by the first reading that proves
    whose each is: whole bands in the header's column order (plan.row_bands), blocks in order
    (above), bands parted by the rows' codes in order, then dates each followed by its rating
    (plan.row_bands), a lead column proved by its blocks kept beside those. `slots`: the
    columns the header names right of the actions; `names`: the columns named among `after`,
    in print order."""
    n = len(run)
    found = band_values(after, n, slots)
    if found is None:
        found = ordered_values(after, run, first) or coded_bands(after, n)
    if "status" not in found:
        pairs = date_status_pairs(after, n, names)
        # (a lead column its blocks proved stays the run's beside the pairs read after)
        found = {**{f: v for f, v in found.items() if f == "lead"}, **pairs} if pairs else found
    return found
