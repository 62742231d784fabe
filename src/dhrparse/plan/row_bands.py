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

import regex

from dhrparse.plan.block_cells import EITHER, FIELDS, BlockCell, CellRow
from dhrparse.plan.column_order import MIN_STATUS_WORDS
from dhrparse.plan.rag_key import is_legend
from dhrparse.plan.status_bands import taken_cells
from dhrparse.plan.wrapping import SENTENCE_END

MIN_BANDS = 3  # bands in a run printed before their rows' actions: fewer prove no order
MIN_OUTCOME_WORDS = 4  # an outcome with no status word says what was done
# the columns whose short cells after a row's date are its status: the status column, or an
# outcome or progress column holding nothing but status words ("Outcome": "Completed")
STATUS_NAMES = ("status", "progress", "desired_outcome")


# what a cell told by its words may be in each column's place: a free-text cell ("other") is a
# milestone or an outcome; a word that may be a date or a status is either
_FITS = {
    "lead": {"lead"},
    "target_date": {"target_date", EITHER},
    "status": {"status", EITHER, "other"},
    "progress": {"progress", "status", "other"},
    # an outcome column: what the action achieved, or a status with its day ("Completed March 2024")
    "desired_outcome": {"status", "other"},
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
    if not all(fits_slot(cell, slots[k % len(slots)]) for k, cell in enumerate(after)):
        return None
    found = {
        slot: [BlockCell(slot, after[row * len(slots) + j].lines) for row in range(n)]
        for j, slot in enumerate(slots)
        if slot in FIELDS
    }
    if "status" not in slots and "desired_outcome" in slots:
        # an Outcome column and no status column: where every row's outcome cell is a status
        # ("Completed March 2024", "In progress - ten audited"), those are the rows' statuses
        j = slots.index("desired_outcome")
        outcomes = [after[row * len(slots) + j] for row in range(n)]
        if all(c.kind == "status" for c in outcomes):
            found["status"] = [BlockCell("status", c.lines) for c in outcomes]
    return found


def fits_slot(cell: BlockCell, slot: str) -> bool:
    """The cell, told by its words, may stand in that column's place of a band."""
    if cell.kind not in _FITS.get(slot, ()):
        return False
    # (a merged Scope cell, "National", printed among the bands is no outcome)
    return not (cell.kind == "other" and slot == "status" and len(cell.text.split()) < MIN_OUTCOME_WORDS)


def date_status_pairs(
    after: Sequence[BlockCell], n: int, names: Sequence[str | None], *, apart: bool = False
) -> dict[str, list[BlockCell]] | None:
    """Field -> the run's n target dates and statuses, or None unless the run's short cells are n
    bands of a date and, printed right after it, a lone status word or RAG rating, or blocks of
    m one-line dates each followed straight on by a block of m such ratings.

    Where the status column holds a bare rating ("Green") beside a date, plain pdftotext prints
    each row's two short cells together (its lead or update apart, as a block of their own), so
    a date followed straight on by a rating is one row's pair, and the pairs come down the page
    a row at a time. Where neighbouring rows' short cells stand level, pdftotext prints their
    dates as one block ("31/01/2025" / "31/03/2025") and their ratings as the next ("Completed" /
    "Partially achieved"): the k-th rating of the block is the k-th date's row's. A date cell
    that ends a sentence ("Letter sent 20/02/2025.") is a commentary's, no target. The status
    column may be named as an outcome or progress column, its cells holding only status words.
    Any date or lone rating outside a pair, or pairs fewer or more than the
    actions, and the order says nothing: a lone short cell is placed by where it falls, so one
    out of its band may be any row's (see plan.column_order). A longer cell opening with a
    status word ("Completed; live since May") is an update column's and is left out. `names`:
    the columns named among the cells, in print order; the pairs are read only under a header
    that names the date column before the status column (a rating left of its date would pair
    with the row above's date). `apart`: a lone rating printed before the first pair or after
    the last is let be, where every pair is a band of three (see _outside_bands).

    This reading rests on how pdftotext prints, not on a proof: a row it prints out of its place
    has had its date and rating printed apart (the rating after the page foot, the date after
    the last row's), never as a pair, in 320 Word plans exported through LibreOffice
    (tests/column_blocks/generate_colprint.py); a band printed whole out of its place would
    fool it."""
    if not _date_before_status(names):
        return None
    cells = [c for c in after if c.kind != "name"]
    dates, statuses, triples = _pairs(cells)
    if 0 < triples < len(dates):
        return None  # (some rows' updates between date and rating, not all: a row out of its place)
    loose = _loose(cells, {c.lines[0].number for c in dates + statuses})
    loose = [c for c in loose if not _update_after_rating(cells, c, statuses)]
    if apart and dates and triples == len(dates) and all(not _dateish(c) for c in loose):
        loose = _outside_bands(cells, loose, dates, statuses)
    if not n or len(dates) != n or loose:
        return None
    return {
        "target_date": [BlockCell("target_date", d.lines) for d in dates],
        "status": [BlockCell("status", s.lines) for s in statuses],
    }


def _date_before_status(names: Sequence[str | None]) -> bool:
    """Whether the header names the date column before the status column (or a column of
    status words in its place): a rating left of its date would pair with the row above's."""
    status_name = next((f for f in STATUS_NAMES if f in names), None)
    if "target_date" not in names or status_name is None:
        return False
    return names.index("target_date") <= names.index(status_name)


def _pairs(cells: list[BlockCell]) -> tuple[list[BlockCell], list[BlockCell], int]:
    """(dates, statuses, triples): the short cells read as rows' pairs down the page, a date
    followed straight on by its rating (or a block of m dates by a block of m ratings), and
    how many pairs had the row's update printed between date and rating."""
    dates: list[BlockCell] = []
    statuses: list[BlockCell] = []
    triples = 0  # the pairs with the row's update printed between its date and its rating
    k = 0
    while k < len(cells):
        m = _block_run(cells, k, _dateish)
        if m and k + m < len(cells) and _block_run(cells, k + m, _short_rating) == m:
            # (m one-line dates, then as many ratings: the two columns' blocks of the same rows)
            dates.extend(cells[k : k + m])
            statuses.extend(cells[k + m : k + 2 * m])
            k += 2 * m
            continue
        if m == 1 and k + 2 < len(cells) and _note(cells[k + 1], cells[k]) and _lone_rating(cells, k + 2):
            # (a row's band: its date, its update printed between, its rating)
            dates.append(cells[k])
            statuses.append(cells[k + 2])
            triples += 1
            k += 3
            continue
        k += 1
    return dates, statuses, triples


def _loose(cells: list[BlockCell], paired: set[int]) -> list[BlockCell]:
    """The dates and lone ratings outside every pair: any such, and the order says nothing."""
    return [
        c
        for c in cells
        if c.lines[0].number not in paired
        and (
            c.kind == EITHER
            or c.kind == "target_date"
            and not SENTENCE_END.search(c.text)
            or _short_status(c)
        )
    ]


def _update_after_rating(cells: Sequence[BlockCell], cell: BlockCell, statuses: list[BlockCell]) -> bool:
    """A sentence printed straight after a pair's rating, "Not yet due.", is that row's update
    in the column beside the rating, though its words read as a state: a lone rating is no
    sentence, and the row has its rating already."""
    k = cells.index(cell)
    return k > 0 and cells[k - 1] in statuses and bool(SENTENCE_END.search(cell.text))


def _outside_bands(
    cells: Sequence[BlockCell], loose: list[BlockCell], dates: list[BlockCell], statuses: list[BlockCell]
) -> list[BlockCell]:
    """The loose ratings printed among the bands. A row whose rating pdftotext took out of its
    place prints it apart from every band: under the header's names (the first row's), or after
    the last band (a row printed before the bands, its tall update holding its rating back).
    Bands of three (date, update, rating) printed one after another with no lone rating among
    them are each whole, so such a rating outside the bands is some other row's: it leaves the
    bands' order standing, and stays unread itself."""
    first, last = dates[0].first, statuses[-1].first
    return [c for c in loose if first <= c.first <= last]


def _dateish(cell: BlockCell) -> bool:
    return cell.kind in ("target_date", EITHER)


def _short_rating(cell: BlockCell) -> bool:
    """A lone status word or rating: "Ongoing" after a date is the row's status, not a second date."""
    return _short_status(cell) or cell.kind == EITHER


def _note(cell: BlockCell, date: BlockCell) -> bool:
    """A row's update between its date and its rating: a cell of several words that is neither a
    date nor a lone rating ("Mar 24: form redesigned; Jun 24: live on the case system."),
    printed on the date's page."""
    return (
        cell.kind in ("other", "status")
        and (
            len(cell.text.split()) >= MIN_STATUS_WORDS
            # (a short evidence note is a sentence: "Board minutes.", "System change log.")
            or cell.kind == "other"
            and bool(SENTENCE_END.search(cell.text))
        )
        and cell.page == date.page
        and not is_legend(cell.text)  # (a key under the table: the rating after it is out of place)
    )


def _lone_rating(cells: Sequence[BlockCell], k: int) -> bool:
    """Cell k is a rating alone in its printed block (none of a block of ratings)."""
    return _short_rating(cells[k]) and _block_run(cells, k, _short_rating) == 1


def _block_run(cells: Sequence[BlockCell], k: int, fits) -> int:
    """How many cells from k on fit, the first alone or with those printed straight under it
    (one printed block: no blank line between). A single cell that fits counts 1 wherever it is."""
    if not fits(cells[k]):
        return 0
    m = 1
    while (
        k + m < len(cells)
        and fits(cells[k + m])
        and len(cells[k + m - 1].lines) == 1
        and len(cells[k + m].lines) == 1
        and cells[k + m].first == cells[k + m - 1].lines[-1].number + 1
    ):
        m += 1
    return m


def _short_status(cell: BlockCell) -> bool:
    return cell.kind == "status" and len(cell.text.split()) < MIN_STATUS_WORDS


def coded_bands(after: Sequence[BlockCell], n: int) -> dict[str, list[BlockCell]]:
    """Field -> the run's n cells of that field in row order, where the cells after a run of n
    actions are its rows' bands parted by the next rows' codes ("5a" band "5b" band): a table
    printed a row at a time prints each row's ref before its other cells, so the k-th band
    between the codes is the k-th row's. A field is taken only where every band holds one cell
    of it; a band with two (a merged cell, a key) or a header's name among them, and none is."""
    if n < 2 or any(c.kind == "name" for c in after):
        return {}
    bands: list[list[BlockCell]] = [[]]
    codes: list[str] = []
    for cell in after:
        if cell.kind == "code":
            bands.append([])
            codes.append(cell.text)
        else:
            bands[-1].append(cell)
    if len(bands) != n or codes != sorted(codes, key=_code_key):
        return {}  # (a row's band printed out of its place carries its code with it)
    found: dict[str, list[BlockCell]] = {}
    for field in FIELDS:
        cells = [[c for c in band if c.kind == field] for band in bands]
        if all(len(c) == 1 for c in cells):
            found[field] = [c[0] for c in cells]
    if any(c.kind == EITHER for band in bands for c in band):
        found.pop("status", None)  # ("Ongoing": a date or a status, so neither column is whole)
        found.pop("target_date", None)
    return found


def _code_key(code: str) -> list[tuple[int, int | str]]:
    """A code's parts for ordering: "4b" < "5a" < "5b", "2.10" after "2.9"."""
    return [(0, int(p)) if p.isdigit() else (1, p) for p in regex.findall(r"\d+|[a-z]+", code.lower())]


def _unbroken_bands(free: Sequence[BlockCell], found: dict[str, list[BlockCell]]) -> bool:
    """The pairs are bands of three (date, note, rating) printed one straight after another, no
    other cell among them: the right-hand columns of the rows after the first, printed as one run
    before those rows' own actions. A run so whole is printed down the page a row at a time, so
    its k-th band is the k-th row's even though the rows' action cells print after it."""
    dates, statuses = found["target_date"], found["status"]
    cells = [c for c in free if c.kind != "name"]
    at = {c.first: k for k, c in enumerate(cells)}
    first, last = at.get(dates[0].first), at.get(statuses[-1].first)
    if first is None or last is None or len(dates) < MIN_BANDS:
        return False
    return last - first + 1 == 3 * len(dates) and all(
        at.get(d.first) == first + 3 * k and at.get(s.first) == first + 3 * k + 2
        for k, (d, s) in enumerate(zip(dates, statuses))
    )


def fill_pairs_by_page(
    actions: Sequence[CellRow], cells: Sequence[BlockCell], names: Sequence[str | None]
) -> None:
    """Give the actions of a page that no run gave a date or a status the page's date-and-rating
    pairs in order (date_status_pairs above: pdftotext prints a row's date and bare
    rating together, and the pairs down the page a row at a time), where the page's pairs left
    over are exactly as many as those actions, no lone date or rating is left beside them, and
    each pair is printed after its own action's cell, or the pairs are one unbroken run of
    (date, note, rating) bands printed after the first row's action (_unbroken_bands: the later
    rows' right-hand cells printed before their actions). A run's own count can miss them where
    pdftotext printed the first row's action apart from the next rows' (one row's action, then
    the rest of the column): the page's order still holds. `names`: the columns the table's
    header names, in print order."""
    taken = taken_cells(actions)
    for page in dict.fromkeys(act.cell.page for act in actions):
        rows = [
            act
            for act in actions
            if act.cell.page == page and "status" not in act.values and "target_date" not in act.values
        ]
        if not rows or any(act.cell.page == page and "status" in act.values for act in actions):
            continue
        free = [c for c in cells if c.page == page and c.kind != "action" and c.first not in taken]
        found = date_status_pairs(free, len(rows), names, apart=True)
        if found is None:
            continue
        if all(d.first > act.cell.first for act, d in zip(rows, found["target_date"])) or (
            found["target_date"][0].first > rows[0].cell.first and _unbroken_bands(free, found)
        ):
            for k, act in enumerate(rows):
                act.values["target_date"] = found["target_date"][k]
                act.values["status"] = found["status"][k]
