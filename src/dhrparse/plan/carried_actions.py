"""An action cell a page break parted, in a column-block table (plan.column_blocks).

A tall row at a page's foot has its action cell's first lines printed on that page ("Add the
household question to" / ... / "officers at each of the three") and the rest on the next, under
the header printed again ("Action" / "stations on why it matters, ..."). Plain pdftotext prints
each part as a cell of its own block, so the rest reads as one more action. The rest is the
same cell's where the part before is the last action cell of the page before and ends no
sentence, and the rest opens the next page's first action cell in lower case, carrying the
sentence on: the two are made one cell, printed where the cell opens. (A tail sharing its block
with the next row's action is parted from it by plan.carried_cells.)
"""

from __future__ import annotations

from dhrparse.plan.block_cells import BlockCell
from dhrparse.plan.wrapping import SENTENCE_END


def join_carried_actions(cells: list[BlockCell]) -> list[BlockCell]:
    """The cells again, each action cell's rest after a page break put back on its first part
    (see the module's doc), where every other action cell opens with a capital: a plan whose
    cells open in lower case ("to review the policy") opens its rows so."""
    lower = [c for c in cells if c.kind == "action" and not _capitalised(c)]
    if len(lower) != 1:
        return cells
    out: list[BlockCell] = []
    last: int | None = None  # where in `out` the last action cell is
    for cell in cells:
        if cell.kind != "action":
            out.append(cell)
            continue
        if last is not None and _carries_on(out[last], cell):
            out[last] = BlockCell("action", out[last].lines + cell.lines)
            continue
        last = len(out)
        out.append(cell)
    return out


def _carries_on(part: BlockCell, rest: BlockCell) -> bool:
    """`rest`, the first action cell of the page after `part`'s, carries on `part`'s sentence."""
    if part.page is None or rest.page != part.page + 1:
        return False
    return not _capitalised(rest) and not SENTENCE_END.search(part.text)


def _capitalised(cell: BlockCell) -> bool:
    """The cell opens as a cell does, not as a sentence carried on: not with a word in lower
    case ("stations on why ...", "attended, following up ..."; "e-learning" and "iPad" open
    cells too)."""
    word = cell.text.split(maxsplit=1)[0].rstrip(",;:") if cell.text.strip() else ""
    return not (word.isalpha() and word.islower())
