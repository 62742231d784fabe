"""A tracker whose recommendation cells open with the recommendation's own code, "R1 The Board
should ...", under a header naming no ref column ("Recommendation | Actions | Lead | Target date
| Completed? (Y/N/P)"), its rows maybe grouped under theme bands printed across the table: the
code is each row's ref, cut as the ref column the header does not print (plan.tracker_table),
so the recommendation's own words stay its column's and its later actions' rows, opening with
no code, read as the rows under its merged cell."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dhrparse.plan.opening_codes import code_opening

if TYPE_CHECKING:
    from dhrparse.document import Line

ROWS_LOOKED = 8  # the printed lines under the header the first row opens within (a band first)


def coded_rows(reader, lines: list[Line], nxt: int, cols: list[str]) -> bool:
    """The first row under the header, at line `nxt` or a few lines on (under a theme band),
    opens with a recommendation's code that reads as a row's ref ("R1") and a capitalised word,
    under a header whose first column is the recommendation's and which names no ref column."""
    if cols[:1] != ["recommendation"] or "ref" in cols or "action" not in cols:
        return False
    for k in range(nxt, min(nxt + ROWS_LOOKED, len(lines))):
        if lines[k].cells is not None:
            return False
        code, _ = code_opening(reader.pl.flat(lines[k].text), reader.p)
        if code is not None:
            return bool(reader.ref.match(code))
    return False
