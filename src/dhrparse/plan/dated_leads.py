"""The leads of a run of column-block actions (plan.column_blocks) printed as several blocks of
names, each block straight before a date: the rows' lead and date cells printed a band at a time.

Where a Word table's lead and target date cells stand level, plain pdftotext prints a block of
the lead column's cells and then the date beside the block's first row, before the next block of
leads ("Head of Digital" / "Clinical Systems", "Dec 2025", "Clinical Audit" / "Manager",
"March 2026", "Head of" / "Safeguarding" / "Clinical Audit" / "Manager" / "Housing Manager",
"30-Jun-25" ...). The dates may come out of row order (a row's date standing lower prints after
the next block), but each block of leads is the next rows' from the top, so the blocks in print
order are the run's leads in row order where

- every cell printed after the run that parts into names is such a block, printed straight
  before a date (for the table's first run, with the date column's name between: "Responsible
  officer" / block / "By when" / "Dec 2024"); a block of names with no date after it may be
  rows' leads printed out of row order, and then no block's place is proven;
- there are at least two blocks (one block alone is plan.lead_blocks' reading);
- after a later run, no block is printed straight under a column's name (the cells under a name
  are the table's first row's, plan.value_blocks);
- exactly one choice of parting for each block (plan.lead_wraps.partings: each parting forced
  by the lines, every part a body's or a role's name, and of more than one word where the
  block parts into several) makes the run's number of rows.

Else the run keeps no leads (a lead paired by guess is worse than none).
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import product
from math import prod

from dhrparse.plan.block_cells import EITHER, BlockCell
from dhrparse.plan.lead_bands import LeadWords, lone_head
from dhrparse.plan.lead_blocks import name_partings
from dhrparse.plan.lead_wraps import parted_as_printed

# the kinds of a row's own value cells: a block printed straight after one is under no column's name
_ROW_VALUES = ("status", "target_date", EITHER)
MAX_COMBINATIONS = 256  # more partings to weigh than this: no few blocks of a run's leads


def dated_leads(
    after: Sequence[BlockCell], rows: int, first: bool, words: LeadWords
) -> list[BlockCell] | None:
    """The run's `rows` leads in row order from its blocks of names each printed straight before
    a date (`after`: the cells printed after the run, on its page; `first`: the run is the table's
    first), or None where the blocks do not prove them (see the module's account)."""
    bands = _bands(after, first, words) if rows >= 2 else None
    if bands is None or len(bands) < 2:
        return None
    counts = [list(band) for band in bands]
    if prod(len(options) for options in counts) > MAX_COMBINATIONS:
        return None
    fits = [choice for choice in product(*counts) if sum(choice) == rows]
    if len(fits) != 1:
        return None
    return [lead for band, count in zip(bands, fits[0]) for lead in band[count]]


def _bands(after: Sequence[BlockCell], first: bool, words: LeadWords) -> list[dict] | None:
    """Each block of names printed after the run, as its partings (count: leads), where every
    one is printed straight before a date; None where one is not."""
    bands = []
    printed = one_names(after, words)
    for k, cell in enumerate(after):
        if cell.kind not in ("lead", "other"):
            continue
        # (a block after a row's status or date, under no column's name, opens on a name of its
        # own: "Practice" / "Safeguarding" / "Lead" after the row before's date is no name's tail)
        names = name_partings(cell, words, whole_first=k > 0 and after[k - 1].kind in _ROW_VALUES)
        names = {**as_printed(cell, printed, set(names), words), **names}
        if not names:
            continue
        whole = {count: parts for count, parts in names.items() if _whole(parts)}
        if not whole or not _before_date(after, k, first, words):
            return None  # (a block of names no parting of which is proven, or printed apart)
        bands.append(whole)
    return bands


def _whole(parts: list[BlockCell]) -> bool:
    """A parting into several leads gives whole names: none a word alone ("Lead Nurse, Sexual" /
    "Health" / "Services" is one lead wrapped, not three)."""
    return len(parts) == 1 or all(len(part.text.split()) > 1 for part in parts)


def one_names(after: Sequence[BlockCell], words: LeadWords) -> set[tuple[str, ...]]:
    """The lines of the cells printed after the run that are one name each, as printed."""
    return {
        tuple(" ".join(ln.text.split()) for ln in c.lines)
        for c in after
        if c.kind in ("lead", "other") and 1 in name_partings(c, words)
    }


def as_printed(
    cell: BlockCell, printed: set[tuple[str, ...]], forced: set[int], words: LeadWords
) -> dict[int, list[BlockCell]]:
    """Each number of leads (but the `forced` ones, the lines' own) a block parts into by the
    names printed alike (plan.lead_wraps.parted_as_printed: "Integrated Care" / "Board" /
    "Wexholm" / "Housing" / "Wexholm" / "Housing" after "Integrated Care" / "Board" printed
    whole), every part a name."""
    found = {}
    for count in sorted(set(range(2, len(cell.lines))) - forced):
        parts = parted_as_printed(cell.lines, count, words.ends_role, words.closes_name, printed)
        # (each part told a name by its words, not by the kind it is given: "End June" / "2025"
        # printed twice in a block of targets is no lead)
        told = [BlockCell("other", part) for part in parts or []]
        if told and all(words.is_lead(c) and not lone_head(c, words) for c in told):
            found[count] = [BlockCell("lead", part) for part in parts or []]
    return found


def _before_date(after: Sequence[BlockCell], k: int, first: bool, words: LeadWords) -> bool:
    """The k-th cell is printed straight before a date; for the table's first run the date
    column's name may stand between, and after a later run the cell is under no column's name."""
    under_name = k > 0 and after[k - 1].kind == "name"
    if under_name and not first:
        return False
    following = list(after[k + 1 : k + 3])
    if following and following[0].kind == "name" and first:
        following = following[1:]
    return bool(following) and words.is_date(following[0])
