"""A plan table with its recommendation cells merged down over numbered actions, left unread as a
whole where its printed lines could not be cut into cells and no later reader proved its rows.

"No. | Recommendation | Action | Lead | Target date", each "N. <text>" cell merged down over its
actions "N.1", "N.2": in text taken out a printed line at a time (each line's cells joined by
single spaces) the recommendation's words run on across its actions' rows, beside theirs. Where
plan.narrow_rows cannot cut those lines (plan_cells_untold) the table is first left as printed for
the readers after it: a tracker with a status column is read from each row's first line
(plan.tracker_rows), proved by its own cells. Where none of them took it, reading its lines as
printed makes a recommendation of each row's joined words, the action's and the lead's among them:
the table then gives no record rather than wrong ones (a wrong recommendation is worse than none).
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


class MergedUnread:
    """The merged plans the narrow reader could not cut, noted when it gives them up and left
    unread once the later readers have had them."""

    def __init__(self) -> None:
        # (the header's line number, the table's last line number, how many columns it names)
        self.noted: list[tuple[int, int, int]] = []

    def note(self, lines: list[Line], i: int, j: int, cols: list[str], texts: list[str]) -> None:
        """Notes the untold table from its header at i to j (its lines stay as printed for now)
        where it is such a plan: ref and recommendation first, rows numbered under them."""
        if cols[:2] == ["ref", "recommendation"] and j > i + 1 and numbered_under(texts):
            self.noted.append((lines[i].number, lines[j - 1].number, len(cols)))

    def unread(self, lines: list[Line]) -> list[Line]:
        """The plan's lines with each noted table that no later reader cut (its header still as
        printed) given as empty rows under its header: read as printed it would be wrong."""
        if not self.noted:
            return lines
        numbers = {ln.number: n for n, ln in enumerate(lines)}
        out = list(lines)
        for header, last, width in self.noted:
            at = numbers.get(header)
            if at is None or lines[at].cells is not None:
                continue  # (a later reader read the table: its rows are proved by their cells)
            for n in range(at + 1, len(lines)):
                if lines[n].number > last:
                    break
                if lines[n].cells is None:
                    out[n] = cells_line(lines[n], [""] * width)
        return out
