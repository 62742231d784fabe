"""The cells printed after a run of actions in a column-block table (plan.column_blocks) where
each row printed its left short cells as a band and the table's last columns as blocks.

Where a row's status cell stands taller than its lead, milestone and date, plain pdftotext
prints the lead, milestone and target date of each row of the run as a band, one row after
another, and then the status column's cells of the run as one printed block ("Completed ..." /
"Ongoing ..."). The run's n actions are then followed by n bands of the header's first columns
right of the actions, every cell in its column's place, and then by one printed block of n
cells a later column, each of that column's kind. The order then says whose each cell is; a
cell out of its place, a block parted in two or a column's value left over after them (another
row's), and nothing is read.
"""

from __future__ import annotations

from collections.abc import Sequence

from dhrparse.plan.block_cells import EITHER, FIELDS, BlockCell
from dhrparse.plan.row_bands import fits_slot
from dhrparse.plan.value_blocks import printed_groups

MIN_ROWS = 2  # one row's band and block are one band: plan.row_bands reads those


def banded_then_blocks(
    after: Sequence[BlockCell], n: int, slots: Sequence[str]
) -> dict[str, list[BlockCell]] | None:
    """Field -> the run's n cells of that column in row order, or None where `after` is not n
    bands of the header's first columns (`slots`, right of the actions in print order, the lead's
    among them) followed by one printed block a later column."""
    if n < MIN_ROWS:
        return None
    for width in range(len(slots) - 1, 1, -1):
        found = _read(after, n, slots[:width], slots[width:])
        if found is not None:
            return found
    return None


def lone_band(
    after: Sequence[BlockCell], n: int, slots: Sequence[str], found: dict[str, list[BlockCell]]
) -> dict[str, list[BlockCell]] | None:
    """A one-action run's lead, where the cells printed straight after it open with a whole band
    of the header's columns (`slots`) whose date, and status if any, are the ones its blocks
    proved the run's (`found`): the lead heading that band is the row's, though later rows'
    bands follow (printed before their own actions). None otherwise."""
    if n != 1 or "lead" in found or "lead" not in slots or "target_date" not in found:
        return None
    band = list(after[: len(slots)])
    if len(band) < len(slots) or not all(fits_slot(c, slot) for c, slot in zip(band, slots)):
        return None
    if any(f in slots and cells[0] is not band[slots.index(f)] for f, cells in found.items()):
        return None
    return {"lead": [BlockCell("lead", band[slots.index("lead")].lines)]}


def _read(
    after: Sequence[BlockCell], n: int, banded: Sequence[str], blocked: Sequence[str]
) -> dict[str, list[BlockCell]] | None:
    """The reading of `after` as n bands of `banded`, then a block of n cells for each column of
    `blocked`, in order, and no value of any column after them; or, where the later columns'
    cells are printed otherwise (more than the run's: other rows' too, or a tall status printed
    late between two bands), the bands' columns alone, where nothing after the bands is a lead
    or a date (no other row's band)."""
    if "lead" not in banded or "status" in banded or any(s not in FIELDS for s in blocked):
        return None
    read = _bands(after, n, banded)
    if read is None:
        return None
    bands, k, late = read
    found = {
        slot: [BlockCell(slot, band[j].lines) for band in bands]
        for j, slot in enumerate(banded)
        if slot in FIELDS
    }
    blocks = None if late else _blocks(after[k:], n, blocked)
    if blocks is not None:
        return {**found, **blocks}
    if any(c.kind in ("lead", "target_date", EITHER) for c in after[k:]):
        return None  # (another row's band after the run's: whose each is, unproven)
    return found


def _bands(
    after: Sequence[BlockCell], n: int, banded: Sequence[str]
) -> tuple[list[list[BlockCell]], int, bool] | None:
    """(the n bands, the index after the last, whether a status printed between two bands) where
    `after` opens with n bands of `banded`, every cell in its column's place; else None."""
    width, k, late = len(banded), 0, False
    bands: list[list[BlockCell]] = []
    while len(bands) < n:
        while bands and k < len(after) and after[k].kind == "status":
            k, late = k + 1, True  # (a tall status printed late, after the next row's band)
        band = list(after[k : k + width])
        if len(band) < width or not all(fits_slot(c, slot) for c, slot in zip(band, banded)):
            return None
        bands.append(band)
        k += width
    return bands, k, late


def _blocks(rest: Sequence[BlockCell], n: int, blocked: Sequence[str]) -> dict[str, list[BlockCell]] | None:
    """Each column of `blocked` as one printed block of n cells of its kind, in order, with no
    value of any column after them; else None."""
    found: dict[str, list[BlockCell]] = {}
    for j, slot in enumerate(blocked):
        block = list(rest[j * n : (j + 1) * n])
        if len(block) < n or any(c.kind != slot for c in block) or len(printed_groups(block, (slot,))) != 1:
            return None
        found[slot] = block
    if any(c.kind in (*FIELDS, EITHER) for c in rest[len(blocked) * n :]):
        return None  # (a value of some row left over: the run's rows are not all here)
    return found
