"""A plan table with its recommendation cells merged down over numbered actions, left unread as a
whole where its printed lines could not be cut into cells.

"No. | Recommendation | Action | Lead | Target date", each "N. <text>" cell merged down over its
actions "N.1", "N.2": in text taken out a printed line at a time (each line's cells joined by
single spaces) the recommendation's words run on across its actions' rows, beside theirs. Where
plan.narrow_rows cannot cut those lines (plan_cells_untold), reading them as printed makes a
recommendation of each row's joined words, the action's and the lead's among them: the table
gives no record rather than wrong ones (a wrong recommendation is worse than none).
"""

from __future__ import annotations

from dhrparse.document import Line
from dhrparse.plan.layouts import cells_line
from dhrparse.plan.merged_openings import ACTION_NUMBER


def numbered_under(texts: list[str]) -> bool:
    """Whether the table's rows are actions numbered under their recommendations: two rows or
    more open with an action's number and then its recommendation's, the merged cell's first
    word ("1.1 1. Kelby Police should ...", "2.1 2. ...")."""
    opened = 0
    for text in texts:
        words = text.split()
        m = ACTION_NUMBER.match(words[0]) if len(words) > 1 else None
        opened += bool(m and words[1].rstrip(".") == m["rec"] and words[1].endswith("."))
    return opened >= 2


def unread_merged(lines: list[Line], i: int, j: int, cols: list[str], texts: list[str]):
    """(the table's lines with every row's cells empty, the line after it), or None where the
    table is no such plan (its lines are left as printed)."""
    if cols[:2] != ["ref", "recommendation"] or not numbered_under(texts):
        return None
    blank = [""] * len(cols)
    return [lines[i], *(cells_line(lines[k], blank) for k in range(i + 1, j))], j
