"""The statuses of a run of actions in a column-block table (plan.column_blocks) read from the
bands plain pdftotext printed after the run, one band a row.

Where a table's rows stand apart, plain pdftotext prints a run of action cells as one block and
then, row by row, the cells right of them: the row's target date, its update and its rating
("March 2024" / "Guide issued in February" / "G"), the leads of the run often printed together
before the first band. A band opens with its date and closes with its status, so when the cells
after a run of n actions hold exactly n dates and n statuses, each status after its own date and
before the next date, the order proves whose each status is: the first band's the first action's,
and so on. Anything else (a status printed before its date, two statuses in one band, a band
more or fewer than the run, a band on another page) and the run's statuses are left unknown: a
tall row's rating then prints after the next rows' cells and its order proves nothing.
"""

from __future__ import annotations

from collections.abc import Sequence

from dhrparse.document import Line
from dhrparse.patterns import Patterns
from dhrparse.plan.block_cells import EITHER, BlockCell, CellRow
from dhrparse.plan.block_rating_digits import rated_cells
from dhrparse.plan.rag_key import is_legend


def fill_band_statuses(
    actions: Sequence[CellRow],
    cells: Sequence[BlockCell],
    numbers: Sequence[Line] = (),
    p: Patterns | None = None,
) -> None:
    """Give each run of actions the statuses its bands print in row order (see the module's
    doc), only when every run's bands are so printed: a band without its status (a tall row's
    outcome printed after the next row's cells) leaves the whole table's statuses as they were.
    `numbers`: the lines cleaning set aside as page numbers, a rating column's digits among them
    (plan.block_rating_digits, put back where `p`'s names call the status column a rating)."""
    cells = rated_cells(cells, numbers, p) if p is not None else cells
    starts = {a.cell.first: a for a in actions}
    taken = taken_cells(actions)
    read: list[tuple[list[CellRow], list[BlockCell]]] = []
    k, opened = 0, False
    while k < len(cells):
        if cells[k].first not in starts:
            k += 1
            continue
        run: list[CellRow] = []
        while k < len(cells) and cells[k].first in starts:
            run.append(starts[cells[k].first])
            k += 1
        after: list[BlockCell] = []
        while k < len(cells) and cells[k].kind != "action":
            after.append(cells[k])
            k += 1
        first, opened = not opened, True
        if not first and any(c.kind == "name" for c in after):
            continue  # (the header's names after a later run: the cells under them are the first row's)
        statuses = _band_statuses(after, len(run), run[0].cell.page)
        if statuses is None or not statuses_agree(run, statuses, taken):
            return  # (one run's bands out of order: a row's status may print in a later run's band)
        read.append((run, statuses))
    for run, statuses in read:
        for act, status in zip(run, statuses):
            act.values.setdefault("status", status)


def taken_cells(rows: Sequence[CellRow]) -> set[int]:
    """Where each cell the rows were already given starts (its first line): a cell no row holds is
    one a later reading may still place."""
    return {v.first for act in rows for v in act.values.values()}


def statuses_agree(run: Sequence[CellRow], statuses: Sequence[BlockCell], taken: set[int]) -> bool:
    """Whether the bands' statuses agree with what the run's rows were given before: a row's
    status its own band's, and no band's status another row's."""
    for act, status in zip(run, statuses):
        given = act.values.get("status")
        if given is not None and given.first != status.first:
            return False
        if given is None and status.first in taken:
            return False
    return True


def _band_statuses(after: Sequence[BlockCell], n: int, page: int | None) -> list[BlockCell] | None:
    """The n statuses closing n bands (a date, then at most its update, then the status), or
    None when the cells are not so printed."""
    statuses: list[BlockCell] = []
    dated = False  # whether the band now open has printed its date
    dates = 0
    for cell in after:
        if is_legend(cell.text):
            break  # (the key under the table ends its bands: a status after it was taken out of its row)
        if cell.kind == "name":
            continue  # (the header's names print among the first run's first band)
        if cell.page != page:
            break  # (cells over a page's foot: another page's order)
        if cell.kind == "target_date":
            if dated:
                return None  # (two dates in a band: a status printed elsewhere)
            dated, dates = True, dates + 1
        elif cell.kind in ("status", EITHER):
            if not dated:
                return None  # (a status before its band's date: printed out of the rows' order)
            statuses.append(cell)
            dated = False
    if dated or len(statuses) != n or dates != n:
        return None
    return statuses


def fill_status_column(
    actions: Sequence[CellRow], cells: Sequence[BlockCell], names: Sequence[str | None]
) -> None:
    """Give the actions the statuses of a status column printed whole after every other cell.

    Plain pdftotext prints a page's last column, when it stands apart, as one block after all
    the others: its name, then its cells from the top row down (a closing date printed beside
    one of them, from the column before). Where the status column's name is the last name the
    table prints and the cells after it are nothing but statuses and dates, as many statuses
    as the page has actions, the order proves whose each is. `names`: the field each name cell
    in `cells` names, in print order."""
    named = [k for k, c in enumerate(cells) if c.kind == "name"]
    if not named or len(names) != len(named) or names[-1] != "status":
        return
    after = cells[named[-1] + 1 :]
    if any(c.kind not in ("status", EITHER, "target_date") for c in after):
        return
    statuses = [c for c in after if c.kind in ("status", EITHER)]
    pages = {c.page for c in after} | {a.cell.page for a in actions}
    if len(statuses) != len(actions) or len(pages) != 1 or any(is_legend(c.text) for c in statuses):
        return
    if statuses_agree(actions, statuses, taken_cells(actions)):
        for act, status in zip(actions, statuses):
            act.values.setdefault("status", status)
