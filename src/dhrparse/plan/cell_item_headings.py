"""Numbered actions inside a recommendation's cell ("Actions:" over "1.1 Draft ...", "1.2 Sign
...", plan.rec_cell_actions) that the report's segmentation took for numbered headings: in text
whose printed lines join a table's cells, an item's line can print alone and read as a short
numbered heading ("1.2 Sign the protocol off at the"). Under a cell's label, before any other
heading, such a line is the cell's next item: it ends no table."""

from __future__ import annotations

from collections.abc import Callable

from dhrparse.document import Line
from dhrparse.patterns import Patterns
from dhrparse.plan.rec_cell_actions import ITEM, actions_label


def item_headings(
    lines: list[Line], start: int, headings: set[int], flat: Callable[[str], str], p: Patterns
) -> set[int]:
    """The numbers of the heading lines from `start` on that are items under a cell's label,
    up to the first heading that is not (the report's next section) or a line read into cells."""
    label = actions_label(p)
    under_label = False
    out: set[int] = set()
    for ln in lines[start:]:
        if ln.cells is not None:
            break
        text = flat(ln.text).strip()
        if ln.number in headings:
            if not (under_label and ITEM.match(text)):
                break
            out.add(ln.number)
        elif label.match(text):
            under_label = True
    return out
