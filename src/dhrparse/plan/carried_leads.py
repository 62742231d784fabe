"""A lead cell a page break parted, its last lines printed on the next page as a cell of their own.

On the Home Office template a row whose cells run over a page break prints the rest of each
cell on the next page, and plain pdftotext prints that rest as a block of its own among the new
page's first cells: the lead "Marlow Vale" / "NHS" at the foot of one page and "Foundation" /
"Trust" at the head of the next. Counted apart, the rest is a lead too many and the cell before
it may part into no names at all ("... Marlow Vale" / "NHS" is no whole name), so
plan.table_leads could not count the column. The last lead cell of a page and the first lead
cell of the next are therefore read both ways, apart and as one cell: one entry of the column
whose choices are every count either reading gives (read as one, only the partings whose lead
runs on over the break). plan.table_leads keeps a choice only where
it is the one that makes the table's rows and puts every proven lead back on its own row; a
count both readings give, in different parts, is no choice (nothing tells them apart).
"""

from __future__ import annotations

from collections.abc import Callable

from dhrparse.plan.block_cells import BlockCell

Options = dict[int, list[BlockCell]]  # a cell's partings into leads, by their count


def with_carried_rests(
    column: list[tuple[BlockCell, Options]], options_of: Callable[[BlockCell], Options]
) -> list[tuple[BlockCell, Options]]:
    """The column with each page's first lead cell read both apart from the column's last lead
    cell of an earlier page and as that cell's rest (`options_of`: a cell's partings)."""
    out: list[tuple[BlockCell, Options]] = []
    for k, (cell, options) in enumerate(column):
        if k and _over_a_break(column[k - 1][0], cell):
            before, before_options = out.pop()
            joined = BlockCell(before.kind, [*before.lines, *cell.lines])
            carried = _straddling(options_of(joined), before)
            out.append((joined, _either(before_options, options, carried)))
            continue
        out.append((cell, options))
    return out


def _over_a_break(before: BlockCell, cell: BlockCell) -> bool:
    """The cell is the first of a later page than the cell before it in the column."""
    return before.page is not None and cell.page is not None and cell.page > before.page


def _straddling(joined: Options, before: BlockCell) -> Options:
    """The joined cell's partings that carry the lead on over the break (a part holding lines of
    both cells): any other is the two cells read apart again."""
    last = before.lines[-1].number
    return {
        count: parts
        for count, parts in joined.items()
        if any(part.lines[0].number <= last < part.lines[-1].number for part in parts)
    }


def _either(before: Options, after: Options, joined: Options) -> Options:
    """The counts of two cells read apart and as one, each with its parts; a count reached in
    more than one way is left out."""
    ways: dict[int, list[list[BlockCell]]] = {}
    for a, a_parts in before.items():
        for b, b_parts in after.items():
            ways.setdefault(a + b, []).append([*a_parts, *b_parts])
    for count, parts in joined.items():
        ways.setdefault(count, []).append(parts)
    return {count: found[0] for count, found in ways.items() if len(found) == 1}
