"""A page's running foot printed among a column-block run's cells is no lead.

Plain pdftotext prints a page's foot ("Probation Service • Brackenfold •") where it stands on
the page, so on a plan's page printed a column at a time the foot may come out between the
rows' cells, where its words read like a body's name. The same line printed as the last line of
an earlier page (bar the page's number) is the document's running foot: a cell that is only
that line is page furniture, not one of the rows' leads (plan.dated_leads counts every block
of names after a run as leads, so a foot taken for one spoils the count)."""

from __future__ import annotations

from collections.abc import Sequence

from dhrparse.document import FURNITURE, Line
from dhrparse.plan.block_cells import BlockCell
from dhrparse.prepare.markup import flatten


def page_feet(printed: Sequence[Line], before: int) -> set[str]:
    """The texts printed as a page's last line (bar the page's number) on a page ending before
    line `before`."""
    last: dict[int, Line] = {}
    for ln in printed:
        if ln.kind != FURNITURE and ln.text.strip() and ln.number < before:
            last[ln.page] = ln
    ended = {ln.page for ln in printed if ln.number >= before}
    return {flatten(ln.text).strip() for page, ln in last.items() if page not in ended}


def without_feet(cells: Sequence[BlockCell], printed: Sequence[Line], before: int) -> list[BlockCell]:
    """The cells but the one-line ones that are an earlier page's running foot printed again."""
    feet = page_feet(printed, before)
    return [c for c in cells if not (len(c.lines) == 1 and flatten(c.lines[0].text).strip() in feet)]
