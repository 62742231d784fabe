"""A row's lone rating printed after its page's foot, in a column-block table (plan.column_blocks).

Plain pdftotext prints a page's lines in the order it reads the page's blocks, and now and then
reads a short cell of the table's last column last of all, after the page's running foot
("SAR Ernest – Page" / "2" / "Amber"). Left where it prints, the rating falls among the cells
after the page's last run of actions and spoils their count (two statuses for one row), and no
row takes it. So a lone rating printed after its page's foot is set apart before the rows are
read. It is a row of its own page's: when, the rows read, exactly one action of that page has
no status, no other status cell of the page is left over and exactly one such rating was set
apart there, the rating is that action's (every other row of the page has the status its
printed order proved). Otherwise the order proves nothing, and the table is read as printed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from dhrparse.document import FURNITURE, TEXT, Line
from dhrparse.plan.block_cells import EITHER, BlockCell, CellRow
from dhrparse.plan.status_bands import taken_cells
from dhrparse.prepare.status_feet import MAX_STATUS_WORDS


def ratings_after_feet(
    cells: Sequence[BlockCell], printed: Sequence[Line], is_rating: Callable[[str], bool]
) -> tuple[list[BlockCell], list[BlockCell]]:
    """(the table's cells with each rating printed after its page's foot read as unplaced, those
    ratings): a one-line cell of a few words, a status word or rating and nothing else, that is
    its page's last printed line with the page's running foot (furniture) printed between it and
    the cell before it."""
    by_number = {ln.number: ln for ln in printed}
    late = [
        k
        for k, c in enumerate(cells)
        if k
        and c.kind in ("status", EITHER)
        and len(c.lines) == 1
        and len(c.text.split()) <= MAX_STATUS_WORDS
        and is_rating(c.text)
        and _after_foot(cells[k - 1].lines[-1].number, c.first, by_number)
        and _last_on_page(c.lines[0], printed)
    ]
    marked = [BlockCell("other", c.lines) if k in late else c for k, c in enumerate(cells)]
    return marked, [BlockCell("status", cells[k].lines) for k in late]


def place_foot_ratings(
    actions: Sequence[CellRow],
    cells: Sequence[BlockCell],
    late: Sequence[BlockCell],
    is_rating: Callable[[str], bool],
) -> bool:
    """Give each rating set apart by `ratings_after_feet` to its page's one action without a
    status (see the module's doc); whether every one was placed (if not, none is). `cells`: the
    table's cells as read."""
    places = []
    for rating in late:
        page = rating.page
        rows = [a for a in actions if a.cell.page == page and "status" not in a.values]
        alone = sum(1 for r in late if r.page == page) == 1
        if not alone or len(rows) != 1 or rows[0].cell.first > rating.first:
            return False
        if _left_over(actions, cells, page, is_rating):
            return False
        places.append((rows[0], rating))
    for act, rating in places:
        act.values["status"] = rating
    return True


def _left_over(
    actions: Sequence[CellRow], cells: Sequence[BlockCell], page, is_rating: Callable[[str], bool]
) -> bool:
    """A status cell of the page that no row took may be the row's too: a lone rating, or any
    status cell where the page's rows' statuses are not all lone ratings (a status column of
    ratings alone holds no note opening with a status word, "Not begun; the form is ...": that
    is the progress column's)."""
    taken = taken_cells(actions)
    statuses = [a.values["status"] for a in actions if a.cell.page == page and "status" in a.values]
    ratings_only = all(is_rating(s.text) for s in statuses)
    return any(
        c.kind in ("status", EITHER)
        and c.page == page
        and c.first not in taken
        and (is_rating(c.text) or not ratings_only)
        for c in cells
    )


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
