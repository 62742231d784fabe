"""The cells printed after a run of actions in a column-block table (plan.column_blocks), read
as the run's rows one after another in the header's column order.

Where the table's rows are far enough apart, plain pdftotext prints each row's cells right of
the action column as a band: the first row's lead, milestone, target date and status, then the
second row's, and so on, each cell a block. When the cells after a run of n actions are exactly
n such bands, every cell in its column's place (a lead where the lead column falls, a date where
the date column falls), the order says whose each cell is even where a cell's words alone do not
say what it is (an outcome with no status word, "Outcome: prompt requested - awaiting", in the
status column's place). Any cell out of place, or one missing, and the bands are not read.
"""

from __future__ import annotations

from collections.abc import Sequence

from dhrparse.plan.block_cells import EITHER, FIELDS, BlockCell

MIN_OUTCOME_WORDS = 4  # an outcome with no status word says what was done

# what a cell told by its words may be in each column's place: a free-text cell ("other") is a
# milestone or an outcome; a word that may be a date or a status is either
_FITS = {
    "lead": {"lead"},
    "target_date": {"target_date", EITHER},
    "status": {"status", EITHER, "other"},
    "progress": {"progress", "status", "other"},
}


def band_values(
    after: Sequence[BlockCell], n: int, slots: Sequence[str]
) -> dict[str, list[BlockCell]] | None:
    """Field -> the run's n cells of that column in row order, or None when `after` is not n
    bands of `slots` (the header's columns right of the actions, in print order)."""
    if not n or not slots or any(s not in _FITS for s in slots) or len(after) != n * len(slots):
        return None
    if not any(s in FIELDS for s in slots):
        return None
    for k, cell in enumerate(after):
        slot = slots[k % len(slots)]
        if cell.kind not in _FITS[slot]:
            return None
        if cell.kind == "other" and slot == "status" and len(cell.text.split()) < MIN_OUTCOME_WORDS:
            return None  # (a merged Scope cell, "National", printed among the bands)
    return {
        slot: [BlockCell(slot, after[row * len(slots) + j].lines) for row in range(n)]
        for j, slot in enumerate(slots)
        if slot in FIELDS
    }
