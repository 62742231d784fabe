"""A "spine" timeline's table on a PDF page: a borderless table of three columns whose only
drawn shapes are its centre column's shaded date cells, stacked one on the next, the events
beside them, left and right, with nothing drawn round them.

The shaded cells are a one-column stack of rules that pdf_tables would set aside as a box round
text. Where the stack is narrow and stands clear of both margins, it is widened into a table of
three columns across the page (the rules between its rows run the width of the page, so each
event beside a date cell falls in that date's row). The widened table is kept only where text
stands beside the stack on both sides (spine_told); else the stack is left as before, no table.
"""

from __future__ import annotations

from dhrparse.readers.pdf_tables import PdfTable, Seg

MIN_ROWS = 3  # (two shaded cells stacked are a box's head and body, not a timeline)
MAX_WIDTH = 0.25  # (of the page's width: a date cell is narrow)
CLEAR = 0.2  # (of the page's width: room for an event on either side)


def spine_table(xs: list[float], ys: list[float], page_w: float) -> PdfTable | None:
    """The stack of one column between `xs`, its rows between `ys` (top first), widened across
    the page: none where it is not a narrow centre column of at least three rows."""
    left, right = xs
    if len(ys) < MIN_ROWS + 1 or right - left > MAX_WIDTH * page_w:
        return None
    if left < CLEAR * page_w or right > (1 - CLEAR) * page_w:
        return None
    outer = [0.0, left, right, page_w]
    return PdfTable(
        left=0.0,
        bottom=ys[-1],
        right=page_w,
        top=ys[0],
        xs=outer,
        ys=ys,
        h_rules=[Seg(y, 0.0, page_w) for y in ys],
        v_rules=[Seg(x, ys[-1], ys[0]) for x in outer],
        spine=True,
    )


def spine_told(table: PdfTable) -> bool:
    """Text beside the stack on both sides, and every row's date cell filled."""
    rows = table.rows
    return (
        len(rows) >= MIN_ROWS
        and all(len(r) == 3 and r[1].strip() for r in rows)
        and any(r[0].strip() for r in rows)
        and any(r[2].strip() for r in rows)
    )
