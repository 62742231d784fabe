"""A line printed at the foot of a page, right before the plan's header is printed again at the
top of the next: the last line of a row the page split (a lead's "Dunmore Homes" wrapped under
"Manager,"), not an agency's name heading the part of the plan under it. A heading is kept
with the table it heads; only the page's furniture (its foot, the next page's running head)
stands between such a line and the header printed again. A name the report also prints as a
line of its own before the plan (an agency's name over its recommendations, then over its part of
the plan, left at a page's foot) is that agency's heading all the same. Inside the table it is no
heading's second printing: the same lead wraps the same way on every row it leads ("Head of Adult" /
"Safeguarding," / "Dunmore Council"), so a row's tail may well be printed alone on an earlier row."""

from __future__ import annotations

from collections.abc import Sequence

from dhrparse.document import FURNITURE, TEXT, Line


def printed_again(header: Line, lines: Sequence[Line], i: int) -> bool:
    """Whether the header at lines[i + 1] was printed earlier in `lines` (a table going on over a
    page, its header repeated), not heading a table of its own for the first time."""
    return any(ln.text == header.text for ln in lines[:i])


def page_turn_between(before: Line, after: Line, printed: Sequence[Line]) -> bool:
    """Between the two lines nothing is printed but the page's furniture, and some is."""
    between = [ln for ln in printed if before.number < ln.number < after.number and ln.text.strip()]
    kinds = {ln.kind for ln in between}
    return FURNITURE in kinds and TEXT not in kinds


def row_tail_over_page(lines: Sequence[Line], i: int, printed: Sequence[Line]) -> bool:
    """Line i is the last line of a row split by the page: the header is printed again straight
    after the page's furniture that follows it (see the module's doc)."""
    if i + 1 >= len(lines):
        return False
    header = lines[i + 1]
    return (
        printed_again(header, lines, i)
        and page_turn_between(lines[i], header, printed)
        and not _printed_alone_before_the_plan(lines[i], _first_printing(header, lines), printed)
    )


def _printed_alone_before_the_plan(line: Line, opening: int, printed: Sequence[Line]) -> bool:
    """The line's text is also a whole line before line `opening`, the header's first printing
    (outside the table)."""
    text = line.text.strip()
    return any(ln.text.strip() == text for ln in printed if ln.number < opening and ln.number != line.number)


def _first_printing(header: Line, lines: Sequence[Line]) -> int:
    return next((ln.number for ln in lines if ln.text == header.text), header.number)
