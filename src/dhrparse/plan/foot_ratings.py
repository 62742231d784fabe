"""A row's lone rating printed after its page's foot, in a column-block table (plan.column_blocks).

Plain pdftotext prints a page's lines in the order it reads the page's blocks, and now and then
reads a short cell of the table's last column last of all, after the page's running foot
("SAR Ernest – Page" / "2" / "Amber"). Left where it prints, the rating falls among the cells
after the page's last run of actions and spoils their count (two statuses for one row), and no
row takes it. So a lone rating printed after its page's foot is set apart before the rows are
read. It is a row of its own page's: when, the rows read, exactly one action of that page has
no status and exactly one such rating was set apart there, the rating is that action's (every
other row of the page has the status its printed order proved). Two or more set apart on a
page, or two rows without one, and the order they print in proves nothing: none is given.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from dhrparse.document import FURNITURE, TEXT, Line
from dhrparse.plan.block_cells import BlockCell, CellRow


def ratings_after_feet(
    cells: Sequence[BlockCell], printed: Sequence[Line], is_rating: Callable[[str], bool]
) -> tuple[list[BlockCell], list[BlockCell]]:
    """(the table's cells with each status printed after its page's foot read as unplaced, those
    statuses): a one-line status cell, a rating and nothing else, that is its page's last printed
    line with the page's running foot (furniture) printed between it and the cell before it."""
    by_number = {ln.number: ln for ln in printed}
    late = [
        k
        for k, c in enumerate(cells)
        if k
        and c.kind == "status"
        and len(c.lines) == 1
        and is_rating(c.text)
        and _after_foot(cells[k - 1].lines[-1].number, c.first, by_number)
        and _last_on_page(c.lines[0], printed)
    ]
    marked = [BlockCell("other", c.lines) if k in late else c for k, c in enumerate(cells)]
    return marked, [BlockCell("status", cells[k].lines) for k in late]


def fill_foot_ratings(actions: Sequence[CellRow], late: Sequence[BlockCell]) -> None:
    """Give each rating set apart by `ratings_after_feet` to its page's one action without a
    status, where it is the page's only such rating (see the module's doc)."""
    for page in dict.fromkeys(c.page for c in late):
        mine = [c for c in late if c.page == page]
        rows = [a for a in actions if a.cell.page == page and "status" not in a.values]
        if len(mine) == 1 and len(rows) == 1 and rows[0].cell.first < mine[0].first:
            rows[0].values["status"] = mine[0]


def _after_foot(before: int, number: int, by_number: dict[int, Line]) -> bool:
    """Between line `before` and line `number` nothing is printed but the page's furniture, and
    some is."""
    between = [by_number[n] for n in range(before + 1, number) if n in by_number]
    kinds = {ln.kind for ln in between if ln.text.strip()}
    return FURNITURE in kinds and TEXT not in kinds


def _last_on_page(line: Line, printed: Sequence[Line]) -> bool:
    """No text is printed after the line on its page."""
    return not any(
        ln.page == line.page and ln.number > line.number and ln.kind == TEXT and ln.text.strip()
        for ln in printed
    )
